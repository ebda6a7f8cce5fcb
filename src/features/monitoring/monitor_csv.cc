#include "features/monitoring/monitor_csv.h"

#include <fmt/core.h>

#include <cstdio>

#include "core/amsterdam_time.h"
#include "features/monitoring/texts.h"

namespace omzien::monitoring {
namespace {

using Rows = std::vector<std::vector<std::string>>;

void add_steps(Rows& rows, const std::string& part, const std::string& group, const StepCounts& counts) {
  for (Step step : kSteps) {
    int count = counts[static_cast<int>(step)];
    if (count < 0) continue;  // not known for a past week
    rows.push_back({part, group, std::string(step_label(step)), std::to_string(count)});
  }
}

}  // namespace

std::string week_date(Seconds at) {
  LocalDateTime local = to_amsterdam(at);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", local.year, local.month, local.day);
  return buffer;
}

Rows report_rows(const MonitorReport& report, const FilterLabels& filter) {
  Rows rows = {{texts::kCsvPart, texts::kCsvGroup, texts::kCsvMeasure, texts::kCsvCount}};
  for (const auto& [what, value] : filter) rows.push_back({texts::kCsvFilter, what, value, ""});
  add_steps(rows, texts::kCsvFunnel, texts::kCsvAll, report.funnel);
  for (const auto& week : report.weeks) add_steps(rows, texts::kCsvWeek, texts::kCsvWeekOf + week_date(week.start), week.counts);
  for (const auto& group : report.by_municipality) add_steps(rows, texts::kCsvMunicipality, group.export_label, group.counts);
  for (const auto& group : report.by_theme) add_steps(rows, texts::kCsvTheme, group.export_label, group.counts);
  for (const auto& group : report.by_linking_pin) add_steps(rows, texts::kCsvLinkingPin, group.export_label, group.counts);

  const auto& p = report.profiles;
  rows.push_back({texts::kCsvProfiles, texts::kCsvProfilesTotal, texts::kCsvProfileCount, std::to_string(p.total)});
  rows.push_back({texts::kCsvProfiles, texts::kCsvProfilesClaimed, texts::kCsvProfileCount, std::to_string(p.claimed)});
  rows.push_back({texts::kCsvProfiles, texts::kCsvProfilesUnclaimed, texts::kCsvProfileCount, std::to_string(p.unclaimed)});
  rows.push_back({texts::kCsvProfiles, texts::kCsvProfilesComplete, texts::kCsvProfileCount, std::to_string(p.complete)});
  rows.push_back({texts::kCsvProfiles, texts::kCsvProfilesClaimed, texts::kCsvAveragePercent, std::to_string(p.average_percent)});
  for (int band = 0; band < kBandCount; ++band)
    rows.push_back({texts::kCsvCompleteness, std::string(texts::kBandLabels[band]), texts::kCsvProfileCount,
                    std::to_string(p.bands[band])});

  // A search made once may be a person's name or address typed into the box; the file leaves
  // the foundation, so only searches that several visitors made go in. Staff see all on the page.
  std::string searched = fmt::format(fmt::runtime(texts::kCsvMissedSearches), week_date(report.missed_searches_from),
                                     week_date(report.missed_searches_until));
  for (const auto& missed : report.missed_searches)
    if (missed.times >= kMinimumSearchesToExport) rows.push_back({searched, missed.query, texts::kCsvTimes, std::to_string(missed.times)});

  auto add_event = [&](const std::string& group, const EventRow& e) {
    rows.push_back({texts::kCsvEvents, group, texts::kCsvRegistered, std::to_string(e.registered)});
    rows.push_back({texts::kCsvEvents, group, texts::kCsvAttended, std::to_string(e.attended)});
    rows.push_back({texts::kCsvEvents, group, texts::kCsvWalkIns, std::to_string(e.walk_ins)});
  };
  for (const auto& e : report.events) add_event(week_date(e.starts_at) + " " + e.title, e);
  if (!report.events.empty()) add_event(texts::kCsvEventTotals, report.event_totals);

  // Surveys: counts per answer of choice and scale questions; open answers are words of people,
  // so they stay on staff's results page.
  for (const auto& s : report.surveys) {
    std::string part = texts::kCsvSurvey + s.title;
    rows.push_back({part, texts::kCsvSurveyAll, texts::kCsvInvited, std::to_string(s.invited)});
    rows.push_back({part, texts::kCsvSurveyAll, texts::kCsvResponses, std::to_string(s.responses)});
    for (const auto& q : s.questions)
      for (const auto& o : q.options) rows.push_back({part, q.text, o.label, std::to_string(o.count)});
  }
  return rows;
}

}  // namespace omzien::monitoring
