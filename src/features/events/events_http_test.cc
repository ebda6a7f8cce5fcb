// Making bijeenkomsten over real HTTP: who may, what the form says about mistakes, the event page
// (JSON-LD, share links, flyer, short link), times across the clock change, and the rights table
// of every organiser route for every role.
#include <gtest/gtest.h>

#include "app/features.h"
#include "audit/audit.h"
#include "features/events/attendance.h"
#include "features/events/event_http_test.h"
#include "features/initiatives/initiative_store.h"

namespace omzien::test {
namespace {

class EventsHttpTest : public EventHttpTest {};

int event_count(App& app) {
  return static_cast<int>(app.db->read([](db::Connection& c) { return events::list_all_events(c); }).size());
}

TEST_F(EventsHttpTest, ALinkingPinCreatesAnOfflineSessionThatAnyoneFindsInTheAgenda) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Buurtsessie Zeist: samen sterker"));
  ASSERT_EQ(slug, "buurtsessie-zeist-samen-sterker");
  auto page = pin.get_following("/bijeenkomsten/" + slug);
  EXPECT_TRUE(page_says(page.body, "De bijeenkomst staat in de agenda")) << page.body.substr(0, 2000);
  EXPECT_TRUE(page_says(page.body, "Voor de organisatie"));

  auto visitor = new_browser();
  auto shown = visitor.get("/bijeenkomsten/" + slug);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(page_says(shown.body, "Buurtsessie Zeist: samen sterker"));
  EXPECT_TRUE(page_says(shown.body, "19:30 – 21:30"));
  EXPECT_TRUE(page_says(shown.body, "Slotlaan 1"));
  EXPECT_TRUE(page_says(shown.body, "Stichting Omzien naar Elkaar"));
  EXPECT_FALSE(page_says(shown.body, "Voor de organisatie")) << "no organiser tools for visitors";
  EXPECT_NE(shown.body.find("\"@type\":\"Event\""), std::string::npos);
  EXPECT_NE(shown.body.find("https://schema.org/EventScheduled"), std::string::npos);
  EXPECT_NE(shown.body.find("https://schema.org/OfflineEventAttendanceMode"), std::string::npos);
  EXPECT_NE(shown.body.find("\"@type\":\"Place\""), std::string::npos);
  EXPECT_NE(shown.body.find("\"organizer\":{\"@type\":\"Organization\",\"name\":\"Stichting Omzien naar Elkaar\""),
            std::string::npos);
  EXPECT_NE(shown.body.find("https://wa.me/?text="), std::string::npos) << "share links";

  auto agenda = visitor.get("/bijeenkomsten");
  EXPECT_EQ(agenda.status, 200);
  EXPECT_TRUE(page_says(agenda.body, "Buurtsessie Zeist: samen sterker"));
  EXPECT_NE(agenda.body.find(">Bijeenkomsten</a>"), std::string::npos) << "in the main menu";

  // The flyer: a QR code and the short link, which leads to the event.
  auto flyer = visitor.get("/bijeenkomsten/" + slug + "/flyer");
  EXPECT_EQ(flyer.status, 200);
  EXPECT_NE(flyer.body.find("<svg"), std::string::npos);
  std::string code = event(slug).short_code;
  ASSERT_EQ(code.size(), 6u);
  EXPECT_TRUE(page_says(flyer.body, "/b/" + code));
  auto short_link = visitor.get("/b/" + code);
  EXPECT_EQ(short_link.status, 302);
  EXPECT_EQ(short_link.location(), "/bijeenkomsten/" + slug);
  EXPECT_EQ(visitor.get("/b/" + code).location(), "/bijeenkomsten/" + slug);
  EXPECT_EQ(visitor.get("/b/zzzzzz").status, 404);

  auto entries = audit::list_entries(*app().db, "event:" + std::to_string(event(slug).id), 10);
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().action, "event.create");
}

