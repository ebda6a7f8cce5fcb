#include "app/app.h"
#include "features/initiatives/directory_query.h"
#include "features/initiatives/handlers.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/texts.h"
#include "features/map/near.h"
#include "geo/geo.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

bool chosen(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

int count_of(const DirectoryPage& page, const std::string& kind, const std::string& value) {
  auto kind_it = page.counts.find(kind);
  if (kind_it == page.counts.end()) return 0;
  auto it = kind_it->second.find(value);
  return it == kind_it->second.end() ? 0 : it->second;
}

// One group of filter checkboxes with counts; values without matches are left out unless chosen.
View filter_group(const DirectoryPage& page, const std::string& kind, const std::vector<Term>& terms,
                  const std::vector<std::string>& selected) {
  View list = View::list();
  for (const auto& term : terms) {
    int count = count_of(page, kind, term.id);
    bool is_chosen = chosen(selected, term.id);
    if (count == 0 && !is_chosen) continue;
    list.push(View().set("kind", kind).set("value", term.id).set("label", term.label).set("count", count)
                  .set("checked", is_chosen).set("input_id", kind + "-" + term.id));
  }
  return list;
}

}  // namespace

http::Response show_directory(App& app, const http::Request& request) {
  DirectoryQuery query = DirectoryQuery::from_params(request.query);
  map::Nearby nearby = map::apply_near(app, request, query);  // "binnen 5 km van Zeist": narrows `query`
  struct Loaded {
    DirectoryPage page;
    std::vector<Term> themes, groups;
  };
  Loaded loaded = app.db->read([&](db::Connection& c) {
    return Loaded{find_directory_page(c, query), list_terms(c, Taxonomy::Themes), list_terms(c, Taxonomy::TargetGroups)};
  });
  const DirectoryPage& page = loaded.page;

  std::vector<Term> municipality_terms{{std::string(geo::kProvinceCode), texts::kProvinceWide, 0, false}};
  for (const auto& m : geo::municipalities()) municipality_terms.push_back({std::string(m.code), std::string(m.name), 0, false});
  std::vector<Term> phase_terms{{"startend", "Startend", 0, false}, {"gevestigd", "Gevestigd", 0, false}};

  View entries = View::list();
  for (const auto& entry : page.entries)
    entries.push(directory_entry_view(app, entry, loaded.themes).set("distance", nearby.distance_label(entry.id)));
  int pages = std::max(1, (page.total + query.per_page - 1) / query.per_page);
  View view;
  view.set("entries", entries).set("total", page.total).set("none", page.entries.empty());
  view.set("one", page.total == 1);
  view.set("filters_themes", filter_group(page, "thema", loaded.themes, query.themes));
  view.set("filters_groups", filter_group(page, "doelgroep", loaded.groups, query.target_groups));
  view.set("filters_municipalities", filter_group(page, "gemeente", municipality_terms, query.municipalities));
  view.set("filters_phases", filter_group(page, "fase", phase_terms, {query.phase}));
  view.set("sort_name", query.sort == DirectorySort::Name);
  view.set("sort_distance", query.sort == DirectorySort::Distance).set("near", nearby.asked);
  view.set("near_fields", map::render_near_fields(query, nearby, "/initiatieven"));
  view.set("has_filters", query.has_filters());
  // The folds are open while in use, so a person sees what narrows the list.
  view.set("near_open", nearby.asked).set("facets_open", query.has_choices());
  view.set("page", query.page).set("pages", pages).set("has_pages", pages > 1);
  if (query.page > 1) view.set("previous_url", "/initiatieven?" + query.to_query_string(query.page - 1));
  if (query.page < pages) view.set("next_url", "/initiatieven?" + query.to_query_string(query.page + 1));
  view.set("map_url", "/kaart" + (query.to_query_string(1).empty() ? "" : "?" + query.to_query_string(1)));
  return web::render_page(app, request, "initiatives/directory", std::move(view),
                          {.title = "Initiatieven",
                           .caching = nearby.transient_error ? http::PageCaching::No : http::PageCaching::PublicPage,
                           .scripts = {"js/map-near.js"}});
}

}  // namespace omzien::initiatives
