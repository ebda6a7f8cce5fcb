// The outreach funnel, read-only: the public face of this feature for monitoring and reports.
// From the address file to active initiatives, per contact with the date of every step, and
// counted per municipality and per LinkingPin; plus "who brought whom". Holds no names or
// addresses, so aggregates can go to funders as they are.
//
//   auto counts = outreach::funnel_counts(app, {.municipality_code = "GM0355"});
//   int joined = counts.reached[static_cast<int>(outreach::Stage::ProfileCreated)];
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "features/outreach/pipeline.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

struct FunnelFilter {
  std::string municipality_code = {};               // empty: all municipalities
  std::optional<std::int64_t> linking_pin_id = {};  // only contacts assigned to this LinkingPin
  bool without_linking_pin = false;                 // only contacts assigned to none
};

// One contact's place in the funnel, without personal data.
struct ContactPipeline {
  std::int64_t contact_id = 0;
  std::string municipality_code;                 // may be empty
  std::optional<std::int64_t> linking_pin_id;    // account id
  std::optional<std::int64_t> initiative_id;     // the linked profile, claimed or not
  Pipeline pipeline;                             // furthest stage, and the date of every step reached
  Answer answer = Answer::None;
  std::optional<CallOutcome> last_call_outcome;
  bool reached_by_phone = false;                 // some call had the outcome "bereikt"
  bool opted_out = false;                        // asked for no more mail
  std::optional<Seconds> last_activity_at;       // newest beheerder login or profile change, if any
};

// Every contact matching the filter, oldest first.
std::vector<ContactPipeline> list_contact_pipelines(App& app, const FunnelFilter& filter = {});

struct FunnelCounts {
  int contacts = 0;
  // How many contacts reached each stage (index: Stage). Every stage counts "ever reached",
  // except Active, which counts those active now.
  std::array<int, kStageCount> reached = {};
  // How many contacts are at each stage now (their furthest stage); sums to `contacts`.
  std::array<int, kStageCount> current = {};
  int wants_to_join = 0, doubts = 0, declines = 0;  // answers given
  int reached_by_phone = 0;
  int opted_out = 0;
};

// Counts over given pipelines (for monitoring's own groupings, e.g. per week of `added`).
FunnelCounts count_funnel(const std::vector<ContactPipeline>& pipelines);
FunnelCounts funnel_counts(App& app, const FunnelFilter& filter = {});
// Per municipality code ("" for contacts without one).
std::map<std::string, FunnelCounts> funnel_by_municipality(App& app, const FunnelFilter& filter = {});

// A LinkingPin's reach: contacts assigned, reached (by phone or with an answer), joined (their
// profile runs), and profiles brought in through their personal invite link.
struct LinkingPinReach {
  std::int64_t account_id = 0;
  std::string name;  // the account's name, else its address (staff pages only)
  int assigned = 0;
  int reached = 0;
  int joined = 0;
  int brought_in = 0;
  int initiatives = 0;  // given to them directly, with or without a contact
};
// Every LinkingPin, and anyone else who brought a profile in, by name.
std::vector<LinkingPinReach> reach_by_linking_pin(App& app);

// A profile that came in through someone's invite link.
struct WhoBroughtWhom {
  std::int64_t initiative_id = 0;
  std::optional<std::int64_t> referrer_account_id;  // nullopt when that account was deleted
  std::optional<std::int64_t> account_id;           // the beheerder who followed the link
  Seconds at = 0;
};
// Newest first.
std::vector<WhoBroughtWhom> who_brought_whom(App& app);

}  // namespace omzien::outreach