TEST_F(EventsHttpTest, TheFormSaysWhatIsWrongKeepsWhatWasTypedAndSavesNothing) {
  auto pin = linking_pin();
  pin.get("/bijeenkomsten/nieuw");
  struct Case {
    Fields changes;
    std::string field_message;
  };
  const std::vector<Case> cases = {
      {{{"end_time", "18:00"}}, "De eindtijd ligt voor de begintijd."},
      {{{"date", date_in(-1)}}, "Deze datum en tijd zijn al voorbij."},
      {{{"date", "2027-02-30"}}, "Deze datum bestaat niet."},
      {{{"mode", "online"}, {"online_url", "http://meet.voorbeeld.nl/sessie"}}, "Een videolink moet beginnen met https://."},
      {{{"mode", "hybrid"}, {"online_url", ""}}, "Vul de videolink in"},
      {{{"venue_name", ""}}, "Vul de naam van de plek in"},
      {{{"capacity", "nul"}}, "Vul een aantal plaatsen in tussen 1 en 10000"},
      {{{"deadline_date", date_in(12)}, {"deadline_time", "12:00"}}, "Aanmelden moet sluiten voor de bijeenkomst begint."},
      {{{"organiser", "12345"}}, "Kies wie de bijeenkomst organiseert."},
      {{{"title", ""}}, "Geef de bijeenkomst een titel."},
  };
  for (const auto& c : cases) {
    auto refused = pin.post("/bijeenkomsten", with(session_fields("Kapotte sessie"), c.changes));
    EXPECT_EQ(refused.status, 422) << c.field_message;
    EXPECT_TRUE(page_says(refused.body, c.field_message)) << c.field_message << "\n" << refused.body.substr(0, 3000);
    if (c.changes[0].first != "title") {
      EXPECT_EQ(input_value(refused.body, "title"), "Kapotte sessie") << "typed text is kept";
    }
  }
  EXPECT_EQ(event_count(app()), 0) << "nothing was saved";
}

TEST_F(EventsHttpTest, TimesAreAmsterdamWallClockTimeOnBothSidesOfTheSpringSwitch) {
  auto pin = linking_pin();
  // 28 March 2027 the clocks go forward: a session on Saturday and one on Monday, both at 19:30.
  std::string before = create_event(pin, with(session_fields("Zaterdagsessie"), {{"date", "2027-03-27"}}));
  std::string after = create_event(pin, with(session_fields("Maandagsessie"), {{"date", "2027-03-29"}}));
  EXPECT_EQ(format_utc_iso(event(before).starts_at), "2027-03-27T18:30:00Z");
  EXPECT_EQ(format_utc_iso(event(after).starts_at), "2027-03-29T17:30:00Z");
  auto page = new_browser().get("/bijeenkomsten/" + after);
  EXPECT_TRUE(page_says(page.body, "maandag 29 maart 2027")) << page.body.substr(0, 2000);
  EXPECT_TRUE(page_says(page.body, "19:30 – 21:30"));
  EXPECT_NE(page.body.find("2027-03-29T19:30:00+02:00"), std::string::npos);
  // A time that does not exist that night is refused with a reason.
  pin.get("/bijeenkomsten/nieuw");
  auto gap = pin.post("/bijeenkomsten", with(session_fields("Nachtsessie"), {{"date", "2027-03-28"}, {"start_time", "02:30"}, {"end_time", "04:00"}}));
  EXPECT_EQ(gap.status, 422);
  EXPECT_TRUE(page_says(gap.body, "de klok gaat dan van 2:00 naar 3:00 uur"));
}

