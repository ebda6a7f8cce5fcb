// Registering over real HTTP: without an account (a mail with a calendar file and a personal
// link), with one click when logged in, the same address twice, the waiting list moving up, the
// personal link (its GET changes nothing), the video link only for registered people, closed
// registration, and a mail server that is down.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "features/events/event_http_test.h"
#include "mail/sender.h"
#include "testing/python.h"

namespace omzien::test {
namespace {

class EventRegistrationHttpTest : public EventHttpTest {};

// What Debian's python3-icalendar reads from `ics`: "summary|start|status|location|description".
std::string read_calendar_with_python(const std::string& ics) {
  return run_python_on(
                        "import sys, icalendar\n"
                        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                        "for ev in cal.walk('VEVENT'):\n"
                        "  print('|'.join([str(ev['SUMMARY']), ev.decoded('DTSTART').isoformat(), str(ev.get('STATUS')),\n"
                        "                  str(ev.get('LOCATION', '')), str(ev.get('DESCRIPTION', '')).replace('\\n', ' ')]))\n",
      ics);
}

TEST_F(EventRegistrationHttpTest, SomeoneWithoutAnAccountRegistersAndGetsAMailWithACalendarFile) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Buurtsessie Zeist"));
  auto visitor = new_browser();
  auto done = register_for(visitor, slug, "Anna de Vries", "Anna@Voorbeeld.nl");
  ASSERT_EQ(done.status, 303) << done.body.substr(0, 2000);
  EXPECT_EQ(done.location(), "/bijeenkomsten/" + slug);
  EXPECT_TRUE(page_says(visitor.follow(done).body, "Je bent aangemeld. Je krijgt een mail"));

  auto mail = mail_to("anna@voorbeeld.nl", "Je bent aangemeld: Buurtsessie Zeist");
  ASSERT_TRUE(mail);
  EXPECT_NE(mail->text.find("Hallo Anna de Vries"), std::string::npos) << mail->text;
  EXPECT_NE(mail->text.find("Buurthuis De Linde, Slotlaan 1, 3701 GA Zeist"), std::string::npos) << mail->text;
  EXPECT_FALSE(manage_link("anna@voorbeeld.nl").empty());
  ASSERT_EQ(mail->attachments.size(), 1u);
  EXPECT_EQ(mail->attachments[0].filename, "bijeenkomst.ics");
  EXPECT_EQ(mail->attachments[0].content_type.rfind("text/calendar", 0), 0u) << mail->attachments[0].content_type;
  auto r = registration_of(slug, "anna@voorbeeld.nl");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, events::RegistrationStatus::Confirmed);
  EXPECT_EQ(event(slug).registered_count, 1);

  // The calendar file imports: a real parser reads it back (last, as it may be skipped).
  std::string read = read_calendar_with_python(mail->attachments[0].data);
  if (read.find("No module named") != std::string::npos)
    GTEST_SKIP() << "python3-icalendar is not installed (scripts/debian-packages.txt): the .ics was not parsed";
  std::string expected_start = format_iso_amsterdam(event(slug).starts_at);
  EXPECT_NE(read.find("Buurtsessie Zeist|" + expected_start + "|CONFIRMED|Buurthuis De Linde, Slotlaan 1, 3701 GA Zeist"),
            std::string::npos)
      << read;
  EXPECT_NE(read.find("/aanmelding?t="), std::string::npos) << "the personal link is in the calendar entry";
}

TEST_F(EventRegistrationHttpTest, TheSameAddressTwiceGetsAClearMessageAndNoDuplicate) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Dubbelsessie"));
  ASSERT_EQ(register_for(slug, "Piet", "piet@voorbeeld.nl").status, 303);
  auto again = register_for(slug, "Piet Jansen", " PIET@voorbeeld.nl ");
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(page_says(again.body, "Dit e-mailadres staat al op de lijst voor deze bijeenkomst."));
  EXPECT_EQ(input_value(again.body, "name"), "Piet Jansen") << "what was typed stays";
  EXPECT_EQ(registrations(slug).size(), 1u);
  let_mail_go();
  EXPECT_EQ(count_mails("piet@voorbeeld.nl", "Je bent aangemeld"), 1);
}

