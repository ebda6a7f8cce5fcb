#include "features/initiatives/demo.h"

#include <set>

#include "app/app.h"
#include "core/log.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_store.h"

namespace omzien::initiatives {
namespace {

// Demo initiatives that one of the accounts feature's demo people runs; the rest wait to be claimed.
struct DemoManager {
  const char* external_id;
  const char* email;
};
constexpr DemoManager kManagers[] = {
    {"DEMO-01", "ria@demo.omzien.example"},    {"DEMO-27", "ria@demo.omzien.example"},
    {"DEMO-05", "henk@demo.omzien.example"},   {"DEMO-06", "henk@demo.omzien.example"},
    {"DEMO-02", "fatima@demo.omzien.example"}, {"DEMO-11", "fatima@demo.omzien.example"},
    {"DEMO-09", "joost@demo.omzien.example"},  {"DEMO-14", "joost@demo.omzien.example"},
    {"DEMO-19", "ans@demo.omzien.example"},    {"DEMO-01", "ans@demo.omzien.example"},
};
constexpr const char* kAffiliated[] = {"DEMO-01", "DEMO-05", "DEMO-09", "DEMO-19", "DEMO-34"};

// A claimed demo profile: its beheerder, their choice to show the address, claimed.
Result<void> give_manager(App& app, db::Connection& c, const DemoManager& demo, std::set<std::int64_t>& changed) {
  auto initiative = find_initiative_by_external_id(c, demo.external_id);
  if (!initiative) return not_found(std::string("demo initiative ") + demo.external_id);
  auto account = accounts::find_or_create_account(c, demo.email, app.clock.now());
  if (!account) return account.error();
  if (auto r = add_manager(c, initiative->id, account->id, app.clock.now()); !r) return r;
  initiative->claimed = true;
  initiative->email_public = true;
  if (auto r = update_initiative(c, *initiative, app.clock.now()); !r) return r.error();
  changed.insert(initiative->id);
  return {};
}

}  // namespace

void add_demo_content(App& app) {
  auto report = import_initiatives(app, demo_initiatives_json(), {.actor_label = "demo"});
  if (!report) return log_error("demo initiatives: {}", report.error().detail);
  for (const auto& line : describe_report(*report))
    if (!report->complete()) log_error("demo initiatives: {}", line);
  std::set<std::int64_t> changed;
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (const auto& demo : kManagers)
      if (auto r = give_manager(app, c, demo, changed); !r) return r;
    for (const char* id : kAffiliated) {
      auto initiative = find_initiative_by_external_id(c, id);
      if (!initiative) return not_found(std::string("demo initiative ") + id);
      if (auto r = set_affiliated(c, initiative->id, true, app.clock.now()); !r) return r;
      changed.insert(initiative->id);
    }
    return {};
  });
  if (!done) return log_error("demo beheerders: {}", done.error().detail);
  std::vector<ContentChange> changes;
  for (auto id : changed) changes.push_back({"initiative", id, ContentChange::Action::Saved});
  app.notify_content_changed(changes);
}

}  // namespace omzien::initiatives