TEST_F(EventsHttpTest, BeheerdersOrganiseForTheirInitiativeAndMembersWithoutOneCannot) {
  auto plain = member("lid@voorbeeld.nl");
  EXPECT_EQ(plain.get("/bijeenkomsten/nieuw").status, 403);
  plain.get("/bijeenkomsten");
  EXPECT_EQ(plain.post("/bijeenkomsten", session_fields("Mag niet")).status, 403);

  auto owner = beheerder("eigenaar@voorbeeld.nl");
  auto form = owner.get("/bijeenkomsten/nieuw");
  EXPECT_EQ(form.status, 200);
  EXPECT_TRUE(page_says(form.body, "Organisatie: Repair Café Zeist")) << "one initiative: chosen already";
  EXPECT_FALSE(page_says(form.body, "Stichting Omzien naar Elkaar")) << "beheerders do not speak for the foundation";
  auto id = app().db->read([](db::Connection& c) { return initiatives::find_initiative_by_slug(c, "repair-cafe-zeist")->id; });
  auto as_foundation = owner.post("/bijeenkomsten", session_fields("Namens de stichting"));
  EXPECT_EQ(as_foundation.status, 422);
  std::string slug = create_event(owner, with(session_fields("Repareren met de buurt"), {{"organiser", std::to_string(id)}}));
  EXPECT_EQ(event(slug).organiser_initiative_id, id);
  EXPECT_TRUE(page_says(new_browser().get("/bijeenkomsten/" + slug).body, "Repair Café Zeist"));

  // A beheerder of two initiatives picks one.
  add_initiative(owner, "Buurtmoestuin De Wortel");
  auto two = owner.get("/bijeenkomsten/nieuw");
  EXPECT_TRUE(page_says(two.body, "Kies de organisatie"));
  EXPECT_TRUE(page_says(two.body, "Buurtmoestuin De Wortel"));
}

