#include "features/outreach/linking_pins.h"

#include <algorithm>

#include "core/text.h"
#include "features/accounts/account_store.h"

namespace omzien::outreach {

std::vector<accounts::Account> list_linking_pins(db::Connection& c) {
  // FIXME: accounts has no list of LinkingPins; an empty search returns every account, so we
  // filter here. Ask accounts for list_linking_pins() when there are thousands of accounts.
  std::vector<accounts::Account> pins;
  for (auto& account : accounts::search_accounts(c, "", 1000000))
    if (account.is_linking_pin) pins.push_back(std::move(account));
  std::sort(pins.begin(), pins.end(), [](const auto& a, const auto& b) {
    return dutch_sort_key(person_label(a)) < dutch_sort_key(person_label(b));
  });
  return pins;
}

std::optional<accounts::Account> find_linking_pin(db::Connection& c, std::int64_t account_id) {
  auto account = accounts::find_account(c, account_id);
  if (!account || !account->is_linking_pin) return std::nullopt;
  return account;
}

std::string person_label(const accounts::Account& account) { return account.name.empty() ? account.email : account.name; }

}  // namespace omzien::outreach
