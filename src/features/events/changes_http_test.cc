// What happens after registering, over real HTTP with a moved clock: the reminder the day before
// (once, never for cancelled registrations or events), a new time or place mailed to everyone,
// postponing and cancelling, the verslag afterwards and the past agenda.
#include <gtest/gtest.h>

#include "features/events/event_http_test.h"
#include "features/events/reminders.h"

namespace omzien::test {
namespace {

class EventChangesHttpTest : public EventHttpTest {};

TEST_F(EventChangesHttpTest, TheReminderGoesOutOnceTheDayBeforeAndNeverForCancelledOnes) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Herinneringssessie", 3));
  std::string called_off = create_event(pin, session_fields("Afgelaste sessie", 3));
  ASSERT_EQ(register_for(slug, "Komt", "komt@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Komt niet", "komtniet@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(called_off, "Komt", "komt@voorbeeld.nl").status, 303);
  std::string link = manage_link("komtniet@voorbeeld.nl");
  auto person = new_browser();
  person.get(link);
  ASSERT_EQ(person.post("/aanmelding/afmelden", {{"t", token_of(link)}}).status, 303);
  pin.get("/bijeenkomsten/" + called_off + "/afgelasten");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + called_off + "/afgelasten", {{"note", ""}}).status, 303);

  app().run_scheduled_jobs();
  let_mail_go();
  EXPECT_EQ(count_mails("komt@voorbeeld.nl", "Morgen:"), 0) << "not yet: three days ahead";

