#include "features/monitoring/handlers.h"

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/csv.h"
#include "features/monitoring/chart.h"
#include "features/monitoring/monitor_csv.h"
#include "features/monitoring/monitor_report.h"
#include "features/monitoring/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::monitoring {
namespace {

std::string percent_text(std::optional<int> percent) { return percent ? std::to_string(*percent) + "%" : "–"; }

std::string short_date(Seconds t) {
  LocalDateTime local = to_amsterdam(t);
  return std::to_string(local.day) + "-" + std::to_string(local.month);
}

// "7 sep 2026": short enough for a table on a phone.
std::string week_label(Seconds t) {
  LocalDateTime local = to_amsterdam(t);
  return std::to_string(local.day) + " " + std::string(texts::kShortMonths[local.month - 1]) + " " +
         std::to_string(local.year);
}

View step_headers() {
  View headers = View::list();
  for (Step step : kSteps) headers.push(View().set("label", step_label(step)));
  return headers;
}

View count_cells(const StepCounts& counts) {
  View cells = View::list();
  for (int count : counts) cells.push(View().set("count", count < 0 ? std::string(texts::kUnknownBefore) : std::to_string(count)));
  return cells;
}

// The step a conversion is measured against. Active profiles need not be complete, so "actief"
// counts against "profiel aangemaakt" (else it could pass 100%).
int previous_step(Step step) {
  if (step == Step::Active) return static_cast<int>(Step::ProfileCreated);
  return static_cast<int>(step) - 1;
}

View funnel_view(const StepCounts& funnel) {
  View steps = View::list();
  std::vector<Bar> bars;
  for (Step step : kSteps) {
    int i = static_cast<int>(step);
    int count = funnel[i];
    steps.push(View()
                   .set("id", step_id(step))
                   .set("label", step_label(step))
                   .set("count", count)
                   .set("of_previous", i == 0 ? std::string("–") : percent_text(percent_of(count, funnel[previous_step(step)])))
                   .set("of_file", percent_text(percent_of(count, funnel[0]))));
    bars.push_back({std::string(step_label(step)), count});
  }
  View view;
  view.set("steps", steps);
  view.set("chart", render_bar_chart({"grafiek-trechter", texts::kFunnelChartTitle, texts::kFunnelChartDescription}, bars));
  return view;
}

View weeks_view(const std::vector<WeekRow>& weeks) {
  View rows = View::list();
  std::vector<std::string> x_labels;
  std::vector<Series> series;
  for (Step step : kSteps)
    if (step != Step::Active) series.push_back({std::string(step_label(step)), {}});
  for (const auto& week : weeks) {
    rows.push(View().set("week", week_label(week.start)).set("cells", count_cells(week.counts)));
    x_labels.push_back(short_date(week.start));
    for (std::size_t s = 0; s < series.size(); ++s) series[s].values.push_back(week.counts[s]);
  }
  View view;
  view.set("rows", rows).set("headers", step_headers());
  view.set("chart", render_line_chart({"grafiek-weken", texts::kWeeksChartTitle, texts::kWeeksChartDescription},
                                      x_labels, series));
  return view;
}

View groups_view(const std::vector<GroupRow>& groups) {
  View rows = View::list();
  for (const auto& group : groups) rows.push(View().set("label", group.label).set("cells", count_cells(group.counts)));
  return rows;
}

View profiles_view(const ProfileSummary& p) {
  View bands = View::list();
  std::vector<Bar> bars;
  for (int band = 0; band < kBandCount; ++band) {
    bands.push(View().set("label", texts::kBandLabels[band]).set("count", p.bands[band]));
    bars.push_back({std::string(texts::kBandLabels[band]), p.bands[band]});
  }
  View view;
  view.set("total", p.total).set("claimed", p.claimed).set("unclaimed", p.unclaimed).set("complete", p.complete);
  view.set("average_percent", p.average_percent).set("bands", bands).set("none_claimed", p.claimed == 0);
  view.set("chart", render_bar_chart({"grafiek-volledigheid", texts::kBandsChartTitle, texts::kBandsChartDescription}, bars));
  return view;
}

View searches_view(const std::vector<search_pages::MissedSearchTotal>& missed) {
  View rows = View::list();
  for (const auto& m : missed) rows.push(View().set("query", m.query).set("times", m.times));
  return rows;
}

View events_view(const MonitorReport& report) {
  View rows = View::list();
  for (const auto& e : report.events)
    rows.push(View()
                  .set("title", e.title)
                  .set("date", format_dutch_date(e.starts_at))
                  .set("registered", e.registered)
                  .set("attended", e.attended)
                  .set("walk_ins", e.walk_ins));
  View view;
  view.set("rows", rows).set("none", rows.empty_list());
  view.set("registered", report.event_totals.registered)
      .set("attended", report.event_totals.attended)
      .set("walk_ins", report.event_totals.walk_ins);
  return view;
}

}  // namespace

http::Response show_monitor(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  MonitorReport report = build_report(app);
  View view;
  view.set("made_at", format_dutch_datetime(report.made_at));
  view.set("funnel", funnel_view(report.funnel));
  view.set("weeks", weeks_view(report.weeks));
  view.set("headers", step_headers());
  view.set("by_municipality", groups_view(report.by_municipality)).set("no_contacts", report.funnel[0] == 0);
  view.set("by_theme", groups_view(report.by_theme));
  view.set("by_linking_pin", groups_view(report.by_linking_pin));
  view.set("profiles", profiles_view(report.profiles));
  view.set("searches", searches_view(report.missed_searches)).set("no_searches", report.missed_searches.empty());
  view.set("events", events_view(report));
  return web::render_page(app, request, "monitoring/monitor", std::move(view),
                          {.title = texts::kTitle, .styles = {"css/monitor.css"}});
}

http::Response send_monitor_csv(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  MonitorReport report = build_report(app);
  http::Response response;
  response.content_type = "text/csv; charset=utf-8";
  // Formula neutralisation is on by default: a search like "=HYPERLINK(...)" stays text in Excel.
  response.body = csv::write(report_rows(report));
  response.set_header("Content-Disposition",
                      "attachment; filename=\"omzien-monitor-" + week_date(report.made_at) + ".csv\"");
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace omzien::monitoring
