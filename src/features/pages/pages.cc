#include "features/pages/pages.h"

#include "app/app.h"
#include "features/pages/handlers.h"
#include "http/router.h"

namespace omzien::pages {
namespace {

void add_routes(http::Router& router, App& app) {
  router.get("/", [&app](http::Request& request) { return show_home(app, request); });
  router.get("/over", [&app](http::Request& request) { return show_about(app, request); });
  router.get("/privacy", [&app](http::Request& request) { return show_privacy(app, request); });
  router.get("/toegankelijkheid", [&app](http::Request& request) { return show_accessibility(app, request); });
  router.get("/contact", [&app](http::Request& request) { return show_contact(app, request); });
}

}  // namespace

Feature feature() { return {"pages", {}, add_routes, nullptr}; }

}  // namespace omzien::pages
