#include "features/map/map_view.h"

#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/texts.h"
#include "features/map/map_entries.h"
#include "features/map/near.h"
#include "geo/geo.h"

namespace omzien::map {
namespace {

using initiatives::DirectoryPage;
using initiatives::Term;

int count_of(const DirectoryPage& page, const std::string& kind, const std::string& value) {
  auto kind_it = page.counts.find(kind);
  if (kind_it == page.counts.end()) return 0;
  auto it = kind_it->second.find(value);
  return it == kind_it->second.end() ? 0 : it->second;
}

// One group of filter checkboxes with counts, like the directory's; values without matches are
// left out unless chosen.
View filter_group(const DirectoryPage& page, const std::string& kind, const std::vector<Term>& terms,
                  const std::vector<std::string>& selected) {
  View list = View::list();
  for (const auto& term : terms) {
    int count = count_of(page, kind, term.id);
    bool chosen = std::find(selected.begin(), selected.end(), term.id) != selected.end();
    if (count == 0 && !chosen) continue;
    list.push(View().set("kind", kind).set("value", term.id).set("label", term.label).set("count", count)
                  .set("checked", chosen).set("input_id", "kaart-" + kind + "-" + term.id));
  }
  return list;
}

std::vector<Term> municipality_terms() {
  std::vector<Term> terms{{std::string(geo::kProvinceCode), initiatives::texts::kProvinceWide, 0, false}};
  for (const auto& m : geo::municipalities()) terms.push_back({std::string(m.code), std::string(m.name), 0, false});
  return terms;
}

View list_entry(const App& app, const initiatives::DirectoryEntry& entry, const std::vector<Term>& themes,
                const std::vector<ThemeMarker>& markers, const Nearby& nearby, const PointsById& points) {
  View view = initiatives::directory_entry_view(app, entry, themes);
  if (auto point = points.find(entry.id); point != points.end())
    view.set("place_label", public_place_label(entry, point->second));
  ThemeMarker marker = marker_for(markers, entry.themes.empty() ? std::string() : entry.themes.front());
  view.set("marker", marker.code).set("colour", marker.colour);
  view.set("distance", nearby.distance_label(entry.id));
  return view;
}

}  // namespace

View map_settings_view(const App& app, const MapRequest& request) {
  View settings;
  settings.set("geojson_url", request.geojson_url());
  settings.set("tiles", app.config.map_tile_url).set("attribution", app.config.map_tile_attribution);
  if (request.nearby.origin) {
    settings.set("near", true);
    settings.set("origin_lat", fmt::format("{:.4f}", request.nearby.origin->lat));
    settings.set("origin_lon", fmt::format("{:.4f}", request.nearby.origin->lon));
    settings.set("radius_km", request.query.near_km);
  }
  return settings;
}

View legend_view(const std::vector<ThemeMarker>& markers, const std::vector<Term>& themes) {
  View list = View::list();
  for (const auto& marker : markers) {
    auto term = std::find_if(themes.begin(), themes.end(), [&](const Term& t) { return t.id == marker.theme_id; });
    if (term != themes.end() && term->retired) continue;
    list.push(View().set("code", marker.code).set("colour", marker.colour).set("label", marker.label));
  }
  return list;
}

View map_page_view(const App& app, const MapRequest& request, const DirectoryPage& page, const PointsById& points,
                   const std::vector<Term>& themes, const std::vector<Term>& groups) {
  const auto& query = request.query;
  std::vector<ThemeMarker> markers = theme_markers(themes);
  View entries = View::list();
  for (const auto& entry : page.entries) entries.push(list_entry(app, entry, themes, markers, request.nearby, points));
  int pages = std::max(1, (page.total + query.per_page - 1) / query.per_page);

  View view;
  view.set("map", map_settings_view(app, request));
  view.set("legend", legend_view(markers, themes));
  view.set("near_fields", render_near_fields(query, request.nearby, "/kaart", request.search_text));
  view.set("near_found", request.nearby.origin.has_value());
  view.set("near_label", request.nearby.origin_label).set("near_km", query.near_km);
  view.set("search_text", request.search_text);
  if (request.suggestion) {
    view.set("suggestion", *request.suggestion).set("corrected", request.corrected);
    view.set("suggestion_url", request.map_url_with_text(*request.suggestion));
  }
  view.set("filters_themes", filter_group(page, "thema", themes, query.themes));
  view.set("filters_groups", filter_group(page, "doelgroep", groups, query.target_groups));
  view.set("filters_municipalities", filter_group(page, "gemeente", municipality_terms(), query.municipalities));
  std::vector<Term> phases{{"startend", "Startend", 0, false}, {"gevestigd", "Gevestigd", 0, false}};
  view.set("filters_phases", filter_group(page, "fase", phases, {query.phase}));
  view.set("has_filters", query.has_filters());
  view.set("entries", entries).set("total", page.total).set("one", page.total == 1).set("none", page.total == 0);
  // Ways out of an empty map: fewer filters, other words, or everything.
  bool words_and_filters = !request.search_text.empty() && query.has_filters();
  if (words_and_filters) {
    view.set("without_filters_url", request.map_url_without_filters());
    view.set("without_text_url", request.map_url_with_text(""));
  }
  view.set("clear_filters_url", request.map_url_without_filters());
  view.set("page", query.page).set("pages", pages).set("has_pages", pages > 1);
  std::string rest = request.query_string();
  std::string page_link = "/kaart?" + rest + (rest.empty() ? "" : "&") + "pagina=";
  if (query.page > 1) view.set("previous_url", page_link + std::to_string(query.page - 1) + "#lijst-kop");
  if (query.page < pages) view.set("next_url", page_link + std::to_string(query.page + 1) + "#lijst-kop");
  view.set("list_url", request.list_url());
  view.set("embed_code_url", app.url(request.embed_url()));
  return view;
}

}  // namespace omzien::map
