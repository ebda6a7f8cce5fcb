#include "features/accounts/demo.h"

#include "app/app.h"
#include "core/log.h"
#include "features/accounts/account_store.h"

namespace omzien::accounts {
namespace {

struct DemoPerson {
  const char* email;
  const char* name;
  bool linking_pin;
};

// Made up; the .example domain can never receive mail.
constexpr DemoPerson kPeople[] = {
    {"ria@demo.omzien.example", "Ria Verhoef", false},
    {"henk@demo.omzien.example", "Henk Bosman", true},
    {"fatima@demo.omzien.example", "Fatima El Idrissi", false},
    {"joost@demo.omzien.example", "Joost van Wijk", false},
    {"ans@demo.omzien.example", "Ans Hoogendoorn", true},
};

}  // namespace

void add_demo_content(App& app) {
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (const auto& person : kPeople) {
      auto account = find_or_create_account(c, person.email, app.clock.now());
      if (!account) return account.error();
      if (auto r = rename_account(c, account->id, person.name); !r) return r;
      if (person.linking_pin)
        if (auto r = set_role_flag(c, account->id, Role::LinkingPin, true); !r) return r;
    }
    return {};
  });
  if (!done) log_error("demo accounts: {}", done.error().detail);
}

}  // namespace omzien::accounts
