#include "features/events/events.h"

#include "app/app.h"
#include "features/events/demo.h"
#include "features/events/handlers.h"
#include "features/events/migrations.h"
#include "features/events/reminders.h"
#include "http/router.h"

namespace omzien::events {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  app.navigation.push_back({"Bijeenkomsten", "/bijeenkomsten"});

  // The agenda, its feed, and one event.
  r.get("/bijeenkomsten", [&app](R& q) { return show_agenda(app, q); });
  r.get("/bijeenkomsten/eerder", [&app](R& q) { return show_past_events(app, q); });
  r.get("/bijeenkomsten.ics", [&app](R& q) { return send_feed(app, q); });
  r.get("/bijeenkomsten/{slug}", [&app](R& q) { return show_event(app, q); });
  r.get("/bijeenkomsten/{slug}/agenda.ics", [&app](R& q) { return send_event_calendar(app, q); });
  r.get("/bijeenkomsten/{slug}/flyer", [&app](R& q) { return show_flyer(app, q); });
  r.get("/b/{code}", [&app](R& q) { return follow_short_link(app, q); });

  // Registering, and the personal link from the mails (its GET changes nothing).
  r.post("/bijeenkomsten/{slug}/aanmelden", [&app](R& q) { return register_person(app, q); });
  r.get("/bijeenkomsten/{slug}/mijn-aanmelding", [&app](R& q) { return show_own_registration(app, q); });
  r.get("/aanmelding", [&app](R& q) { return show_registration_link(app, q); });
  r.get("/aanmelding/agenda.ics", [&app](R& q) { return send_personal_calendar(app, q); });
  r.post("/aanmelding/afmelden", [&app](R& q) { return cancel_by_link(app, q); });
  r.post("/aanmelding/naam", [&app](R& q) { return rename_by_link(app, q); });

  // The organiser: create, change, postpone, cancel, the verslag.
  r.get("/bijeenkomsten/nieuw", [&app](R& q) { return show_new_form(app, q); });
  r.post("/bijeenkomsten", [&app](R& q) { return create(app, q); });
  r.get("/bijeenkomsten/{slug}/bewerken", [&app](R& q) { return show_edit_form(app, q); });
  r.post("/bijeenkomsten/{slug}/bewerken", [&app](R& q) { return update(app, q); });
  r.get("/bijeenkomsten/{slug}/uitstellen", [&app](R& q) { return show_postpone_form(app, q); });
  r.post("/bijeenkomsten/{slug}/uitstellen", [&app](R& q) { return postpone(app, q); });
  r.get("/bijeenkomsten/{slug}/afgelasten", [&app](R& q) { return show_cancel_form(app, q); });
  r.post("/bijeenkomsten/{slug}/afgelasten", [&app](R& q) { return cancel(app, q); });
  r.get("/bijeenkomsten/{slug}/verslag", [&app](R& q) { return show_report_form(app, q); });
  r.post("/bijeenkomsten/{slug}/verslag", [&app](R& q) { return save_report(app, q); });

  // Who comes, messages, and the kit for the day.
  r.get("/bijeenkomsten/{slug}/deelnemers", [&app](R& q) { return show_attendees(app, q); });
  r.get("/bijeenkomsten/{slug}/deelnemers.csv", [&app](R& q) { return send_attendees_csv(app, q); });
  r.get("/bijeenkomsten/{slug}/bericht", [&app](R& q) { return show_message_form(app, q); });
  r.post("/bijeenkomsten/{slug}/bericht", [&app](R& q) { return send_message(app, q); });
  r.get("/bijeenkomsten/{slug}/intekenlijst", [&app](R& q) { return show_sign_up_sheet(app, q); });
  r.get("/bijeenkomsten/{slug}/inchecken", [&app](R& q) { return show_check_in(app, q); });
  r.post("/bijeenkomsten/{slug}/inchecken", [&app](R& q) { return check_in(app, q); });
  r.post("/bijeenkomsten/{slug}/inloop", [&app](R& q) { return add_walk_in(app, q); });
}

void start(App& app) { app.scheduled_jobs.push_back({"event reminders", run_event_jobs}); }

}  // namespace

Feature feature() { return {"events", kMigrations, add_routes, add_demo_content, start}; }

}  // namespace omzien::events
