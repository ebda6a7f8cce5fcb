#include "features/accounts/accounts.h"

#include "app/app.h"
#include "features/accounts/account_handlers.h"
#include "features/accounts/demo.h"
#include "features/accounts/login_handlers.h"
#include "features/accounts/migrations.h"
#include "features/accounts/staff_handlers.h"
#include "http/router.h"

namespace omzien::accounts {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  r.get("/inloggen", [&app](R& q) { return show_login_form(app, q); });
  r.post("/inloggen", [&app](R& q) { return request_login(app, q); });
  r.get("/inloggen/code", [&app](R& q) { return show_code_form(app, q); });
  r.post("/inloggen/code", [&app](R& q) { return submit_code(app, q); });
  r.post("/inloggen/opnieuw", [&app](R& q) { return resend_code(app, q); });
  r.get("/inloggen/link", [&app](R& q) { return show_login_link(app, q); });
  r.post("/inloggen/link", [&app](R& q) { return use_login_link(app, q); });
  r.post("/uitloggen", [&app](R& q) { return log_out(app, q); });

  r.get("/account", [&app](R& q) { return show_account(app, q); });
  r.get("/account/welkom", [&app](R& q) { return show_welcome(app, q); });
  r.post("/account/naam", [&app](R& q) { return save_name(app, q); });
  r.get("/account/sessies", [&app](R& q) { return show_sessions(app, q); });
  r.post("/account/sessies/uitloggen", [&app](R& q) { return end_one_session(app, q); });
  r.post("/account/sessies/alles-uitloggen", [&app](R& q) { return end_all_sessions(app, q); });
  r.get("/account/gegevens.json", [&app](R& q) { return export_own_data(app, q); });
  r.post("/account/verwijderen", [&app](R& q) { return delete_own_account(app, q); });

  r.get("/beheer/tweede-stap", [&app](R& q) { return show_second_factor(app, q); });
  r.post("/beheer/tweede-stap", [&app](R& q) { return submit_second_factor(app, q); });
  r.get("/beheer", [&app](R& q) { return show_staff_home(app, q); });
  r.get("/beheer/mensen", [&app](R& q) { return find_people(app, q); });
  r.get("/beheer/mensen/{id}", [&app](R& q) { return show_person(app, q); });
  r.post("/beheer/mensen/{id}/inlogmail", [&app](R& q) { return send_login_mail_for_person(app, q); });
  r.post("/beheer/mensen/{id}/telefooncode", [&app](R& q) { return make_phone_code_for_person(app, q); });
  r.post("/beheer/mensen/{id}/e-mailadres", [&app](R& q) { return change_person_email(app, q); });
  r.post("/beheer/mensen/{id}/rollen", [&app](R& q) { return set_person_roles(app, q); });
  r.get("/beheer/mail", [&app](R& q) { return show_outbox(app, q); });
  r.get("/beheer/logboek", [&app](R& q) { return show_audit_log(app, q); });
}

}  // namespace

Feature feature() { return {"accounts", kMigrations, add_routes, add_demo_content}; }

}  // namespace omzien::accounts