TEST_F(EventRegistrationHttpTest, MissingNameOrAWrongAddressGetsAMessageByTheField) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Foutensessie"));
  auto empty = register_for(slug, "", "geen-adres");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(page_says(empty.body, "Vul je naam in."));
  EXPECT_TRUE(page_says(empty.body, "Dit lijkt geen e-mailadres."));
  EXPECT_EQ(input_value(empty.body, "email"), "geen-adres");
  EXPECT_TRUE(registrations(slug).empty());
}

TEST_F(EventRegistrationHttpTest, AFullEventHasAWaitingListThatMovesUpWhenSomeoneCancels) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Kleine sessie"), {{"capacity", "1"}}));
  ASSERT_EQ(register_for(slug, "Eerste", "eerste@voorbeeld.nl").status, 303);
  auto waiting = new_browser();
  auto second = register_for(waiting, slug, "Tweede", "tweede@voorbeeld.nl");
  ASSERT_EQ(second.status, 303);
  EXPECT_TRUE(page_says(waiting.follow(second).body, "Je staat op de wachtlijst"));
  auto waiting_mail = mail_to("tweede@voorbeeld.nl", "Je staat op de wachtlijst: Kleine sessie");
  ASSERT_TRUE(waiting_mail);
  EXPECT_TRUE(waiting_mail->attachments.empty()) << "no calendar entry without a place";
  ASSERT_EQ(register_for(slug, "Derde", "derde@voorbeeld.nl").status, 303);
  EXPECT_EQ(registration_of(slug, "tweede@voorbeeld.nl")->status, events::RegistrationStatus::Waiting);
  EXPECT_TRUE(page_says(new_browser().get("/bijeenkomsten/" + slug).body, "De bijeenkomst is vol."));

  // The first cancels with the link from their mail; the next in line gets the place and a mail.
  std::string link = manage_link("eerste@voorbeeld.nl");
  auto person = new_browser();
  person.get(link);
  auto cancelled = person.post("/aanmelding/afmelden", {{"t", token_of(link)}});
  ASSERT_EQ(cancelled.status, 303) << cancelled.body.substr(0, 2000);
  auto promoted = mail_to("tweede@voorbeeld.nl", "Er is een plek vrij: je bent aangemeld voor Kleine sessie");
  ASSERT_TRUE(promoted);
  EXPECT_EQ(promoted->attachments.size(), 1u) << "now with a calendar file";
  EXPECT_EQ(registration_of(slug, "tweede@voorbeeld.nl")->status, events::RegistrationStatus::Confirmed);
  EXPECT_EQ(registration_of(slug, "derde@voorbeeld.nl")->status, events::RegistrationStatus::Waiting);
  EXPECT_EQ(event(slug).registered_count, 1);
  EXPECT_EQ(event(slug).waiting_count, 1);
  let_mail_go();
  EXPECT_EQ(count_mails("derde@voorbeeld.nl", "Er is een plek vrij"), 0);
}

TEST_F(EventRegistrationHttpTest, ARaisedCapacityGivesPlacesToTheWaitingList) {
  auto pin = linking_pin();
  auto fields = with(session_fields("Groeisessie"), {{"capacity", "1"}});
  std::string slug = create_event(pin, fields);
  ASSERT_EQ(register_for(slug, "Een", "een@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Twee", "twee@voorbeeld.nl").status, 303);
  pin.get("/bijeenkomsten/" + slug + "/bewerken");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/bewerken", with(fields, {{"capacity", "5"}})).status, 303);
  EXPECT_TRUE(mail_to("twee@voorbeeld.nl", "Er is een plek vrij"));
  EXPECT_EQ(event(slug).registered_count, 2);
}

