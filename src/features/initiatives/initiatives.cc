#include "features/initiatives/initiatives.h"

#include "app/app.h"
#include "features/initiatives/claim_handlers.h"
#include "features/initiatives/demo.h"
#include "features/initiatives/handlers.h"
#include "features/initiatives/managers.h"
#include "features/initiatives/managers_handlers.h"
#include "features/initiatives/migrations.h"
#include "features/initiatives/open_data_handlers.h"
#include "features/initiatives/photo_handlers.h"
#include "features/initiatives/profile_handlers.h"
#include "features/initiatives/staff_handlers.h"
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

  // Photos, beheerders and invitations, the printable profile.
  r.get("/fotos/{name}", [&app](R& q) { return serve_photo(app, q); });
  r.get("/initiatieven/{slug}/afdrukken", [&app](R& q) { return show_print(app, q); });
  r.get("/initiatieven/{slug}/beheerders", [&app](R& q) { return show_managers(app, q); });
  r.post("/initiatieven/{slug}/beheerders/uitnodigen", [&app](R& q) { return invite_manager(app, q); });
  r.post("/initiatieven/{slug}/beheerders/uitnodiging-intrekken", [&app](R& q) { return withdraw_invitation(app, q); });
  r.post("/initiatieven/{slug}/beheerders/verwijderen", [&app](R& q) { return remove_fellow_manager(app, q); });
  r.post("/initiatieven/{slug}/beheerders/verlaten", [&app](R& q) { return leave_initiative(app, q); });
  r.get("/uitnodiging", [&app](R& q) { return show_invitation(app, q); });
  r.post("/uitnodiging", [&app](R& q) { return accept_invitation_link(app, q); });

  // Claiming imported profiles, open data, and the staff tools.
  r.get("/claimen", [&app](R& q) { return show_claim_link(app, q); });
  r.post("/claimen", [&app](R& q) { return use_claim_link(app, q); });
  r.get("/open-data", [&app](R& q) { return show_open_data_page(app, q); });
  r.get("/open-data/initiatieven.json", [&app](R& q) { return send_open_data_json(app, q); });
  r.get("/open-data/initiatieven.csv", [&app](R& q) { return send_open_data_csv(app, q); });
  r.get("/beheer/initiatieven", [&app](R& q) { return show_staff_initiatives(app, q); });
  r.get("/beheer/initiatieven/{slug}", [&app](R& q) { return show_staff_initiative(app, q); });
  r.post("/beheer/initiatieven/{slug}/zichtbaarheid", [&app](R& q) { return set_initiative_visibility(app, q); });
  r.post("/beheer/initiatieven/{slug}/aangesloten", [&app](R& q) { return set_initiative_affiliation(app, q); });
  r.post("/beheer/initiatieven/{slug}/claimlink", [&app](R& q) { return send_claim_link(app, q); });
  r.get("/beheer/themas", [&app](R& q) { return show_staff_terms(app, q); });
  r.post("/beheer/themas/opslaan", [&app](R& q) { return save_staff_term(app, q); });
  r.post("/beheer/themas/toevoegen", [&app](R& q) { return add_staff_term(app, q); });
}

// An account cannot be deleted while it is the last beheerder of an initiative.
void start(App& app) { app.account_deletion_checks.push_back(last_manager_reason); }

}  // namespace

Feature feature() { return {"initiatives", kMigrations, add_routes, add_demo_content, start}; }

}  // namespace omzien::initiatives
