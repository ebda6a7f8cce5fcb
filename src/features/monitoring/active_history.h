// "Actief" in past weeks. Only a contact's latest login or change is kept elsewhere, so who was
// active in an earlier week cannot be fully derived. The monitor therefore records, every hour,
// which contacts are active now (in the current week's row), and counts a past week as known
// from the week recording began: active then is recorded in that week, or derived from a
// latest activity that fell within the 90 days before the week's end.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/clock.h"
#include "features/outreach/funnel.h"

namespace omzien {
struct App;
}

namespace omzien::monitoring {

inline constexpr Seconds kRecordInterval = 3600;

struct ActiveHistory {
  std::optional<Seconds> since = {};  // when recording began; nullopt: not yet
  std::map<Seconds, std::set<std::int64_t>> by_week = {};  // contact ids, by week start
};
ActiveHistory load_active_history(App& app);

// How many of `contacts` were active at `end`, in the week starting `week_start`; -1 when that
// cannot be known (before recording began).
int count_active_at(const std::vector<outreach::ContactPipeline>& contacts, const ActiveHistory& history,
                    Seconds week_start, Seconds end);

// The scheduled job: at most once per kRecordInterval, records every contact active now, and
// forgets contacts that were deleted from the address file.
void record_active_contacts(App& app);

}  // namespace omzien::monitoring
