// Invitation campaigns over real HTTP with a real SMTP server: the personal link, opt-out (page
// and RFC 8058 one-click) honoured by every later campaign, the gentle rate, reminders, and the
// claim through the personal link moving the contact along the pipeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "features/initiatives/initiative_store.h"
#include "features/outreach/funnel.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {
namespace {

class CampaignHttpTest : public OutreachHttpTest {
 protected:
  // Makes a campaign through the form and returns its page's path.
  std::string make_campaign(HttpClient& staff, Fields extra = {}) {
    Fields fields = {{"name", "Eerste ronde"},
                     {"subject", "Zet {initiatief} op Omzien"},
                     {"body", "Beste {naam},\n\nWe nodigen {initiatief} uit.\n\n{link}\n\nGroet"},
                     {"reminder_days", "0"},
                     {"per_minute", "10"},
                     {"filter_stage", ""},
                     {"filter_municipality", ""},
                     {"filter_linking_pin", ""}};
    for (auto& [name, value] : extra) {
      auto field = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; });
      if (field != fields.end()) field->second = value;
      else fields.emplace_back(name, value);
    }
    staff.get("/beheer/uitnodigingen/nieuw");
    auto made = staff.post("/beheer/uitnodigingen", fields);
    EXPECT_EQ(made.status, 303) << made.body;
    return made.location();
  }
  HttpResult start(HttpClient& staff, const std::string& campaign) {
    staff.get(campaign);
    return staff.post(campaign + "/versturen", {{"confirm", "ja"}});
  }
  // The campaign's own scheduler step, a minute later.
  void next_minute() {
    app().clock.advance(61);
    app().run_scheduled_jobs();
  }
};

TEST_F(CampaignHttpTest, AnOptOutByPageOrOneClickIsHonouredByEveryLaterCampaign) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string first = make_campaign(staff);
  auto page = staff.get(first);
  EXPECT_TRUE(page_says(page.body, "Wordt verstuurd naar 3 contacten."));
  EXPECT_TRUE(page_says(page.body, "Zet Repair Café Zeist op Omzien")) << "the preview for one contact";
  ASSERT_EQ(start(staff, first).status, 303);

  for (const char* address : {"jan@repair.example", "fatima@taalhuis.example", "ria@depan.example"})
    ASSERT_TRUE(wait_for_mail_count(address, 1)) << address;
  auto mail = wait_for_mail_to("jan@repair.example");
  EXPECT_EQ(mail->subject(), "Zet Repair Café Zeist op Omzien");
  EXPECT_NE(mail->text.find("Beste Jan de Vries,"), std::string::npos);
  EXPECT_NE(mail->html.find("/meedoen?t="), std::string::npos);
  std::string header = mail->header("List-Unsubscribe");
  EXPECT_NE(header.find(base_url() + "/afmelden/een-klik?t="), std::string::npos) << header;
  EXPECT_EQ(mail->header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  std::string one_click = header.substr(header.find('<') + 1, header.find('>') - header.find('<') - 1);
  one_click = one_click.substr(base_url().size());

  // Jan's mail program unsubscribes with one click: a POST without our form or cookies.
  auto mail_client = new_browser();
  EXPECT_EQ(mail_client.post_raw(one_click, "application/x-www-form-urlencoded", "").status, 400)
      << "RFC 8058 asks for the List-Unsubscribe=One-Click body";
  auto clicked = mail_client.post_raw(one_click, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
  EXPECT_EQ(clicked.status, 200) << clicked.body;
  // Fatima opens the link in her mail: a page with a button (opening alone changes nothing).
  std::string link = link_in_mail("fatima@taalhuis.example", "/afmelden?t=");
  auto browser = new_browser();
  auto opened = browser.get(link);
  EXPECT_EQ(opened.status, 200);
  EXPECT_TRUE(page_says(opened.body, "Wil je geen uitnodigingen en peilingen meer"));
  auto done = browser.post("/afmelden", {{"t", link.substr(link.find("t=") + 2)}});
  EXPECT_EQ(done.status, 200);
  EXPECT_TRUE(page_says(done.body, "Je bent afgemeld."));

  auto list = staff.get("/beheer/adresbestand");
  EXPECT_TRUE(page_says(list.body, "Afgemeld"));
  std::string second = make_campaign(staff, {{"name", "Tweede ronde"}, {"filter_stage", ""}});
  auto preview = staff.get(second);
  EXPECT_TRUE(page_says(preview.body, "Wordt verstuurd naar 1 contact. Afgemeld (krijgen niets): 2."));
  EXPECT_TRUE(page_says(preview.body, "Afgemeld: krijgt niets"));
  ASSERT_EQ(start(staff, second).status, 303);
  ASSERT_TRUE(wait_for_mail_count("ria@depan.example", 2));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("jan@repair.example"), 1) << "opted out: never mailed again";
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 1);

  // Not by hand either, and not after the contact is deleted and imported again (AVG).
  std::string jan = contact_path("jan@repair.example");
  staff.get(jan);
  auto by_hand = staff.post(jan + "/uitnodiging", {});
  EXPECT_TRUE(page_says(staff.follow(by_hand).body, "We kunnen geen uitnodiging sturen"));
  ASSERT_EQ(staff.post(jan + "/verwijderen", {{"confirm", "ja"}}).status, 303);
  import_list(staff);
  std::string third = make_campaign(staff, {{"name", "Derde ronde"}});
  EXPECT_TRUE(page_says(staff.get(third).body, "Afgemeld (krijgen niets): 2."));
}