TEST_F(EventRegistrationHttpTest, WithoutAWaitingListAFullEventSaysSoAndNothingChanges) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, without(with(session_fields("Volle sessie"), {{"capacity", "1"}}), "waiting_list"));
  ASSERT_EQ(register_for(slug, "Een", "een@voorbeeld.nl").status, 303);
  auto full = register_for(slug, "Twee", "twee@voorbeeld.nl");
  EXPECT_EQ(full.status, 409);
  EXPECT_TRUE(page_says(full.body, "Deze bijeenkomst is vol. Aanmelden kan niet meer."));
  EXPECT_EQ(registrations(slug).size(), 1u);
}

TEST_F(EventRegistrationHttpTest, ThePersonalLinkOnlyShowsAPageAndTheButtonCancelsOnce) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Linksessie"));
  ASSERT_EQ(register_for(slug, "Sanne", "sanne@voorbeeld.nl").status, 303);
  std::string link = manage_link("sanne@voorbeeld.nl");
  ASSERT_FALSE(link.empty());

  // A mail scanner opens the link, twice: nothing changes.
  for (int i = 0; i < 2; ++i) {
    auto scanned = new_browser().get(link);
    EXPECT_EQ(scanned.status, 200);
    EXPECT_TRUE(page_says(scanned.body, "Sanne, je bent aangemeld."));
    EXPECT_EQ(scanned.header("Referrer-Policy"), "no-referrer");
  }
  EXPECT_EQ(registration_of(slug, "sanne@voorbeeld.nl")->status, events::RegistrationStatus::Confirmed);

  auto person = new_browser();
  person.get(link);
  auto cancelled = person.post("/aanmelding/afmelden", {{"t", token_of(link)}});
  ASSERT_EQ(cancelled.status, 303);
  EXPECT_TRUE(page_says(person.follow(cancelled).body, "Je bent afgemeld."));
  EXPECT_EQ(registration_of(slug, "sanne@voorbeeld.nl")->status, events::RegistrationStatus::Cancelled);
  EXPECT_EQ(event(slug).registered_count, 0);

  // A mail says it is done, with a calendar file that takes the entry out of their calendar.
  auto done_mail = mail_to("sanne@voorbeeld.nl", "Je bent afgemeld: Linksessie");
  ASSERT_TRUE(done_mail);
  ASSERT_EQ(done_mail->attachments.size(), 1u);
  const std::string& ics = done_mail->attachments[0].data;
  EXPECT_NE(ics.find("STATUS:CANCELLED\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("UID:event-" + std::to_string(event(slug).id) + "@"), std::string::npos) << "the same entry";
  EXPECT_NE(ics.find("SEQUENCE:" + std::to_string(event(slug).sequence + 1) + "\r\n"), std::string::npos) << ics;

  auto twice = person.post("/aanmelding/afmelden", {{"t", token_of(link)}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(page_says(twice.body, "Je was al afgemeld voor deze bijeenkomst. Er is niets veranderd."));
  let_mail_go();
  EXPECT_EQ(count_mails("sanne@voorbeeld.nl", "Je bent afgemeld"), 1) << "the second press changes nothing, and mails nothing";
  EXPECT_EQ(new_browser().get("/aanmelding?t=" + token_of(link) + "x").status, 404);

  // Only a hash is stored; the link itself is nowhere in the database.
  auto stored = registration_of(slug, "sanne@voorbeeld.nl");
  EXPECT_TRUE(app().db->read([&](db::Connection& c) { return events::find_registration_by_token_hash(c, token_of(link)); }) ==
              std::nullopt);

  // Coming back after all: a new registration (and a new link).
  ASSERT_EQ(register_for(slug, "Sanne", "sanne@voorbeeld.nl").status, 303);
  EXPECT_EQ(registration_of(slug, "sanne@voorbeeld.nl")->status, events::RegistrationStatus::Confirmed);
  EXPECT_EQ(registrations(slug).size(), 1u);
  EXPECT_EQ(new_browser().get(link).status, 404) << "the old link stopped working";
}

TEST_F(EventRegistrationHttpTest, ALoggedInMemberRegistersWithOneClick) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Eénkliksessie"));
  auto person = member("klik@voorbeeld.nl");
  person.get("/account/welkom");
  person.post("/account/naam", {{"name", "Karin Klik"}, {"next", "/"}});
  auto page = person.get("/bijeenkomsten/" + slug);
  EXPECT_TRUE(page_says(page.body, "Je meldt je aan als Karin Klik (klik@voorbeeld.nl)")) << page.body.substr(0, 3000);
  auto done = person.post("/bijeenkomsten/" + slug + "/aanmelden", {});
  ASSERT_EQ(done.status, 303) << done.body.substr(0, 2000);
  auto r = registration_of(slug, "klik@voorbeeld.nl");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->name, "Karin Klik");
  EXPECT_TRUE(r->account_id.has_value());
  auto after = person.get("/bijeenkomsten/" + slug);
  EXPECT_TRUE(page_says(after.body, "Je bent aangemeld. Bekijk je aanmelding"));
  auto own = person.get("/bijeenkomsten/" + slug + "/mijn-aanmelding");
  EXPECT_EQ(own.status, 200);
  EXPECT_TRUE(page_says(own.body, "Karin Klik, je bent aangemeld."));
}

TEST_F(EventRegistrationHttpTest, TheVideoLinkIsOnlyForRegisteredPeople) {
  const std::string video = "https://meet.voorbeeld.nl/geheime-kamer-8472";
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Online spreekuur"), {{"mode", "online"}, {"online_url", video}}));
  auto visitor = new_browser();
  for (const std::string& path : {"/bijeenkomsten/" + slug, "/bijeenkomsten/" + slug + "/agenda.ics",
                                  std::string("/bijeenkomsten.ics"), std::string("/bijeenkomsten"),
                                  "/bijeenkomsten/" + slug + "/flyer"}) {
    auto public_page = visitor.get(path);
    EXPECT_EQ(public_page.status, 200) << path;
    EXPECT_EQ(public_page.body.find("geheime-kamer"), std::string::npos) << "the video link leaked on " << path;
  }
  EXPECT_NE(visitor.get("/bijeenkomsten/" + slug).body.find("\"@type\":\"VirtualLocation\""), std::string::npos);

  ASSERT_EQ(register_for(slug, "Online Olga", "olga@voorbeeld.nl").status, 303);
  auto mail = mail_to("olga@voorbeeld.nl", "Je bent aangemeld");
  ASSERT_TRUE(mail);
  EXPECT_NE(mail->text.find(video), std::string::npos) << mail->text;
  EXPECT_NE(mail->attachments.at(0).data.find("geheime-kamer"), std::string::npos);
  std::string link = manage_link("olga@voorbeeld.nl");
  EXPECT_TRUE(page_says(new_browser().get(link).body, video));
  EXPECT_EQ(new_browser().get("/bijeenkomsten/" + slug).body.find("geheime-kamer"), std::string::npos) << "still not public";

  // Someone on the waiting list does not get it either.
  std::string full = create_event(pin, with(session_fields("Vol spreekuur"), {{"mode", "online"}, {"online_url", video}, {"capacity", "1"}}));
  ASSERT_EQ(register_for(full, "Een", "een@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(full, "Wachter", "wachter@voorbeeld.nl").status, 303);
  auto waiting = mail_to("wachter@voorbeeld.nl", "Je staat op de wachtlijst");
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->text.find("geheime-kamer"), std::string::npos);
  EXPECT_EQ(new_browser().get(manage_link("wachter@voorbeeld.nl")).body.find("geheime-kamer"), std::string::npos);
}

TEST_F(EventRegistrationHttpTest, AnAddressForRegisteredPeopleOnlyStaysOffThePublicPage) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Huiskamersessie"), {{"venue_name", "Bij Ria thuis"}, {"address", "Dorpsstraat 77"}, {"address_private", "ja"}}));
  auto page = new_browser().get("/bijeenkomsten/" + slug);
  EXPECT_EQ(page.body.find("Dorpsstraat"), std::string::npos);
  EXPECT_EQ(page.body.find("3701"), std::string::npos);
  EXPECT_TRUE(page_says(page.body, "Het precieze adres krijg je als je je aanmeldt."));
  EXPECT_EQ(new_browser().get("/bijeenkomsten/" + slug + "/agenda.ics").body.find("Dorpsstraat"), std::string::npos);
  ASSERT_EQ(register_for(slug, "Buur", "buur@voorbeeld.nl").status, 303);
  auto mail = mail_to("buur@voorbeeld.nl", "Je bent aangemeld");
  ASSERT_TRUE(mail);
  EXPECT_NE(mail->text.find("Dorpsstraat 77"), std::string::npos);
}

TEST_F(EventRegistrationHttpTest, RegistrationClosesAtTheDeadlineAndWhenTheEventBegins) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Deadlinesessie", 10), {{"deadline_date", date_in(5)}, {"deadline_time", "12:00"}}));
  ASSERT_EQ(register_for(slug, "Op tijd", "optijd@voorbeeld.nl").status, 303);
  app().clock.advance(6 * 86400);
  auto late = register_for(slug, "Te laat", "telaat@voorbeeld.nl");
  EXPECT_EQ(late.status, 409);
  EXPECT_TRUE(page_says(late.body, "Aanmelden voor deze bijeenkomst is gesloten."));
  app().clock.advance(5 * 86400);
  auto over = register_for(slug, "Veel te laat", "veeltelaat@voorbeeld.nl");
  EXPECT_EQ(over.status, 409);
  EXPECT_TRUE(page_says(over.body, "Deze bijeenkomst is al begonnen of voorbij."));
  EXPECT_EQ(registrations(slug).size(), 1u);
}

