#include "features/outreach/funnel.h"

#include <algorithm>

#include "app/app.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/outreach/contact_state.h"
#include "features/outreach/initiative_pin_store.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/referral_store.h"

namespace omzien::outreach {
namespace {

ContactQuery query_for(const FunnelFilter& filter) {
  return {.municipality_code = filter.municipality_code,
          .linking_pin_id = filter.linking_pin_id,
          .without_linking_pin = filter.without_linking_pin};
}

ContactPipeline pipeline_of(const ContactState& state) {
  const Contact& c = state.contact();
  return {.contact_id = c.id,
          .municipality_code = c.municipality_code,
          .linking_pin_id = c.linking_pin_id,
          .initiative_id = c.initiative_id,
          .pipeline = state.pipeline,
          .answer = c.answer,
          .last_call_outcome = state.row.last_outcome,
          .reached_by_phone = state.row.ever_reached,
          .opted_out = state.opted_out,
          .last_activity_at = state.profile ? state.profile->last_activity_at : std::nullopt};
}

bool was_reached(const ContactPipeline& p) {
  return p.reached_by_phone || p.answer != Answer::None || p.pipeline.reached(Stage::ProfileCreated);
}

}  // namespace

std::vector<ContactPipeline> list_contact_pipelines(App& app, const FunnelFilter& filter) {
  std::vector<ContactPipeline> out;
  for (const auto& state : load_contact_states(app, query_for(filter))) out.push_back(pipeline_of(state));
  return out;
}

FunnelCounts count_funnel(const std::vector<ContactPipeline>& pipelines) {
  FunnelCounts counts;
  for (const auto& p : pipelines) {
    ++counts.contacts;
    for (Stage stage : kStages)
      if (p.pipeline.reached(stage)) ++counts.reached[static_cast<int>(stage)];
    ++counts.current[static_cast<int>(p.pipeline.stage)];
    counts.wants_to_join += p.answer == Answer::WantsToJoin ? 1 : 0;
    counts.doubts += p.answer == Answer::Doubts ? 1 : 0;
    counts.declines += p.answer == Answer::Declines ? 1 : 0;
    counts.reached_by_phone += p.reached_by_phone ? 1 : 0;
    counts.opted_out += p.opted_out ? 1 : 0;
  }
  return counts;
}

FunnelCounts funnel_counts(App& app, const FunnelFilter& filter) { return count_funnel(list_contact_pipelines(app, filter)); }

std::map<std::string, FunnelCounts> funnel_by_municipality(App& app, const FunnelFilter& filter) {
  std::map<std::string, std::vector<ContactPipeline>> groups;
  for (auto& p : list_contact_pipelines(app, filter)) groups[p.municipality_code].push_back(std::move(p));
  std::map<std::string, FunnelCounts> out;
  for (const auto& [code, pipelines] : groups) out[code] = count_funnel(pipelines);
  return out;
}

std::vector<LinkingPinReach> reach_by_linking_pin(App& app) {
  auto pipelines = list_contact_pipelines(app);
  return app.db->read([&](db::Connection& c) {
    std::map<std::int64_t, LinkingPinReach> by_id;
    for (const auto& pin : list_linking_pins(c)) by_id[pin.id] = {.account_id = pin.id, .name = person_label(pin)};
    for (const auto& p : pipelines) {
      if (!p.linking_pin_id) continue;
      auto it = by_id.find(*p.linking_pin_id);
      if (it == by_id.end()) continue;  // the role was taken away: no longer a LinkingPin's reach
      ++it->second.assigned;
      it->second.reached += was_reached(p) ? 1 : 0;
      it->second.joined += p.pipeline.reached(Stage::ProfileCreated) ? 1 : 0;
    }
    for (const auto& [account_id, count] : count_initiatives_by_linking_pin(c))
      if (auto it = by_id.find(account_id); it != by_id.end()) it->second.initiatives = count;
    for (const auto& brought : list_brought_in(c, std::nullopt)) {
      if (!brought.referrer_id) continue;
      auto it = by_id.find(*brought.referrer_id);
      if (it == by_id.end()) {
        // Every member may invite: someone without the role who brought a profile in counts too.
        auto account = accounts::find_account(c, *brought.referrer_id);
        if (!account) continue;
        it = by_id.emplace(account->id, LinkingPinReach{.account_id = account->id, .name = person_label(*account)}).first;
      }
      ++it->second.brought_in;
    }
    std::vector<LinkingPinReach> out;
    for (auto& [id, reach] : by_id) out.push_back(std::move(reach));
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return dutch_sort_key(a.name) < dutch_sort_key(b.name); });
    return out;
  });
}

std::vector<WhoBroughtWhom> who_brought_whom(App& app) {
  return app.db->read([](db::Connection& c) {
    std::vector<WhoBroughtWhom> out;
    for (const auto& b : list_brought_in(c, std::nullopt)) out.push_back({b.initiative_id, b.referrer_id, b.account_id, b.at});
    return out;
  });
}

}  // namespace omzien::outreach