  // The day before, a few hours before the start of that day's 24 hours.
  Seconds starts = event(slug).starts_at;
  app().clock.advance(starts - 20 * 3600 - app().clock.now());
  app().run_scheduled_jobs();
  app().run_scheduled_jobs();
  auto reminder = mail_to("komt@voorbeeld.nl", "Morgen: Herinneringssessie");
  ASSERT_TRUE(reminder);
  EXPECT_NE(reminder->text.find("Buurthuis De Linde, Slotlaan 1"), std::string::npos) << reminder->text;
  EXPECT_NE(reminder->text.find("/aanmelding?t="), std::string::npos);
  app().clock.advance(3600);
  app().run_scheduled_jobs();
  let_mail_go();
  EXPECT_EQ(count_mails("komt@voorbeeld.nl", "Morgen: Herinneringssessie"), 1) << "never twice";
  EXPECT_EQ(count_mails("komt@voorbeeld.nl", "Morgen: Afgelaste sessie"), 0) << "not for a cancelled event";
  EXPECT_EQ(count_mails("komtniet@voorbeeld.nl", "Morgen:"), 0) << "not for a cancelled registration";
}

TEST_F(EventChangesHttpTest, ANewTimeMailsEveryoneWithAnUpdatedCalendarFile) {
  auto pin = linking_pin();
  auto fields = session_fields("Verschuifsessie", 10);
  std::string slug = create_event(pin, fields);
  ASSERT_EQ(register_for(slug, "Anna", "anna@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Bram", "bram@voorbeeld.nl").status, 303);
  Seconds old_start = event(slug).starts_at;

  // A changed description alone mails nobody.
  pin.get("/bijeenkomsten/" + slug + "/bewerken");
  auto small = pin.post("/bijeenkomsten/" + slug + "/bewerken", with(fields, {{"description", "Nieuwe tekst."}}));
  ASSERT_EQ(small.status, 303);
  EXPECT_TRUE(page_says(pin.follow(small).body, "De wijzigingen zijn bewaard."));

  auto moved = pin.post("/bijeenkomsten/" + slug + "/bewerken",
                        with(fields, {{"description", "Nieuwe tekst."}, {"start_time", "20:00"}, {"end_time", "22:00"}, {"address", "Slotlaan 3"}}));
  ASSERT_EQ(moved.status, 303);
  EXPECT_TRUE(page_says(pin.follow(moved).body, "Iedereen die zich heeft aangemeld, krijgt een mail."));
  for (const std::string who : {"anna@voorbeeld.nl", "bram@voorbeeld.nl"}) {
    auto mail = mail_to(who, "Gewijzigd: Verschuifsessie");
    ASSERT_TRUE(mail) << who;
    EXPECT_NE(mail->text.find("De datum of tijd is veranderd."), std::string::npos) << mail->text;
    EXPECT_NE(mail->text.find("De plek is veranderd."), std::string::npos);
    EXPECT_NE(mail->text.find("20:00 – 22:00"), std::string::npos);
    ASSERT_EQ(mail->attachments.size(), 1u);
    EXPECT_NE(mail->attachments[0].data.find("SEQUENCE:1\r\n"), std::string::npos);
    EXPECT_NE(mail->attachments[0].data.find("T200000\r\n"), std::string::npos);
  }
  let_mail_go();
  EXPECT_EQ(count_mails("anna@voorbeeld.nl", "Gewijzigd"), 1);
  auto page = new_browser().get("/bijeenkomsten/" + slug);
  EXPECT_NE(page.body.find("https://schema.org/EventRescheduled"), std::string::npos);
  EXPECT_NE(page.body.find("\"previousStartDate\":\"" + format_iso_amsterdam(old_start) + "\""), std::string::npos);
}

TEST_F(EventChangesHttpTest, CancellingMailsEveryoneAndCalendarsSayCancelled) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, with(session_fields("Stormsessie"), {{"capacity", "1"}}));
  ASSERT_EQ(register_for(slug, "Anna", "anna@voorbeeld.nl").status, 303);
  ASSERT_EQ(register_for(slug, "Wacht", "wacht@voorbeeld.nl").status, 303);
  auto form = pin.get("/bijeenkomsten/" + slug + "/afgelasten");
  EXPECT_TRUE(page_says(form.body, "2 mensen krijgen een mail met je bericht."));
  auto done = pin.post("/bijeenkomsten/" + slug + "/afgelasten", {{"note", "Er is storm voorspeld; we zoeken een nieuwe datum."}});
  ASSERT_EQ(done.status, 303);

  auto mail = mail_to("anna@voorbeeld.nl", "Afgelast: Stormsessie");
  ASSERT_TRUE(mail);
  EXPECT_NE(mail->text.find("Er is storm voorspeld"), std::string::npos);
  ASSERT_EQ(mail->attachments.size(), 1u);
  EXPECT_NE(mail->attachments[0].data.find("STATUS:CANCELLED\r\n"), std::string::npos);
  EXPECT_TRUE(mail_to("wacht@voorbeeld.nl", "Afgelast: Stormsessie")) << "the waiting list hears it too";

  auto page = new_browser().get("/bijeenkomsten/" + slug);
  EXPECT_TRUE(page_says(page.body, "Afgelast. Deze bijeenkomst gaat niet door."));
  EXPECT_NE(page.body.find("https://schema.org/EventCancelled"), std::string::npos);
  EXPECT_NE(new_browser().get("/bijeenkomsten.ics").body.find("STATUS:CANCELLED"), std::string::npos);
  auto refused = register_for(slug, "Te laat", "telaat@voorbeeld.nl");
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(page_says(refused.body, "Deze bijeenkomst is afgelast. Aanmelden kan niet."));

  // Cancelled once: the form is gone and the promotion never happens.
  auto again = pin.get("/bijeenkomsten/" + slug + "/afgelasten");
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(pin.get("/bijeenkomsten/" + slug + "/bewerken").status, 303);
  let_mail_go();
  EXPECT_EQ(count_mails("wacht@voorbeeld.nl", "Er is een plek vrij"), 0);
}

