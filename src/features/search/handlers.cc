#include "features/search/handlers.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/templates.h"
#include "core/text.h"
#include "features/events/event_view.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/taxonomy.h"
#include "features/search/search_service.h"
#include "features/map/near.h"
#include "features/search/texts.h"
#include "geo/geo.h"
#include "search/index.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::search_pages {
namespace {

struct Terms {
  std::vector<initiatives::Term> themes, groups;
};

Terms load_terms(App& app) {
  return app.db->read([](db::Connection& c) {
    return Terms{initiatives::list_terms(c, initiatives::Taxonomy::Themes),
                 initiatives::list_terms(c, initiatives::Taxonomy::TargetGroups)};
  });
}

// Text with the words that made the hit match marked; the template wraps `matched` in <mark>.
View marked(const App& app, std::string_view text, const search::Hit& hit) {
  View list = View::list();
  for (const auto& segment : app.search_index->highlight(text, hit))
    list.push(View().set("text", segment.text).set("matched", segment.matched));
  return list;
}

std::string label_of(const std::vector<initiatives::Term>& terms, const std::string& id) {
  return initiatives::term_label(terms, id);
}

std::string municipality_label(const std::string& code) {
  if (code == geo::kProvinceCode) return "Hele provincie";
  const geo::Municipality* m = geo::find_municipality(code);
  return m ? std::string(m->name) : code;
}

// One group of filter checkboxes with the counts for the current query.
View facet_view(const search::SearchResults& results, std::string_view facet, const std::string& kind,
                const std::vector<std::string>& chosen, const std::function<std::string(const std::string&)>& label) {
  View list = View::list();
  auto it = results.facet_counts.find(std::string(facet));
  std::vector<std::string> shown;
  if (it != results.facet_counts.end()) {
    for (const auto& count : it->second) {
      bool checked = std::find(chosen.begin(), chosen.end(), count.value) != chosen.end();
      list.push(View().set("kind", kind).set("value", count.value).set("label", label(count.value))
                    .set("count", static_cast<int>(count.count)).set("checked", checked)
                    .set("input_id", kind + "-" + count.value));
      shown.push_back(count.value);
    }
  }
  for (const auto& value : chosen)  // a chosen value with no results stays visible, to untick
    if (std::find(shown.begin(), shown.end(), value) == shown.end())
      list.push(View().set("kind", kind).set("value", value).set("label", label(value)).set("count", 0)
                    .set("checked", true).set("input_id", kind + "-" + value));
  return list;
}

// The small events section: title with the matched words marked, when and where (public view).
View events_view(const App& app, const SearchOutcome& outcome) {
  View list = View::list();
  for (const auto& found : outcome.events) {
    const auto& e = found.event;
    list.push(View()
                  .set("slug", e.slug)
                  .set("title", marked(app, e.title, found.hit))
                  .set("date", events::date_label(e))
                  .set("time", events::time_label(e))
                  .set("where", events::where_label(e, events::Audience::Public))
                  .set("postponed", e.postponed()));
  }
  return list;
}

View results_view(App& app, const SearchRequest& request, const SearchOutcome& outcome, const Terms& terms) {
  View view;
  view.set("q", request.text);
  View hits = View::list();
  for (const auto& found : outcome.initiatives) {
    const auto& i = found.initiative;
    View themes = View::list();
    for (const auto& t : i.themes) themes.push(View(label_of(terms.themes, t)));
    hits.push(View()
                  .set("slug", i.slug)
                  .set("name", marked(app, i.name, found.hit))
                  .set("sentence", marked(app, i.sentence, found.hit))
                  .set("place_label", initiatives::place_label(i.place, i.municipality_code))
                  .set("themes", themes)
                  .set("similar", found.hit.similar)
                  .set("distance", found.hit.distance_km ? fmt::format("{:.0f} km", *found.hit.distance_km) : ""));
  }
  const auto& results = outcome.results;
  view.set("hits", hits).set("total", static_cast<int>(results.total)).set("none", outcome.initiatives.empty());
  view.set("events", events_view(app, outcome)).set("has_events", !outcome.events.empty());
  view.set("one", results.total == 1).set("estimate", results.counts_are_estimates);
  if (results.suggestion) {
    SearchRequest corrected = request;
    corrected.text = *results.suggestion;
    view.set("suggestion", *results.suggestion).set("suggestion_url", "/zoeken?" + corrected.to_query_string());
  }
  view.set("corrected", results.corrected);
  if (results.place) view.set("place", results.place->name);
  View alternatives = View::list();
  for (const auto& alternative : results.alternatives) {
    SearchRequest other = request;
    other.text = alternative.text;
    if (alternative.reason == search::Alternative::Reason::WithoutFilters) other.filters = {};
    std::string why = alternative.reason == search::Alternative::Reason::Spelling     ? texts::kSpelling
                      : alternative.reason == search::Alternative::Reason::WithoutWord ? texts::kWithoutWord
                                                                                       : texts::kWithoutFilters;
    alternatives.push(View().set("text", alternative.text).set("why", why).set("count", static_cast<int>(alternative.count))
                          .set("url", "/zoeken?" + other.to_query_string()));
  }
  view.set("alternatives", alternatives).set("has_alternatives", !results.alternatives.empty());
  const auto& f = request.filters;
  // Each filter group with its values; a group without values (nothing found has a phase, say)
  // is left out rather than shown as an empty box.
  auto set_facet = [&view](const std::string& name, View values) {
    view.set("has_" + name, !values.empty_list());
    view.set(name, std::move(values));
  };
  set_facet("filters_themes", facet_view(results, search::kThemeFacet, "thema", f.themes,
                                         [&](const std::string& v) { return label_of(terms.themes, v); }));
  set_facet("filters_groups", facet_view(results, search::kTargetGroupFacet, "doelgroep", f.target_groups,
                                         [&](const std::string& v) { return label_of(terms.groups, v); }));
  set_facet("filters_municipalities", facet_view(results, search::kMunicipalityFacet, "gemeente", f.municipalities,
                                                 municipality_label));
  set_facet("filters_phases", facet_view(results, search::kPhaseFacet, "fase", f.phase.empty() ? std::vector<std::string>{} : std::vector<std::string>{f.phase},
                                         [](const std::string& v) { return v == "startend" ? "Startend" : "Gevestigd"; }));
  view.set("has_filters", f.has_filters());
  SearchRequest words_only;  // "Filters wissen" keeps the words, URL-encoded like every other link
  words_only.text = request.text;
  view.set("clear_filters_url", "/zoeken?" + words_only.to_query_string());
  view.set("facets_open", !f.themes.empty() || !f.target_groups.empty() || !f.municipalities.empty() || !f.phase.empty());
  int pages = std::max<int>(1, static_cast<int>((results.total + request.limit - 1) / request.limit));
  view.set("page", f.page).set("pages", pages).set("has_pages", pages > 1);
  if (f.page > 1) view.set("previous_url", "/zoeken?" + request.to_query_string(f.page - 1));
  if (f.page < pages) view.set("next_url", "/zoeken?" + request.to_query_string(f.page + 1));
  view.set("map_url", "/kaart?" + request.to_query_string());
  view.set("list_url", "/initiatieven?" + request.filters.to_query_string(1));
  view.set("contact_url", "/contact");
  return view;
}

}  // namespace

