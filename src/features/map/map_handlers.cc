#include "features/map/map_handlers.h"

#include "app/app.h"
#include "core/templates.h"
#include "features/initiatives/taxonomy.h"
#include "features/map/geojson.h"
#include "features/map/map_entries.h"
#include "features/map/map_points.h"
#include "features/map/map_request.h"
#include "features/map/map_view.h"
#include "features/map/texts.h"
#include "web/page.h"

namespace omzien::map {
namespace {

const std::vector<std::string> kMapScripts = {"vendor/leaflet/leaflet.js", "vendor/markercluster/leaflet.markercluster.js",
                                              "js/map.js", "js/map-near.js"};
const std::vector<std::string> kMapStyles = {"vendor/leaflet/leaflet.css", "vendor/markercluster/MarkerCluster.css",
                                             "css/map.css"};

// A page made with PDOK's help after a failure (down, rate limit) must not be kept for others.
http::PageCaching caching_for(const MapRequest& request) {
  return request.nearby.transient_error ? http::PageCaching::No : http::PageCaching::PublicPage;
}

std::string origin_of(std::string_view url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "";
  return std::string(url.substr(0, url.find('/', scheme_end + 3)));
}

// The site's policy, except that any website may frame this page (every other page says
// frame-ancestors 'none'; web/pipeline.cc).
std::string embed_content_security_policy(const App& app) {
  std::string images = "'self' data:";
  std::string tiles = origin_of(app.config.map_tile_url);
  if (tiles.rfind("https://", 0) == 0 || tiles.rfind("http://", 0) == 0) images += " " + tiles;
  return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images +
         "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
         " frame-ancestors *";
}

http::Response search_unavailable_page(App& app, const http::Request& request) {
  View view;
  view.set("title", texts::kMapTitle).set("message", texts::kSearchUnavailable);
  return web::render_page(app, request, "core/error", std::move(view), {.title = texts::kMapTitle, .status = 503});
}

View asset_list(const App& app, const std::vector<std::string>& paths) {
  View list = View::list();
  for (const auto& path : paths) list.push(View().set("url", app.static_files->url(path)));
  return list;
}

}  // namespace

http::Response show_map(App& app, const http::Request& request) {
  MapRequest map_request = read_map_request(app, request);
  if (map_request.search_unavailable) return search_unavailable_page(app, request);
  struct Loaded {
    initiatives::DirectoryPage page;
    std::vector<initiatives::Term> themes, groups;
  };
  Loaded loaded = app.db->read([&](db::Connection& c) {
    return Loaded{initiatives::find_directory_page(c, map_request.database_query()),
                  initiatives::list_terms(c, initiatives::Taxonomy::Themes),
                  initiatives::list_terms(c, initiatives::Taxonomy::TargetGroups)};
  });
  std::vector<std::int64_t> ids;
  for (const auto& entry : loaded.page.entries) ids.push_back(entry.id);
  View view = map_page_view(app, map_request, loaded.page, map_points_for(app, ids), loaded.themes, loaded.groups);
  std::string head = loaded.page.total > 0 ? render_template("map/preload", map_settings_view(app, map_request)) : "";
  return web::render_page(app, request, "map/map", std::move(view),
                          {.title = texts::kMapTitle,
                           .caching = caching_for(map_request),
                           .head = std::move(head),
                           .scripts = kMapScripts,
                           .styles = kMapStyles,
                           .search_query = map_request.search_text,
                           .main_class = "wide"});
}

http::Response send_geojson(App& app, const http::Request& request) {
  MapRequest map_request = read_map_request(app, request);
  if (map_request.search_unavailable) return http::Response::json(503, R"({"error":"search unavailable"})");
  MapEntries found = find_map_entries(app, map_request.database_query(), map_request.nearby);
  http::Response response;
  response.content_type = "application/geo+json";
  response.body = to_geojson(found.entries, load_theme_markers(app), app.config.base_url);
  // Open data: other websites may fetch it from the browser.
  response.set_header("Access-Control-Allow-Origin", "*");
  response.set_header("Link", "<" + app.config.open_data_licence_url + ">; rel=\"license\"");
  response.caching = caching_for(map_request);
  return response;
}

http::Response show_embed(App& app, const http::Request& request) {
  MapRequest map_request = read_map_request(app, request);
  if (map_request.search_unavailable) return search_unavailable_page(app, request);
  initiatives::DirectoryQuery count_only = map_request.database_query();
  count_only.per_page = 1;
  struct Loaded {
    int total = 0;
    std::vector<initiatives::Term> themes;
  };
  Loaded loaded = app.db->read([&](db::Connection& c) {
    return Loaded{initiatives::find_directory_page(c, count_only).total, list_terms(c, initiatives::Taxonomy::Themes)};
  });
  const auto& themes = loaded.themes;
  View view;
  view.set("title", texts::kEmbedTitle).set("site_name", app.config.site_name);
  // Nothing to show: a sentence and links instead of an empty map.
  if (loaded.total == 0) {
    view.set("none", true).set("search_text", map_request.search_text).set("all_url", app.url("/kaart"));
  } else {
    view.set("map", map_settings_view(app, map_request));
  }
  view.set("legend", legend_view(theme_markers(themes), themes));
  view.set("list_url", app.url(map_request.list_url())).set("map_url", app.url(map_request.map_url()));
  view.set("scripts", asset_list(app, kMapScripts)).set("styles", asset_list(app, kMapStyles));
  view.set("icon", app.static_files->url("img/omzien.svg"));
  http::Response response;
  response.body = render_template("map/embed", view);
  response.caching = caching_for(map_request);
  response.set_header("Content-Security-Policy", embed_content_security_policy(app));
  return response;
}

}  // namespace omzien::map
