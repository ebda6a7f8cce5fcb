#include "features/outreach/contact_state.h"

#include <algorithm>

#include "app/app.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/completeness.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/opt_out.h"

namespace omzien::outreach {

std::optional<ProfileFacts> profile_facts(db::Connection& c, std::int64_t initiative_id) {
  auto initiative = initiatives::find_initiative(c, initiative_id);
  if (!initiative) return std::nullopt;
  ProfileFacts f;
  f.id = initiative->id;
  f.name = initiative->name;
  f.slug = initiative->slug;
  f.claimed = initiative->claimed;
  f.hidden = initiative->status == initiatives::Status::Hidden;
  f.percent = initiatives::assess_completeness(*initiative).percent;
  if (!f.claimed) return f;
  f.last_activity_at = initiative->updated_at;
  // A claimed profile started when its first beheerder came (the claim); one made by its own
  // people started when it was made.
  std::optional<Seconds> first_manager;
  for (const auto& manager : initiatives::list_managers(c, initiative->id)) {
    if (!first_manager || manager.added_at < *first_manager) first_manager = manager.added_at;
    auto account = accounts::find_account(c, manager.account_id);
    if (account && account->last_login_at && *account->last_login_at > *f.last_activity_at)
      f.last_activity_at = account->last_login_at;
  }
  f.created_at = first_manager.value_or(initiative->created_at);
  return f;
}

PipelineFacts pipeline_facts(const ContactRow& row, const std::optional<ProfileFacts>& profile) {
  const Contact& c = row.contact;
  PipelineFacts facts{.added_at = c.created_at,
                      .first_mailed_at = row.first_mailed_at,
                      .first_called_at = row.first_called_at,
                      .answer = c.answer,
                      .answered_at = c.answered_at};
  if (profile && profile->claimed) {
    facts.has_profile = true;
    facts.profile_at = profile->created_at;
    facts.profile_complete = profile->percent >= kCompletePercent;
    facts.complete_at = c.profile_complete_at;
    facts.last_activity_at = profile->last_activity_at;
  }
  return facts;
}

std::vector<ContactState> load_contact_states(App& app, db::Connection& c, const ContactQuery& query) {
  std::vector<ContactState> states;
  Seconds now = app.clock.now();
  for (auto& row : list_contact_rows(c, query)) {
    ContactState state{std::move(row)};
    if (state.row.contact.initiative_id) state.profile = profile_facts(c, *state.row.contact.initiative_id);
    state.pipeline = assess_pipeline(pipeline_facts(state.row, state.profile), now);
    state.opted_out = is_opted_out(app, c, state.row.contact.email);
    states.push_back(std::move(state));
  }
  return states;
}

std::vector<ContactState> load_contact_states(App& app, const ContactQuery& query) {
  return app.db->read([&](db::Connection& c) { return load_contact_states(app, c, query); });
}

std::optional<ContactState> load_contact_state(App& app, std::int64_t contact_id) {
  auto states = load_contact_states(app, ContactQuery{.contact_id = contact_id});
  if (states.empty()) return std::nullopt;
  return std::move(states.front());
}

}  // namespace omzien::outreach
