#include "features/monitoring/handlers.h"

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/csv.h"
#include "features/monitoring/chart.h"
#include "features/monitoring/monitor_csv.h"
#include "features/monitoring/monitor_report.h"
#include "features/monitoring/texts.h"
#include "features/initiatives/taxonomy.h"
#include "features/outreach/funnel.h"
#include "geo/geo.h"
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

struct Choices {
  std::vector<initiatives::Term> themes;
  std::vector<outreach::LinkingPinReach> linking_pins;
};

Choices choices_of(App& app) {
  return {app.db->read([](db::Connection& c) { return initiatives::list_terms(c, initiatives::Taxonomy::Themes); }),
          outreach::reach_by_linking_pin(app)};
}

MonitorFilter filter_of(const http::Request& request, const Choices& choices) {
  std::vector<std::string> theme_ids;
  for (const auto& term : choices.themes) theme_ids.push_back(term.id);
  std::vector<std::int64_t> pin_ids;
  for (const auto& pin : choices.linking_pins) pin_ids.push_back(pin.account_id);
  return parse_filter(request, theme_ids, pin_ids);
}

View option(std::string value, std::string_view label, bool selected) {
  return View().set("value", std::move(value)).set("label", label).set("selected", selected);
}

// The filter form: selects with every choice, dates as typed, and a message by a wrong field.
View filter_view(const MonitorFilter& filter, const Choices& choices) {
  View municipalities = View::list();
  municipalities.push(option("", texts::kAllMunicipalities, filter.municipality_code.empty()));
  for (const auto& m : geo::municipalities())
    municipalities.push(option(std::string(m.code), m.name, filter.municipality_code == m.code));
  municipalities.push(option(std::string(geo::kProvinceCode), texts::kProvinceWide, filter.municipality_code == geo::kProvinceCode));
  View themes = View::list();
  themes.push(option("", texts::kAllThemes, filter.theme.empty()));
  for (const auto& term : choices.themes)
    if (!term.retired || term.id == filter.theme) themes.push(option(term.id, term.label, filter.theme == term.id));
  View pins = View::list();
  pins.push(option("", texts::kAllLinkingPins, filter.linking_pin.empty()));
  pins.push(option("geen", texts::kWithoutLinkingPin, filter.linking_pin == "geen"));
  for (const auto& pin : choices.linking_pins) {
    std::string id = std::to_string(pin.account_id);
    pins.push(option(id, pin.name, filter.linking_pin == id));
  }
  View view;
  view.set("municipalities", municipalities).set("themes", themes).set("linking_pins", pins);
  view.set("from", filter.from_text).set("until", filter.until_text).set("any", filter.any());
  std::string query = filter.query();
  view.set("csv_url", "/beheer/monitor.csv" + (query.empty() ? "" : "?" + query));
  std::map<std::string, std::string> errors = filter.errors;
  web::add_form_errors(view, errors);
  return view;
}

// What the file was filtered on, in words; a LinkingPin stays unnamed (the file leaves the foundation).
FilterLabels filter_labels(const MonitorFilter& filter, const Choices& choices, const MonitorReport& report) {
  FilterLabels labels;
  if (!filter.municipality_code.empty()) {
    const auto* m = geo::find_municipality(filter.municipality_code);
    labels.push_back({texts::kCsvFilterMunicipality, m && m->code == filter.municipality_code ? std::string(m->name) : std::string(texts::kProvinceWide)});
  }
  if (!filter.theme.empty()) labels.push_back({texts::kCsvFilterTheme, initiatives::term_label(choices.themes, filter.theme)});
  if (!filter.linking_pin.empty())
    labels.push_back({texts::kCsvFilterLinkingPin, filter.linking_pin == "geen" ? texts::kWithoutLinkingPin : texts::kCsvFilterOneLinkingPin});
  if (filter.from) labels.push_back({texts::kCsvFilterFrom, week_date(*filter.from)});
  if (!report.is_now) labels.push_back({texts::kCsvFilterUntil, format_date_input(report.period_end - 1)});
  return labels;
}

// Every sent survey: how many initiatives were asked and answered, with a link to the charts.
View surveys_view(const std::vector<survey::SurveySummary>& surveys) {
  View rows = View::list();
  for (const auto& s : surveys)
    rows.push(View()
                  .set("id", s.id)
                  .set("title", s.title)
                  .set("open", s.status == survey::Status::Open)
                  .set("invited", s.invited)
                  .set("responses", s.responses)
                  .set("percent", percent_text(percent_of(s.responses, s.invited))));
  return rows;
}

}  // namespace

http::Response show_monitor(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  Choices choices = choices_of(app);
  MonitorFilter filter = filter_of(request, choices);
  MonitorReport report = build_report(app, filter);
  View view;
  view.set("made_at", format_dutch_datetime(report.made_at)).set("is_now", report.is_now);
  // The end of a period is the midnight after its last day: people read the last day.
  if (!report.is_now) view.set("period_end", format_dutch_date(report.period_end - 1));
  view.set("filter", filter_view(filter, choices)).set("filtered", filter.any());
  if (report.active_since) view.set("active_since", format_dutch_date(*report.active_since));
  view.set("funnel", funnel_view(report.funnel));
  view.set("weeks", weeks_view(report.weeks));
  view.set("headers", step_headers());
  view.set("by_municipality", groups_view(report.by_municipality)).set("no_contacts", report.funnel[0] == 0);
  view.set("by_theme", groups_view(report.by_theme));
  view.set("by_linking_pin", groups_view(report.by_linking_pin));
  view.set("profiles", profiles_view(report.profiles));
  view.set("searches", searches_view(report.missed_searches)).set("no_searches", report.missed_searches.empty());
  view.set("searches_from", format_dutch_date(report.missed_searches_from));
  view.set("searches_until", format_dutch_date(report.missed_searches_until));
  view.set("events", events_view(report));
  view.set("surveys", surveys_view(report.surveys)).set("no_surveys", report.surveys.empty());
  return web::render_page(app, request, "monitoring/monitor", std::move(view),
                          {.title = texts::kTitle, .styles = {"css/monitor.css"}});
}

http::Response send_monitor_csv(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  Choices choices = choices_of(app);
  MonitorFilter filter = filter_of(request, choices);
  MonitorReport report = build_report(app, filter);
  http::Response response;
  response.content_type = "text/csv; charset=utf-8";
  // Formula neutralisation is on by default: a search like "=HYPERLINK(...)" stays text in Excel.
  response.body = csv::write(report_rows(report, filter_labels(filter, choices, report)));
  response.set_header("Content-Disposition",
                      "attachment; filename=\"omzien-monitor-" + week_date(report.made_at) + ".csv\"");
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace omzien::monitoring
