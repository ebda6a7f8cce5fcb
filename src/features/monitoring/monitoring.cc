#include "features/monitoring/monitoring.h"

#include "app/app.h"
#include "features/monitoring/active_history.h"
#include "features/monitoring/handlers.h"
#include "features/monitoring/migrations.h"
#include "http/router.h"

namespace omzien::monitoring {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  r.get("/beheer/monitor", [&app](R& q) { return show_monitor(app, q); });
  r.get("/beheer/monitor.csv", [&app](R& q) { return send_monitor_csv(app, q); });
}

void start(App& app) { app.scheduled_jobs.push_back({"monitoring-active-weeks", record_active_contacts}); }

}  // namespace

Feature feature() { return {"monitoring", kMigrations, add_routes, nullptr, start}; }

}  // namespace omzien::monitoring
