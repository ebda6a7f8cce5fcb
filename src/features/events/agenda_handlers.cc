#include <fmt/core.h>

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/ical.h"
#include "features/events/agenda_query.h"
#include "features/events/event_store.h"
#include "features/events/event_view.h"
#include "features/events/handlers.h"
#include "features/events/permissions.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "geo/geo.h"
#include "web/page.h"

namespace omzien::events {
namespace {

// A subscribed calendar keeps what it saw for a while: recent events stay in the feed a month.
constexpr Seconds kFeedKeepsPast = 30 * 86400;

enum class When { Upcoming, Past };

struct FilterChoice {
  std::string value;
  std::string label;
};

int count_of(const AgendaPage& page, const std::string& kind, const std::string& value) {
  auto kind_it = page.counts.find(kind);
  if (kind_it == page.counts.end()) return 0;
  auto it = kind_it->second.find(value);
  return it == kind_it->second.end() ? 0 : it->second;
}

// One group of filter checkboxes with counts; values without matches are left out unless chosen.
View filter_group(const AgendaPage& page, const std::string& kind, const std::vector<FilterChoice>& choices,
                  const std::vector<std::string>& selected) {
  View list = View::list();
  for (const auto& choice : choices) {
    int count = count_of(page, kind, choice.value);
    bool chosen = std::find(selected.begin(), selected.end(), choice.value) != selected.end();
    if (count == 0 && !chosen) continue;
    list.push(View().set("kind", kind).set("value", choice.value).set("label", choice.label).set("count", count)
                  .set("checked", chosen).set("input_id", kind + "-" + choice.value));
  }
  return list;
}

std::vector<FilterChoice> municipality_choices() {
  std::vector<FilterChoice> out{{std::string(geo::kProvinceCode), texts::kProvinceWide}};
  for (const auto& m : geo::municipalities()) out.push_back({std::string(m.code), std::string(m.name)});
  return out;
}

// The entries grouped by month ("december 2026"), in the page's order.
View months_of(App& app, const std::vector<Event>& entries, const std::vector<initiatives::Term>& themes, Seconds now) {
  std::map<std::int64_t, Organiser> organisers;
  app.db->read([&](db::Connection& c) {
    for (const auto& e : entries) organisers.emplace(e.id, find_organiser(c, e));
    return 0;
  });
  View months = View::list();
  View current;
  std::string current_label;
  for (const auto& e : entries) {
    std::string date = format_dutch_long_date(e.starts_at);  // "zaterdag 5 december 2026"
    std::string label = date.substr(date.find(' ', date.find(' ') + 1) + 1);  // "december 2026"
    if (label != current_label) {
      if (!current_label.empty()) months.push(current);
      current = View().set("label", label).set("entries", View::list());
      current_label = label;
    }
    View entry = event_view(app, e, organisers[e.id], themes, Audience::Public, now);
    LocalDateTime local = to_amsterdam(e.starts_at);
    entry.set("day", local.day).set("weekday", date.substr(0, date.find(' ')));
    View list = *current.find("entries");
    list.push(entry);
    current.set("entries", list);
  }
  if (!current_label.empty()) months.push(current);
  return months;
}

http::Response render_agenda(App& app, const http::Request& request, When when) {
  AgendaQuery query = AgendaQuery::from_params(request.query);
  Seconds now = app.clock.now();
  auto events = app.db->read([&](db::Connection& c) {
    return when == When::Upcoming ? list_upcoming_events(c, now) : list_past_events(c, now);
  });
  auto themes = load_themes(app);
  AgendaPage page = filter_agenda(events, query);
  std::vector<FilterChoice> theme_choices;
  for (const auto& t : themes) theme_choices.push_back({t.id, t.label});
  std::vector<FilterChoice> form_choices{{"op-locatie", texts::kModeOffline}, {"online", texts::kModeOnline}};

  std::string base = when == When::Upcoming ? "/bijeenkomsten" : "/bijeenkomsten/eerder";
  std::string filters = query.to_query_string(1);
  int pages = std::max(1, (page.total + query.per_page - 1) / query.per_page);
  View view;
  view.set("upcoming", when == When::Upcoming).set("past", when == When::Past).set("base", base);
  view.set("months", months_of(app, page.entries, themes, now)).set("total", page.total);
  view.set("none", page.entries.empty()).set("one", page.total == 1);
  view.set("filters_themes", filter_group(page, "thema", theme_choices, query.themes));
  view.set("filters_municipalities", filter_group(page, "gemeente", municipality_choices(), query.municipalities));
  view.set("filters_forms", filter_group(page, "vorm", form_choices, {query.form}));
  view.set("form_all", query.form.empty());
  view.set("has_filters", query.has_filters());
  // "Filters (2 gekozen)" on the fold, which is open while a filter is in use.
  int chosen_count = static_cast<int>(query.themes.size() + query.municipalities.size()) + (query.form.empty() ? 0 : 1);
  view.set("chosen_count", chosen_count);
  view.set("page", query.page).set("pages", pages).set("has_pages", pages > 1);
  if (query.page > 1) view.set("previous_url", base + "?" + query.to_query_string(query.page - 1));
  if (query.page < pages) view.set("next_url", base + "?" + query.to_query_string(query.page + 1));
  std::string feed = "/bijeenkomsten.ics" + (filters.empty() ? "" : "?" + filters);
  std::string feed_url = app.url(feed);
  view.set("feed_path", feed).set("feed_url", feed_url);
  view.set("webcal_url", "webcal://" + feed_url.substr(feed_url.find("://") + 3));
  view.set("other_url", (when == When::Upcoming ? "/bijeenkomsten/eerder" : "/bijeenkomsten") +
                            (filters.empty() ? "" : "?" + filters));
  view.set("can_create", can_create(app, request.viewer));
  return web::render_page(app, request, "events/agenda", std::move(view),
                          {.title = when == When::Upcoming ? "Bijeenkomsten" : "Eerdere bijeenkomsten",
                           .styles = {"css/events.css"}});
}

}  // namespace

http::Response show_agenda(App& app, const http::Request& request) { return render_agenda(app, request, When::Upcoming); }

http::Response show_past_events(App& app, const http::Request& request) { return render_agenda(app, request, When::Past); }

http::Response send_feed(App& app, const http::Request& request) {
  AgendaQuery query = AgendaQuery::from_params(request.query);
  Seconds now = app.clock.now();
  auto events = app.db->read([&](db::Connection& c) { return list_upcoming_events(c, now - kFeedKeepsPast); });
  auto themes = load_themes(app);
  ical::Calendar calendar;
  calendar.name = fmt::format(fmt::runtime(texts::kFeedName), app.config.site_name);
  calendar.refresh_interval = "PT6H";
  app.db->read([&](db::Connection& c) {
    for (const auto& e : events)
      if (matches(e, query))
        calendar.events.push_back(calendar_event(app, e, find_organiser(c, e), themes, Audience::Public, now));
    return 0;
  });
  http::Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = ical::write_calendar(calendar);
  response.set_header("Content-Disposition", "inline; filename=\"bijeenkomsten.ics\"");
  response.set_header("Cache-Control", "public, max-age=900");
  return response;
}

}  // namespace omzien::events