TEST_F(CampaignHttpTest, MailsGoAtAGentleRateAndAReminderFollowsForThoseWhoDidNothing) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string campaign = make_campaign(staff, {{"per_minute", "1"},
                                               {"reminder_days", "3"},
                                               {"reminder_subject", "Herinnering voor {initiatief}"},
                                               {"reminder_body", "Nog even: {link}"}});
  auto started = start(staff, campaign);
  ASSERT_EQ(started.status, 303);
  EXPECT_TRUE(page_says(staff.follow(started).body, "Het versturen is begonnen: 3 mails, 1 per minuut."));
  ASSERT_TRUE(wait_for_mail_count("jan@repair.example", 1));
  app().run_scheduled_jobs();  // the same minute: nothing more
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 0);
  next_minute();
  ASSERT_TRUE(wait_for_mail_count("fatima@taalhuis.example", 1));
  EXPECT_EQ(mail_count_to("ria@depan.example"), 0);
  next_minute();
  ASSERT_TRUE(wait_for_mail_count("ria@depan.example", 1));
  EXPECT_TRUE(page_says(staff.get(campaign).body, "Verstuurd: 3. Wacht nog: 0."));

  // Jan follows his link; the others do nothing.
  std::string link = link_in_mail("jan@repair.example", "/meedoen?t=");
  auto jan = new_browser();
  jan.get(link);
  ASSERT_EQ(jan.post("/meedoen", {{"t", link.substr(link.find("t=") + 2)}}).status, 303);

  app().clock.advance(2 * 86400);
  app().run_scheduled_jobs();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 1) << "not yet three days";
  app().clock.advance(86400);
  for (int minute = 0; minute < 4; ++minute) next_minute();
  ASSERT_TRUE(wait_for_mail_count("fatima@taalhuis.example", 2));
  ASSERT_TRUE(wait_for_mail_count("ria@depan.example", 2));
  EXPECT_EQ(wait_for_mail_to("ria@depan.example")->subject(), "Herinnering voor Kookclub De Pan");
  EXPECT_EQ(mail_count_to("jan@repair.example"), 1) << "he used his link: no reminder";
  for (int minute = 0; minute < 3; ++minute) next_minute();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("ria@depan.example"), 2) << "one reminder only";
}

TEST_F(CampaignHttpTest, ATestGoesToTheStaffMemberOnlyAndItsLinksDoNothing) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string campaign = make_campaign(staff);
  staff.get(campaign);
  auto sent = staff.post(campaign + "/test", {});
  ASSERT_EQ(sent.status, 303);
  ASSERT_TRUE(wait_for_mail_count("medewerker@voorbeeld.nl", 2));  // the login code, then the test
  auto test = wait_for_mail_to("medewerker@voorbeeld.nl");
  EXPECT_EQ(test->subject().rfind("[Test] Zet ", 0), 0u) << test->subject();
  EXPECT_EQ(new_browser().get(link_in_mail("medewerker@voorbeeld.nl", "/meedoen?t=")).status, 404);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("jan@repair.example"), 0);
  EXPECT_TRUE(page_says(staff.get(campaign).body, "Nog niet verstuurd"));
}

