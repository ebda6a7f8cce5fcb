#include "features/initiatives/initiatives.h"

#include "app/app.h"
#include "features/initiatives/handlers.h"
#include "features/initiatives/migrations.h"
#include "http/router.h"

namespace omzien::initiatives {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  app.navigation.push_back({"Initiatieven", "/initiatieven"});
  r.get("/initiatieven", [&app](R& q) { return show_directory(app, q); });
  r.get("/initiatieven/nieuw", [&app](R& q) { return show_new_form(app, q); });
  r.post("/initiatieven", [&app](R& q) { return create(app, q); });
  r.get("/initiatieven/{slug}", [&app](R& q) { return show_profile(app, q); });
  r.get("/initiatieven/{slug}/bewerken", [&app](R& q) { return show_edit_form(app, q); });
  r.post("/initiatieven/{slug}/bewerken", [&app](R& q) { return update(app, q); });
  r.get("/mijn-initiatieven", [&app](R& q) { return show_my_initiatives(app, q); });
}

}  // namespace

Feature feature() { return {"initiatives", kMigrations, add_routes, nullptr}; }

}  // namespace omzien::initiatives
