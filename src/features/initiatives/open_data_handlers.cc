#include "features/initiatives/open_data_handlers.h"

#include "app/app.h"
#include "features/initiatives/open_data.h"
#include "features/initiatives/taxonomy.h"
#include "features/search/search_service.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

View term_list(const std::vector<Term>& terms) {
  View list = View::list();
  for (const auto& term : terms)
    if (!term.retired) list.push(View().set("id", term.id).set("label", term.label));
  return list;
}

http::Response file_response(App& app, ExportFormat format) {
  http::Response response;
  response.body = open_data_file(app, format);
  bool json = format == ExportFormat::Json;
  response.content_type = json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
  response.set_header("Content-Disposition", json ? "inline; filename=\"initiatieven.json\""
                                                  : "attachment; filename=\"initiatieven.csv\"");
  // Open data: other websites may fetch it from the browser.
  response.set_header("Access-Control-Allow-Origin", "*");
  response.set_header("Link", "<" + app.config.open_data_licence_url + ">; rel=\"license\"");
  response.caching = http::PageCaching::PublicPage;
  return response;
}

}  // namespace

http::Response show_open_data_page(App& app, const http::Request& request) {
  auto [themes, groups] = app.db->read([](db::Connection& c) {
    return std::pair{list_terms(c, Taxonomy::Themes), list_terms(c, Taxonomy::TargetGroups)};
  });
  View view;
  view.set("site_name", app.config.site_name);
  view.set("licence", app.config.open_data_licence).set("licence_url", app.config.open_data_licence_url);
  view.set("json_url", app.url("/open-data/initiatieven.json")).set("csv_url", app.url("/open-data/initiatieven.csv"));
  // The map feature's embed (/embed/kaart) and data; the same snippet as under a filtered map.
  view.set("embed_url", app.url("/embed/kaart")).set("geojson_url", app.url("/kaart/initiatieven.geojson"));
  // The search feature's API (/api/v1/zoeken).
  view.set("search_api_url", app.url("/api/v1/zoeken")).set("search_api_max", static_cast<int>(search_pages::kMaxApiLimit));
  view.set("themes", term_list(themes)).set("target_groups", term_list(groups));
  return web::render_page(app, request, "initiatives/open_data", std::move(view),
                          {.title = "Open data", .caching = http::PageCaching::PublicPage});
}

http::Response send_open_data_json(App& app, const http::Request&) { return file_response(app, ExportFormat::Json); }

http::Response send_open_data_csv(App& app, const http::Request&) { return file_response(app, ExportFormat::Csv); }

}  // namespace omzien::initiatives