TEST_F(CampaignHttpTest, ClaimingThroughThePersonalLinkMovesTheContactAlongThePipeline) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string jan = contact_path("jan@repair.example");
  staff.get(jan);
  auto missing = staff.post(jan + "/profiel", {{"name", "Repair Café Zeist"}, {"sentence", ""}});
  EXPECT_EQ(missing.status, 422) << "a theme and a sentence are needed";
  auto set_up = staff.post(jan + "/profiel", {{"name", "Repair Café Zeist"}, {"themes", "duurzaamheid-energie"},
                                              {"sentence", "Samen spullen repareren."}});
  ASSERT_EQ(set_up.status, 303) << set_up.body;
  auto profile = app().db->read([](db::Connection& c) {
    return initiatives::find_initiative_by_name(c, "Repair Café Zeist", "GM0355");
  });
  ASSERT_TRUE(profile);
  EXPECT_FALSE(profile->claimed);
  EXPECT_TRUE(page_says(staff.get(jan).body, "klaargezet, nog niemand beheert het"));

  staff.get(jan);
  ASSERT_EQ(staff.post(jan + "/uitnodiging", {}).status, 303);
  ASSERT_TRUE(wait_for_mail_count("jan@repair.example", 1));
  std::string link = link_in_mail("jan@repair.example", "/meedoen?t=");
  auto scanner = new_browser();
  auto opened = scanner.get(link);
  EXPECT_EQ(opened.status, 200);
  EXPECT_TRUE(page_says(opened.body, "Neem het profiel van Repair Café Zeist over"));
  EXPECT_EQ(opened.header("Referrer-Policy"), "no-referrer");
  EXPECT_FALSE(app().db->read([&](db::Connection& c) { return initiatives::find_initiative(c, profile->id); })->claimed)
      << "opening the link (a mail scanner) claims nothing";

  auto owner = new_browser();
  owner.get(link);
  auto pressed = owner.post("/meedoen", {{"t", link.substr(link.find("t=") + 2)}});
  ASSERT_EQ(pressed.status, 303) << pressed.body;
  EXPECT_NE(pressed.location().find(profile->slug), std::string::npos) << pressed.location();
  EXPECT_TRUE(page_says(owner.get("/initiatieven/" + profile->slug).body, "Profiel bewerken")) << "beheerder now";
  auto page = staff.get(jan);
  EXPECT_TRUE(page_says(page.body, "het initiatief beheert het zelf"));
  std::string today = format_dutch_date(app().clock.now());
  EXPECT_TRUE(page_says(page.body, "Profiel aangemaakt: " + today));
  EXPECT_TRUE(page_says(page.body, "Actief (nu): " + today)) << "the beheerder just logged in";
  EXPECT_TRUE(page_says(page.body, "Gemaild: " + today));
  EXPECT_TRUE(page_says(page.body, "Wil meedoen"));
  EXPECT_TRUE(page_says(page.body, "Persoonlijke link gebruikt"));
  auto counts = outreach::funnel_counts(app());
  EXPECT_EQ(counts.reached[static_cast<int>(outreach::Stage::Mailed)], 1);
  EXPECT_EQ(counts.reached[static_cast<int>(outreach::Stage::ProfileCreated)], 1);
  EXPECT_EQ(counts.current[static_cast<int>(outreach::Stage::Active)], 1) << "just logged in";
  EXPECT_EQ(new_browser().get(link).status, 410) << "a link works once";
}