http::Response show_results(App& app, const http::Request& request) {
  SearchRequest search = SearchRequest::from_params(request.query, kPageSize);
  search.events = SearchRequest::Events::Include;
  map::Nearby nearby = map::apply_near(app, request, search.filters);  // "binnen 5 km van Zeist"
  search.near = nearby.origin;
  auto outcome = run_search(app, search);
  if (!outcome) {
    View view;
    view.set("title", texts::kTitle).set("message", texts::kUnavailable);
    return web::render_page(app, request, "core/error", std::move(view), {.title = texts::kTitle, .status = 503});
  }
  record_if_missed(app, search.text, outcome->results.total);
  View view = results_view(app, search, *outcome, load_terms(app));
  // With JavaScript the page asks for the results part only while someone types.
  std::string list = render_template("search/results_list", view);
  if (request.query.get("deel") == "resultaten") {
    http::Response fragment;
    fragment.body = std::move(list);
    return fragment;
  }
  view.set("results_list_html", list);
  view.set("near_fields", map::render_near_fields(search.filters, nearby, "/zoeken", search.text));
  view.set("near_open", nearby.asked);
  return web::render_page(app, request, "search/results", std::move(view),
                          {.title = search.text.empty() ? texts::kTitle : search.text + " – " + texts::kResultsTitle,
                           .scripts = {"js/search.js"},
                           .styles = {"css/search.css"},
                           .search_query = search.text});
}

// GET /api/v1/zoeken?q=&limit=&thema=...: the ordered results as JSON, public data only.
http::Response answer_api(App& app, const http::Request& request) {
  SearchRequest search = SearchRequest::from_params(request.query, 10);
  auto outcome = run_search(app, search);
  if (!outcome) return http::Response::json(503, R"({"error":"search unavailable"})");
  nlohmann::json results = nlohmann::json::array();
  for (const auto& found : outcome->initiatives) {
    const auto& i = found.initiative;
    results.push_back({{"slug", i.slug},
                       {"name", i.name},
                       {"external_id", i.external_id},
                       {"sentence", i.sentence},
                       {"municipality", i.municipality_code},
                       {"url", app.url("/initiatieven/" + i.slug)},
                       // Offered as like the best matches: it does not have every word asked for.
                       {"similar", found.hit.similar}});
  }
  nlohmann::json body = {{"query", search.text}, {"total", outcome->results.total}, {"results", results}};
  if (outcome->results.suggestion) body["suggestion"] = *outcome->results.suggestion;
  http::Response response = http::Response::json(200, body.dump());
  response.set_header("Access-Control-Allow-Origin", "*");
  return response;
}

}  // namespace omzien::search_pages