// Every organiser route for every role: anonymous, a member, a beheerder of another initiative,
// the organiser (beheerder of the organising initiative, who made it), a LinkingPin, staff.
TEST_F(EventsHttpTest, RightsTableOfEventRoutes) {
  auto organiser = beheerder("organisator@voorbeeld.nl");
  auto id = app().db->read([](db::Connection& c) { return initiatives::find_initiative_by_slug(c, "repair-cafe-zeist")->id; });
  std::string slug = create_event(organiser, with(session_fields("Repaircafé op locatie"), {{"organiser", std::to_string(id)}}));
  ASSERT_FALSE(slug.empty());
  std::string fellow_email = "collega@voorbeeld.nl";  // a second beheerder of the same initiative
  ASSERT_TRUE(app().db->write_void([&](db::Connection& c) -> Result<void> {
    auto account = accounts::find_or_create_account(c, fellow_email, app().clock.now());
    if (!account) return account.error();
    return initiatives::add_manager(c, id, account->id, app().clock.now());
  }));
  auto fellow = member(fellow_email);
  auto other = beheerder("ander@voorbeeld.nl", "Voedselbank Zeist");
  auto plain = member("lid@voorbeeld.nl");
  auto pin = linking_pin();
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto anonymous = new_browser();
  anonymous.get("/bijeenkomsten");
  ASSERT_EQ(register_for(slug, "Bezoeker", "bezoeker@voorbeeld.nl").status, 303);
  auto visitor_id = registration_of(slug, "bezoeker@voorbeeld.nl")->id;

  constexpr int kLogin = 1;  // a 303 to /inloggen
  const std::string p = "/bijeenkomsten/" + slug;
  struct Route {
    std::string method, path;
    Fields fields;
    int anonymous, member, other_beheerder, organiser, linking_pin, staff;
  };
  const std::string too_long_note(1001, 'x');
  const Fields edit = with(session_fields("Repaircafé op locatie"), {{"organiser", std::to_string(id)}});
  const std::vector<Route> routes = {
      {"GET", "/bijeenkomsten", {}, 200, 200, 200, 200, 200, 200},
      {"GET", "/bijeenkomsten/eerder", {}, 200, 200, 200, 200, 200, 200},
      {"GET", "/bijeenkomsten.ics", {}, 200, 200, 200, 200, 200, 200},
      {"GET", p, {}, 200, 200, 200, 200, 200, 200},
      {"GET", p + "/agenda.ics", {}, 200, 200, 200, 200, 200, 200},
      {"GET", p + "/flyer", {}, 200, 200, 200, 200, 200, 200},
      {"GET", "/bijeenkomsten/nieuw", {}, kLogin, 403, 200, 200, 200, 200},
      {"GET", p + "/bewerken", {}, kLogin, 403, 403, 200, 403, 200},
      {"POST", p + "/bewerken", edit, kLogin, 403, 403, 303, 403, 303},
      {"GET", p + "/deelnemers", {}, kLogin, 403, 403, 200, 403, 200},
      {"GET", p + "/deelnemers.csv", {}, kLogin, 403, 403, 200, 403, 200},
      {"GET", p + "/bericht", {}, kLogin, 403, 403, 200, 403, 200},
      {"POST", p + "/bericht", {{"subject", ""}, {"body", ""}}, kLogin, 403, 403, 422, 403, 422},
      {"GET", p + "/inchecken", {}, kLogin, 403, 403, 200, 403, 200},
      {"POST", p + "/inchecken", {{"registration_id", std::to_string(visitor_id)}, {"attended", "nee"}}, kLogin, 403, 403, 303, 403, 303},
      {"POST", p + "/inloop", {{"name", ""}}, kLogin, 403, 403, 422, 403, 422},
      {"GET", p + "/intekenlijst", {}, kLogin, 403, 403, 200, 403, 200},
      {"GET", p + "/uitstellen", {}, kLogin, 403, 403, 200, 403, 200},
      {"GET", p + "/afgelasten", {}, kLogin, 403, 403, 200, 403, 200},
      // A note that is too long: the organiser gets the form back (422) and nothing changes.
      {"POST", p + "/uitstellen", {{"note", too_long_note}}, kLogin, 403, 403, 422, 403, 422},
      {"POST", p + "/afgelasten", {{"note", too_long_note}}, kLogin, 403, 403, 422, 403, 422},
      {"GET", p + "/verslag", {}, kLogin, 403, 403, 303, 403, 303},  // not before it began
      {"POST", p + "/verslag", {{"report", "x"}}, kLogin, 403, 403, 303, 403, 303},
      {"GET", "/bijeenkomsten/bestaat-niet/bewerken", {}, kLogin, 404, 404, 404, 404, 404},
      {"GET", p + "/geraden", {}, 404, 404, 404, 404, 404, 404},
      {"GET", p + "/afgelasten/x", {}, 404, 404, 404, 404, 404, 404},
      {"GET", "/aanmelding?t=geraden", {}, 404, 404, 404, 404, 404, 404},
      {"POST", "/aanmelding/afmelden", {{"t", "geraden"}}, 404, 404, 404, 404, 404, 404},
      {"GET", p + "/mijn-aanmelding", {}, kLogin, 303, 303, 303, 303, 303},
  };
  auto check = [&](HttpClient& who, const Route& route, int expected, const char* role) {
    HttpResult result;
    if (route.method == "GET") {
      result = who.get(route.path);
    } else {
      who.get("/bijeenkomsten");  // a fresh CSRF token, as a page with the form would give
      result = who.post(route.path, route.fields);
    }
    if (expected == kLogin) {
      EXPECT_EQ(result.status, 303) << role << " " << route.method << " " << route.path;
      EXPECT_EQ(result.location().rfind("/inloggen", 0), 0u) << role << " " << route.path;
    } else {
      EXPECT_EQ(result.status, expected) << role << " " << route.method << " " << route.path;
    }
  };
  for (const auto& route : routes) {
    check(anonymous, route, route.anonymous, "anonymous");
    check(plain, route, route.member, "member");
    check(other, route, route.other_beheerder, "other beheerder");
    check(organiser, route, route.organiser, "organiser");
    check(fellow, route, route.organiser, "fellow beheerder of the organising initiative");
    check(pin, route, route.linking_pin, "LinkingPin");
    check(staff, route, route.staff, "staff");
  }
  // Nobody changed anything on the way: still one registration, not cancelled or postponed.
  EXPECT_EQ(event(slug).status, events::Status::Scheduled);
  EXPECT_EQ(registrations(slug).size(), 1u);
  EXPECT_EQ(registrations(slug)[0].status, events::RegistrationStatus::Confirmed);
}