TEST_F(CampaignHttpTest, AProfileMadeThroughThePersonalLinkIsLinkedToTheContact) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string fatima = contact_path("fatima@taalhuis.example");
  staff.get(fatima);
  ASSERT_EQ(staff.post(fatima + "/uitnodiging", {}).status, 303);
  ASSERT_TRUE(wait_for_mail_count("fatima@taalhuis.example", 1));
  std::string link = link_in_mail("fatima@taalhuis.example", "/meedoen?t=");
  auto browser = new_browser();
  EXPECT_TRUE(page_says(browser.get(link).body, "Zet Taalhuis Overvecht op het platform"));
  auto pressed = browser.post("/meedoen", {{"t", link.substr(link.find("t=") + 2)}});
  ASSERT_EQ(pressed.status, 303);
  EXPECT_EQ(pressed.location(), "/account/welkom?verder=%2Finitiatieven%2Fnieuw");
  browser.get("/initiatieven/nieuw");
  auto created = browser.post("/initiatieven", {{"name", "Taalhuis Overvecht"}, {"municipality_code", "GM0344"},
                                                {"themes", "taal-integratie"}, {"sentence", "Samen Nederlands oefenen."},
                                                {"contact_email", "fatima@taalhuis.example"}, {"email_public", "ja"}});
  ASSERT_EQ(created.status, 303) << created.body;
  auto page = staff.get(fatima);
  EXPECT_TRUE(page_says(page.body, "Gekoppeld aan Taalhuis Overvecht"));
  EXPECT_TRUE(page_says(page.body, "Profiel aangemaakt: " + format_dutch_date(app().clock.now())));
  EXPECT_TRUE(page_says(page.body, "Gekoppeld aan het profiel dat de contactpersoon beheert"));
}

TEST_F(CampaignHttpTest, ADraftIsThrownAwayOnlyAfterTickingTheBox) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string draft = make_campaign(staff);
  // The draft page has two boxes, to send and to throw away: each label ticks its own box.
  auto page = staff.get(draft).body;
  auto count = [&](const std::string& text) {
    int n = 0;
    for (auto at = page.find(text); at != std::string::npos; at = page.find(text, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("id=\"confirm\""), 1);
  EXPECT_EQ(count("id=\"confirm-weggooien\""), 1);
  EXPECT_EQ(count("for=\"confirm-weggooien\">Ja, gooi dit concept weg"), 1);
  auto refused = staff.post(draft + "/verwijderen", {});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(page_says(refused.body, "Vink aan dat je dit concept echt wilt weggooien."));
  EXPECT_NE(refused.body.find("aria-describedby=\"confirm-weggooien-fout\""), std::string::npos);
  EXPECT_EQ(staff.get(draft).status, 200) << "still there";
  auto deleted = staff.post(draft + "/verwijderen", {{"confirm", "ja"}});
  EXPECT_EQ(deleted.status, 303);
  EXPECT_EQ(staff.get(draft).status, 404);
}

TEST_F(CampaignHttpTest, SendingStopsOnlyAfterTickingTheBox) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string campaign = make_campaign(staff, {{"per_minute", "1"}});
  ASSERT_EQ(start(staff, campaign).status, 303);
  ASSERT_TRUE(wait_for_mail_count("jan@repair.example", 1));
  EXPECT_TRUE(page_says(staff.get(campaign).body, "Stoppen met versturen"));

  // Without the ticked box: a message by the box, and the mails keep going.
  for (const Fields& fields : {Fields{}, Fields{{"confirm", "nee"}}}) {
    staff.get(campaign);
    auto refused = staff.post(campaign + "/stoppen", fields);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(page_says(refused.body, "Vink aan dat je echt wilt stoppen met versturen."));
    EXPECT_NE(refused.body.find("aria-describedby=\"confirm-fout\""), std::string::npos);
    EXPECT_TRUE(page_says(refused.body, "Wordt verstuurd"));
  }
  next_minute();
  ASSERT_TRUE(wait_for_mail_count("fatima@taalhuis.example", 1)) << "still sending";

  // With it: stopped, and the last mail never goes.
  staff.get(campaign);
  auto stopped = staff.post(campaign + "/stoppen", {{"confirm", "ja"}});
  ASSERT_EQ(stopped.status, 303);
  auto page = staff.follow(stopped).body;
  EXPECT_TRUE(page_says(page, "Gestopt. Mails die nog wachtten, gaan niet meer weg."));
  EXPECT_FALSE(page_says(page, "Stoppen met versturen"));
  next_minute();
  next_minute();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("ria@depan.example"), 0);
}

}  // namespace
}  // namespace omzien::test
