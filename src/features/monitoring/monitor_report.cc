#include "features/monitoring/monitor_report.h"

#include <algorithm>
#include <functional>
#include <map>

#include "app/app.h"
#include "core/text.h"
#include "features/events/attendance.h"
#include "features/initiatives/completeness.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/taxonomy.h"
#include "features/monitoring/active_history.h"
#include "features/monitoring/texts.h"
#include "features/outreach/pipeline.h"
#include "geo/geo.h"

namespace omzien::monitoring {
namespace {

using Pipelines = std::vector<outreach::ContactPipeline>;
using Counter = std::function<StepCounts(const Pipelines&)>;
// The themes of each contact's linked profile; no entry when no profile is linked.
using Themes = std::map<std::int64_t, std::vector<std::string>>;

std::string municipality_label(const std::string& code) {
  if (code.empty()) return texts::kNoMunicipality;
  if (code == geo::kProvinceCode) return texts::kProvinceWide;
  const auto* municipality = geo::find_municipality(code);
  return municipality ? std::string(municipality->name) : code;
}

// Groups in Dutch alphabetical order, with the catch-all groups (labels in parentheses) last.
void sort_groups(std::vector<GroupRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const GroupRow& a, const GroupRow& b) {
    bool a_rest = a.label.starts_with('('), b_rest = b.label.starts_with('(');
    if (a_rest != b_rest) return b_rest;
    return dutch_sort_key(a.label) < dutch_sort_key(b.label);
  });
}

std::vector<GroupRow> by_municipality(const Pipelines& pipelines, const Counter& count_steps) {
  std::map<std::string, Pipelines> groups;
  for (const auto& p : pipelines) groups[p.municipality_code].push_back(p);
  std::vector<GroupRow> rows;
  for (const auto& [code, members] : groups) {
    std::string label = municipality_label(code);
    rows.push_back({label, label, count_steps(members)});
  }
  sort_groups(rows);
  return rows;
}

Themes themes_of(App& app, const Pipelines& pipelines) {
  return app.db->read([&](db::Connection& c) {
    Themes themes;
    for (const auto& p : pipelines) {
      auto initiative = p.initiative_id ? initiatives::find_initiative(c, *p.initiative_id) : std::nullopt;
      if (initiative) themes[p.contact_id] = initiative->themes;
    }
    return themes;
  });
}

std::vector<GroupRow> by_theme(App& app, const Pipelines& pipelines, const Themes& themes, const Counter& count_steps) {
  auto terms = app.db->read([](db::Connection& c) { return initiatives::list_terms(c, initiatives::Taxonomy::Themes); });
  std::map<std::string, Pipelines> groups;
  for (const auto& p : pipelines) {
    auto found = themes.find(p.contact_id);
    if (found == themes.end()) {
      groups[texts::kNoProfileLinked].push_back(p);
      continue;
    }
    if (found->second.empty()) groups[texts::kNoTheme].push_back(p);
    for (const auto& theme : found->second) groups[initiatives::term_label(terms, theme)].push_back(p);
  }
  std::vector<GroupRow> rows;
  for (const auto& [label, members] : groups) rows.push_back({label, label, count_steps(members)});
  sort_groups(rows);
  return rows;
}

std::vector<GroupRow> by_linking_pin(App& app, const Pipelines& pipelines, const Counter& count_steps) {
  std::map<std::int64_t, std::string> names;
  for (const auto& reach : outreach::reach_by_linking_pin(app)) names[reach.account_id] = reach.name;
  std::map<std::int64_t, Pipelines> assigned;
  Pipelines none, former;
  for (const auto& p : pipelines) {
    if (!p.linking_pin_id) none.push_back(p);
    else if (names.contains(*p.linking_pin_id)) assigned[*p.linking_pin_id].push_back(p);
    else former.push_back(p);
  }
  std::vector<GroupRow> rows;
  for (const auto& [id, members] : assigned) rows.push_back({names[id], "", count_steps(members)});
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return dutch_sort_key(a.label) < dutch_sort_key(b.label); });
  // People's names stay on staff's page; an export numbers the LinkingPins instead.
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].export_label = texts::kLinkingPinNumbered + std::to_string(i + 1);
  if (!former.empty()) rows.push_back({texts::kFormerLinkingPin, texts::kFormerLinkingPin, count_steps(former)});
  if (!none.empty()) rows.push_back({texts::kNoLinkingPin, texts::kNoLinkingPin, count_steps(none)});
  return rows;
}

