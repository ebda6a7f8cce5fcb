#include "features/map/map.h"

#include "app/app.h"
#include "core/log.h"
#include "features/map/map_handlers.h"
#include "features/map/map_points.h"
#include "features/map/migrations.h"
#include "http/router.h"

namespace omzien::map {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  app.navigation.push_back({"Kaart", "/kaart"});
  r.get("/kaart", [&app](R& q) { return show_map(app, q); });
  r.get("/kaart/initiatieven.geojson", [&app](R& q) { return send_geojson(app, q); });
  r.get("/kaart/zoek-adres", [&app](R& q) { return look_up_address(app, q); });
  r.get("/embed/kaart", [&app](R& q) { return show_embed(app, q); });
}

void start(App& app) {
  // The public points follow every saved profile; once now and every hour they catch up with
  // what was written while nobody listened (`omzien import`, the benchmark's inserts).
  app.content_listeners.push_back(on_content_changed);
  if (auto refreshed = refresh_all_map_points(app); !refreshed) log_error("map points: {}", refreshed.error().detail);
  app.scheduled_jobs.push_back({"map-points", refresh_map_points_hourly(app)});
}

}  // namespace

Feature feature() { return {"map", kMigrations, add_routes, nullptr, start}; }

}  // namespace omzien::map
