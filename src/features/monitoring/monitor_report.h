// Everything the monitor shows, gathered once per request from the public headers of outreach,
// initiatives, search and events. Aggregates only: counts per group, never a contact's name or
// address, so the same report feeds the page and the CSV for funders and partners. The only
// names are those of LinkingPins (`label`), for staff's own page; exports use `export_label`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "features/monitoring/funnel_steps.h"
#include "features/monitoring/monitor_filter.h"
#include "features/search/missed_search_totals.h"
#include "features/survey/summary.h"

namespace omzien {
struct App;
}

namespace omzien::monitoring {

inline constexpr int kWeeks = 12;

struct GroupRow {
  std::string label;         // "Zeist", "Taal en integratie", a LinkingPin's name
  std::string export_label;  // the same, except "LinkingPin 1" instead of a person's name
  StepCounts counts = {};
};

struct WeekRow {
  Seconds start = 0;          // Monday 00:00 in Amsterdam
  StepCounts counts = {};     // reached before the week ended (now, for this week); Active -1 when unknown
};

// Completeness of profiles run by their own people, in four bands.
inline constexpr int kBandCount = 4;
struct ProfileSummary {
  int total = 0;      // every profile, hidden ones too
  int claimed = 0;    // run by their own people
  int unclaimed = 0;  // imported or set up by staff, waiting to be claimed
  int complete = 0;   // claimed and at least kCompletePercent complete
  int average_percent = 0;  // over claimed profiles; 0 when there are none
  std::array<int, kBandCount> bands = {};  // < 50, 50-74, 75-99, 100 percent
};
// The band a completeness percentage falls in (index into ProfileSummary::bands).
int completeness_band(int percent);

struct EventRow {
  std::string title;
  Seconds starts_at = 0;
  int registered = 0;
  int attended = 0;  // walk-ins included
  int walk_ins = 0;
};

struct MonitorReport {
  Seconds made_at = 0;
  Seconds period_end = 0;  // the funnel and the tables show the state at this moment
  bool is_now = true;      // period_end is now
  std::optional<Seconds> active_since;  // "actief" in past weeks is known from here on
  StepCounts funnel = {};
  std::vector<WeekRow> weeks;  // oldest first: kWeeks of them, or those of the filter's period
  std::vector<GroupRow> by_municipality;
  std::vector<GroupRow> by_theme;        // a profile with several themes counts under each
  std::vector<GroupRow> by_linking_pin;  // "Geen LinkingPin" last
  ProfileSummary profiles;
  std::vector<search_pages::MissedSearchTotal> missed_searches;  // top 10 of the weeks below
  // Searches are counted per whole week (Monday to Sunday), so their period is the weeks of the
  // course: from Monday 00:00 of the first week up to and including the last day counted, that
  // week's Sunday, or today when the period runs until now.
  Seconds missed_searches_from = 0;
  Seconds missed_searches_until = 0;  // a moment within the last day counted
  std::vector<EventRow> events;  // events begun in the period and not cancelled, oldest first
  EventRow event_totals;         // sums over `events` (title empty)
  std::vector<survey::SurveySummary> surveys;  // every sent survey, newest first (not filtered)
};

// The report over the contacts and the period of `filter` (monitor_filter.h). Profiles count
// every profile; the filter picks contacts of the address file.
MonitorReport build_report(App& app, const MonitorFilter& filter = {});

}  // namespace omzien::monitoring