TEST_F(EventChangesHttpTest, APostponedEventKeepsItsRegistrationsUntilItGetsANewDate) {
  auto pin = linking_pin();
  auto fields = session_fields("Uitstelsessie", 10);
  std::string slug = create_event(pin, fields);
  ASSERT_EQ(register_for(slug, "Anna", "anna@voorbeeld.nl").status, 303);
  pin.get("/bijeenkomsten/" + slug + "/uitstellen");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/uitstellen", {{"note", "De zaal is niet beschikbaar."}}).status, 303);
  EXPECT_TRUE(mail_to("anna@voorbeeld.nl", "Uitgesteld: Uitstelsessie"));
  auto page = new_browser().get("/bijeenkomsten/" + slug);
  EXPECT_NE(page.body.find("https://schema.org/EventPostponed"), std::string::npos);
  EXPECT_TRUE(page_says(page.body, "Uitgesteld. De nieuwe datum is nog niet bekend."));
  EXPECT_EQ(register_for(slug, "Nieuw", "nieuw@voorbeeld.nl").status, 409);
  EXPECT_EQ(registration_of(slug, "anna@voorbeeld.nl")->status, events::RegistrationStatus::Confirmed);

  pin.get("/bijeenkomsten/" + slug + "/bewerken");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/bewerken", with(fields, {{"date", date_in(30)}})).status, 303);
  EXPECT_EQ(event(slug).status, events::Status::Rescheduled);
  EXPECT_TRUE(mail_to("anna@voorbeeld.nl", "Gewijzigd: Uitstelsessie"));
  EXPECT_EQ(register_for(slug, "Nieuw", "nieuw@voorbeeld.nl").status, 303);
}

TEST_F(EventChangesHttpTest, TheOrganiserWritesAVerslagAndPastEventsStayFindable) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Verslagsessie", 2));
  std::string later = create_event(pin, session_fields("Latere sessie", 20));
  app().clock.advance(3 * 86400);
  pin.get("/bijeenkomsten/" + slug + "/verslag");
  auto saved = pin.post("/bijeenkomsten/" + slug + "/verslag", {{"report", "Er waren **twaalf** mensen.\n\n- een lijst met wensen"}});
  ASSERT_EQ(saved.status, 303);
  auto page = new_browser().get("/bijeenkomsten/" + slug);
  EXPECT_NE(page.body.find("<strong>twaalf</strong>"), std::string::npos);
  EXPECT_TRUE(page_says(page.body, "Deze bijeenkomst is voorbij."));

  auto past = new_browser().get("/bijeenkomsten/eerder");
  EXPECT_TRUE(page_says(past.body, "Verslagsessie"));
  EXPECT_TRUE(page_says(past.body, "Lees het verslag"));
  EXPECT_FALSE(page_says(past.body, "Latere sessie"));
  auto upcoming = new_browser().get("/bijeenkomsten");
  EXPECT_FALSE(page_says(upcoming.body, "Verslagsessie"));
  EXPECT_TRUE(page_says(upcoming.body, "Latere sessie"));
}

TEST_F(EventChangesHttpTest, PersonalDataIsForgottenLongAfterTheEventButTheNumbersStay) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Vergeetsessie", 2));
  ASSERT_EQ(register_for(slug, "Anna", "anna@voorbeeld.nl").status, 303);
  app().clock.advance(3 * 86400);
  app().run_scheduled_jobs();
  EXPECT_EQ(registrations(slug).size(), 1u) << "the organiser still has the list for a while";
  app().clock.advance(events::kKeepRegistrations + 86400);
  app().run_scheduled_jobs();
  EXPECT_TRUE(registrations(slug).empty());
  EXPECT_EQ(event(slug).registered_count, 1);

  // The privacy statement tells people the same period.
  auto privacy = new_browser().get("/privacy");
  EXPECT_TRUE(page_says(privacy.body, std::to_string(events::kKeepRegistrations / 86400) +
                                          " dagen na de bijeenkomst wissen we de namen en e-mailadressen"))
      << "the privacy page must say how long registrations are kept";
}

}  // namespace
}  // namespace omzien::test