ProfileSummary summarise_profiles(App& app) {
  return app.db->read([](db::Connection& c) {
    ProfileSummary summary;
    int percent_total = 0;
    for (const auto& initiative : initiatives::list_initiatives(c, initiatives::Which::All)) {
      ++summary.total;
      if (!initiative.claimed) {
        ++summary.unclaimed;
        continue;
      }
      int percent = initiatives::assess_completeness(initiative).percent;
      ++summary.claimed;
      percent_total += percent;
      summary.complete += percent >= outreach::kCompletePercent ? 1 : 0;
      ++summary.bands[completeness_band(percent)];
    }
    if (summary.claimed > 0) summary.average_percent = (percent_total + summary.claimed / 2) / summary.claimed;
    return summary;
  });
}

// Events that began within the period and were not cancelled.
void add_events(App& app, MonitorReport& report, Seconds from) {
  for (const auto& row : events::attendance_summary(*app.db)) {
    if (row.starts_at > report.period_end || row.starts_at < from || row.status == "cancelled") continue;
    report.events.push_back({.title = row.title,
                             .starts_at = row.starts_at,
                             .registered = row.registered,
                             .attended = row.attended,
                             .walk_ins = row.walk_ins});
    report.event_totals.registered += row.registered;
    report.event_totals.attended += row.attended;
    report.event_totals.walk_ins += row.walk_ins;
  }
}

}  // namespace

int completeness_band(int percent) {
  if (percent >= 100) return 3;
  if (percent >= outreach::kCompletePercent) return 2;
  if (percent >= 50) return 1;
  return 0;
}

MonitorReport build_report(App& app, const MonitorFilter& filter) {
  MonitorReport report;
  report.made_at = app.clock.now();
  Period period = period_of(filter, report.made_at);
  report.period_end = period.end;
  report.is_now = period.is_now;
  outreach::FunnelFilter funnel_filter{.municipality_code = filter.municipality_code,
                                       .without_linking_pin = filter.linking_pin == "geen"};
  if (!filter.linking_pin.empty() && filter.linking_pin != "geen") funnel_filter.linking_pin_id = std::stoll(filter.linking_pin);
  auto pipelines = outreach::list_contact_pipelines(app, funnel_filter);
  Themes themes = themes_of(app, pipelines);
  if (!filter.theme.empty())
    std::erase_if(pipelines, [&](const outreach::ContactPipeline& p) {
      auto found = themes.find(p.contact_id);
      return found == themes.end() || std::find(found->second.begin(), found->second.end(), filter.theme) == found->second.end();
    });
  ActiveHistory history = load_active_history(app);
  report.active_since = history.since;
  // Counts at `end` in the week starting `week_start`; "actief" from the record for a past moment.
  auto counts_at = [&](const Pipelines& members, Seconds week_start, Seconds end, bool now) {
    StepCounts counts = now ? count_steps(members) : count_steps_before(members, end, false);
    if (!now) counts[static_cast<int>(Step::Active)] = count_active_at(members, history, week_start, end);
    return counts;
  };
  Seconds end_week = week_starts(period.is_now ? report.made_at : period.end - 1, 1).back();
  Counter at_end = [&](const Pipelines& members) { return counts_at(members, end_week, period.end, period.is_now); };
  report.funnel = at_end(pipelines);
  const auto& starts = period.week_starts;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    bool last = i + 1 == starts.size();
    Seconds end = last ? period.end : starts[i + 1];
    report.weeks.push_back({starts[i], counts_at(pipelines, starts[i], end, last && period.is_now)});
  }
  report.by_municipality = by_municipality(pipelines, at_end);
  report.by_theme = by_theme(app, pipelines, themes, at_end);
  report.by_linking_pin = by_linking_pin(app, pipelines, at_end);
  report.profiles = summarise_profiles(app);
  // The weeks of the course, whole: a search later in the last week counts, one in a later week
  // never does. Midday Monday: Monday 00:00 in Amsterdam is still Sunday in UTC, the week's
  // previous ISO week.
  report.missed_searches =
      search_pages::top_missed_searches(app, starts.front() + 12 * 3600, starts.back() + 12 * 3600, 10);
  report.missed_searches_from = starts.front();
  report.missed_searches_until = period.is_now ? report.made_at : starts.back() + 6 * 86400 + 12 * 3600;
  add_events(app, report, starts.front());
  report.surveys = survey::summaries(app);
  return report;
}

}  // namespace omzien::monitoring