TEST_F(EventRegistrationHttpTest, ARegistrationIsNotLostWhenTheMailServerIsDown) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Storingssessie"));
  smtp().stop();
  auto done = register_for(slug, "Geduldig", "geduldig@voorbeeld.nl");
  EXPECT_EQ(done.status, 303) << "the page does not wait for the mail server";
  ASSERT_TRUE(registration_of(slug, "geduldig@voorbeeld.nl"));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the sender tries and fails
  auto counts = mail::count_outbox(*app().db);
  EXPECT_GE(counts.queued + counts.sending, 1) << "the confirmation waits in the outbox";
  smtp().start();
  app().clock.advance(10 * 60);  // past the first retry delay
  app().mail_sender->notify();
  auto mail = mail_to("geduldig@voorbeeld.nl", "Je bent aangemeld", std::chrono::seconds(15));
  EXPECT_TRUE(mail) << "delivered once the mail server is back";
}

TEST_F(EventRegistrationHttpTest, RegistrationsFromOneAddressAreLimited) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Drukke sessie"));
  auto visitor = new_browser();
  int refused = 0;
  for (int i = 0; i < 21; ++i) {
    auto result = register_for(visitor, slug, "Persoon " + std::to_string(i), "p" + std::to_string(i) + "@voorbeeld.nl");
    if (result.status == 429) {
      ++refused;
      EXPECT_TRUE(page_says(result.body, "Er zijn vanaf dit adres veel aanmeldingen gedaan."));
    }
  }
  EXPECT_EQ(refused, 1);
  EXPECT_EQ(registrations(slug).size(), 20u);
}

}  // namespace
}  // namespace omzien::test