TEST_F(EventsHttpTest, AttendanceNumbersAreKeptPerEventForMonitoring) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Telsessie"), {{"capacity", "1"}}));
  ASSERT_EQ(register_for(slug, "Een", "een@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Twee", "twee@voorbeeld.nl").status, 303);
  auto rows = events::attendance_summary(*app().db);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].slug, slug);
  EXPECT_EQ(rows[0].registered, 1);
  EXPECT_EQ(rows[0].waiting, 1);
  EXPECT_EQ(rows[0].attended, 0);
  EXPECT_EQ(rows[0].capacity, 1);
  EXPECT_EQ(rows[0].municipality_code, "GM0355");

  // On the day: the one with a place comes, and someone walks in.
  const std::string checkin = "/bijeenkomsten/" + slug + "/inchecken";
  pin.get(checkin);
  auto one = registration_of(slug, "een@voorbeeld.nl")->id;
  ASSERT_EQ(pin.post(checkin, {{"registration_id", std::to_string(one)}, {"attended", "ja"}}).status, 303);
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/inloop", {{"name", "Inloper"}}).status, 303);
  auto numbers = events::attendance_of(*app().db, event(slug).id);
  ASSERT_TRUE(numbers);
  EXPECT_EQ(numbers->registered, 1);
  EXPECT_EQ(numbers->waiting, 1);
  EXPECT_EQ(numbers->attended, 2) << "walk-ins count as present";
  EXPECT_EQ(numbers->walk_ins, 1);
  EXPECT_FALSE(events::attendance_of(*app().db, event(slug).id + 1000));

  // Long after the event the names are gone, and the numbers are still there.
  app().clock.advance(200 * 86400);
  app().run_scheduled_jobs();
  EXPECT_TRUE(registrations(slug).empty());
  numbers = events::attendance_of(*app().db, event(slug).id);
  ASSERT_TRUE(numbers);
  EXPECT_EQ(numbers->registered, 1);
  EXPECT_EQ(numbers->attended, 2);
  EXPECT_EQ(numbers->walk_ins, 1);
}

// `omzien demo` fills an empty platform the way `make run` shows it: a first visitor sees sessions
// of every kind in the agenda, an offline venue on its small map, and a past one with a verslag.
TEST_F(EventsHttpTest, DemoContentHasUpcomingOfflineOnlineAndHybridSessionsAndAPastOne) {
  for (const auto& feature : all_features())
    if (feature.add_demo_content) feature.add_demo_content(app());
  auto agenda = new_browser().get("/bijeenkomsten");
  ASSERT_EQ(agenda.status, 200);
  bool offline = false, online = false, hybrid = false;
  std::string offline_slug;
  for (const auto& e : app().db->read([&](db::Connection& c) { return events::list_upcoming_events(c, app().clock.now()); })) {
    EXPECT_TRUE(page_says(agenda.body, e.title)) << e.title;
    offline = offline || e.mode == events::Mode::Offline;
    online = online || e.mode == events::Mode::Online;
    hybrid = hybrid || e.mode == events::Mode::Hybrid;
    if (e.mode == events::Mode::Offline && offline_slug.empty()) offline_slug = e.slug;
  }
  EXPECT_TRUE(offline && online && hybrid) << "offline " << offline << ", online " << online << ", hybrid " << hybrid;
  ASSERT_FALSE(offline_slug.empty());
  auto venue = new_browser().get("/bijeenkomsten/" + offline_slug);
  EXPECT_NE(venue.body.find("data-event-map"), std::string::npos) << "the venue is on a small map";
  EXPECT_TRUE(page_says(venue.body, "Bekijk de plek op een kaart"));
  auto past = new_browser().get("/bijeenkomsten/eerder");
  EXPECT_TRUE(page_says(past.body, "Lees het verslag"));
}

}  // namespace
}  // namespace omzien::test
