#include "features/monitoring/monitoring.h"

#include "app/app.h"
#include "features/monitoring/handlers.h"
#include "http/router.h"

namespace omzien::monitoring {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  r.get("/beheer/monitor", [&app](R& q) { return show_monitor(app, q); });
  r.get("/beheer/monitor.csv", [&app](R& q) { return send_monitor_csv(app, q); });
}

}  // namespace

Feature feature() { return {"monitoring", {}, add_routes}; }

}  // namespace omzien::monitoring
