// Calling over real HTTP: the call list's order, outcomes in two taps, call-back dates that
// bring a contact back on their day (with a moved clock), and mails sent while on the phone.
#include <gtest/gtest.h>

#include "features/outreach/call_list.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {
namespace {

class CallListHttpTest : public OutreachHttpTest {};

TEST_F(CallListHttpTest, OutcomesInTwoTapsAndACallBackDateThatComesBackOnItsDay) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  auto list = staff.get("/bellen");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(page_says(list.body, "Nu bellen: Repair Café Zeist")) << "the oldest first";
  EXPECT_TRUE(page_says(list.body, "3 om te bellen"));

  // Tap 1: open the contact; tap 2: the outcome. Then the next contact opens.
  std::string jan = contact_path("jan@repair.example").substr(std::string("/beheer/adresbestand/").size());
  auto card = staff.get("/bellen/" + jan);
  EXPECT_NE(card.body.find("href=\"tel:+31612345678\""), std::string::npos);
  auto saved = staff.post("/beheer/adresbestand/" + jan + "/gesprek", {{"outcome", "voicemail"}, {"note", "Ingesproken"}});
  ASSERT_EQ(saved.status, 303);
  std::string fatima = contact_path("fatima@taalhuis.example").substr(std::string("/beheer/adresbestand/").size());
  EXPECT_EQ(saved.location(), "/bellen/" + fatima);
  EXPECT_TRUE(page_says(staff.follow(saved).body, "Bewaard: Voicemail. Dit is de volgende."));

  ASSERT_EQ(staff.post("/beheer/adresbestand/" + fatima + "/gesprek", {{"outcome", "bereikt:wil-meedoen"}}).status, 303);
  std::string ria = contact_path("ria@depan.example").substr(std::string("/beheer/adresbestand/").size());
  std::string tomorrow = outreach::amsterdam_date(app().clock.now() + 86400);
  std::string yesterday = outreach::amsterdam_date(app().clock.now() - 86400);
  auto past = staff.post("/beheer/adresbestand/" + ria + "/gesprek", {{"outcome", "geen-gehoor"}, {"call_back_on", yesterday}});
  EXPECT_EQ(past.status, 422);
  EXPECT_TRUE(page_says(past.body, "Kies vandaag of een dag later."));
  auto nonsense = staff.post("/beheer/adresbestand/" + ria + "/gesprek", {{"outcome", "geen-gehoor"}, {"call_back_on", "31-02-2027"}});
  EXPECT_EQ(nonsense.status, 422);
  EXPECT_EQ(staff.post("/beheer/adresbestand/" + ria + "/gesprek", {{"outcome", "misschien"}}).status, 422);
  ASSERT_EQ(staff.post("/beheer/adresbestand/" + ria + "/gesprek",
                       {{"outcome", "geen-gehoor"}, {"call_back_on", tomorrow}, {"note", "Na vijven"}}).status,
            303);

  list = staff.get("/bellen");
  EXPECT_TRUE(page_says(list.body, "Nu bellen: Repair Café Zeist")) << "voicemail: try again";
  EXPECT_FALSE(page_says(list.body, "Taalhuis Overvecht")) << "reached: off the list";
  EXPECT_FALSE(page_says(list.body, "Kookclub De Pan")) << "back tomorrow";
  EXPECT_TRUE(page_says(list.body, "1 om te bellen, 1 later terugbellen."));

  app().clock.advance(86400);
  staff = staff_browser("medewerker@voorbeeld.nl");  // a staff session ends after 30 idle minutes
  list = staff.get("/bellen");
  EXPECT_TRUE(page_says(list.body, "Nu bellen: Kookclub De Pan"));
  EXPECT_TRUE(page_says(list.body, "Terugbellen: " + outreach::format_date(tomorrow)));

  auto page = staff.get("/beheer/adresbestand/" + fatima);
  EXPECT_TRUE(page_says(page.body, "Heeft geantwoord (nu)"));
  EXPECT_TRUE(page_says(page.body, "Bereikt, Wil meedoen"));
  auto ria_page = staff.get("/beheer/adresbestand/" + ria);
  EXPECT_TRUE(page_says(ria_page.body, "Na vijven"));
  EXPECT_TRUE(page_says(ria_page.body, "Gebeld: Geen gehoor, terugbellen op " + outreach::format_date(tomorrow)));
}

TEST_F(CallListHttpTest, ALinkingPinSeesAndWorksOnlyTheirOwnContacts) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  auto pin = linking_pin("pin@voorbeeld.nl");
  auto other_pin = linking_pin("andere-pin@voorbeeld.nl");
  auto jan = contact("jan@repair.example");
  auto fatima = contact("fatima@taalhuis.example");
  auto ria = contact("ria@depan.example");
  staff.get("/beheer/adresbestand");
  auto assigned = staff.post("/beheer/adresbestand/toewijzen",
                             {{"contact", std::to_string(jan->id)}, {"contact", std::to_string(fatima->id)},
                              {"linking_pin", std::to_string(account_id("pin@voorbeeld.nl"))}});
  ASSERT_EQ(assigned.status, 303);
  EXPECT_TRUE(page_says(staff.follow(assigned).body, "Toegewezen: 2 contacten."));
  staff.get("/beheer/adresbestand/" + std::to_string(ria->id));
  ASSERT_EQ(staff.post("/beheer/adresbestand/" + std::to_string(ria->id) + "/linkingpin",
                       {{"linking_pin", std::to_string(account_id("andere-pin@voorbeeld.nl"))}}).status,
            303);

  auto mine = pin.get("/beheer/adresbestand");
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(page_says(mine.body, "Mijn contacten"));
  EXPECT_TRUE(page_says(mine.body, "Repair Café Zeist"));
  EXPECT_TRUE(page_says(mine.body, "Taalhuis Overvecht"));
  EXPECT_FALSE(page_says(mine.body, "Kookclub De Pan"));
  EXPECT_FALSE(page_says(mine.body, "Lijst inlezen"));
  auto calls = pin.get("/bellen");
  EXPECT_TRUE(page_says(calls.body, "2 om te bellen"));
  EXPECT_FALSE(page_says(calls.body, "Kookclub De Pan"));

  std::string others = std::to_string(ria->id);
  EXPECT_EQ(pin.get("/beheer/adresbestand/" + others).status, 403);
  EXPECT_EQ(pin.get("/bellen/" + others).status, 403);
  EXPECT_EQ(pin.get("/beheer/adresbestand/" + others + "/bewerken").status, 403);
  pin.get("/bellen");
  EXPECT_EQ(pin.post("/beheer/adresbestand/" + others + "/gesprek", {{"outcome", "voicemail"}}).status, 403);
  EXPECT_EQ(pin.post("/beheer/adresbestand/" + others + "/uitnodiging", {}).status, 403);
  EXPECT_EQ(pin.get("/beheer/adresbestand/inlezen").status, 403);
  EXPECT_EQ(pin.get("/beheer/uitnodigingen").status, 403);
  EXPECT_EQ(other_pin.get("/beheer/adresbestand/" + std::to_string(jan->id)).status, 403);

  std::string own = std::to_string(jan->id);
  EXPECT_EQ(pin.get("/bellen/" + own).status, 200);
  ASSERT_EQ(pin.post("/beheer/adresbestand/" + own + "/gesprek", {{"outcome", "bereikt:twijfelt"}}).status, 303);
  auto reach = staff.get("/beheer/linkingpins");
  EXPECT_TRUE(page_says(reach.body, "pin@voorbeeld.nl 2 1 0 0")) << "assigned 2, reached 1, joined 0, brought in 0";
  auto log = staff.get("/beheer/logboek");
  EXPECT_TRUE(page_says(log.body, "Gebeld: Bereikt – Twijfelt"));
}

TEST_F(CallListHttpTest, WhileOnThePhoneTheCallerSendsALoginMailOrAnInvitation) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  auto jan_account = member("jan@repair.example");  // Jan has logged in before
  std::string jan = contact_path("jan@repair.example").substr(std::string("/beheer/adresbestand/").size());
  int before = mail_count_to("jan@repair.example");
  auto card = staff.get("/bellen/" + jan);
  EXPECT_TRUE(page_says(card.body, "Stuur een inlogmail"));
  auto sent = staff.post("/beheer/adresbestand/" + jan + "/inlogmail", {{"next", "/bellen/" + jan}});
  ASSERT_EQ(sent.status, 303);
  EXPECT_EQ(sent.location(), "/bellen/" + jan);
  ASSERT_TRUE(wait_for_mail_count("jan@repair.example", before + 1));
  EXPECT_EQ(find_code(wait_for_mail_to("jan@repair.example")->text).size(), 6u);

  std::string ria = contact_path("ria@depan.example").substr(std::string("/beheer/adresbestand/").size());
  card = staff.get("/bellen/" + ria);
  EXPECT_FALSE(page_says(card.body, "Stuur een inlogmail")) << "no account yet";
  EXPECT_EQ(staff.post("/beheer/adresbestand/" + ria + "/inlogmail", {}).status, 303);
  ASSERT_EQ(staff.post("/beheer/adresbestand/" + ria + "/uitnodiging", {{"next", "/bellen/" + ria}}).status, 303);
  ASSERT_TRUE(wait_for_mail_count("ria@depan.example", 1));
  EXPECT_FALSE(link_in_mail("ria@depan.example", "/meedoen?t=").empty());
  EXPECT_TRUE(page_says(staff.get("/beheer/adresbestand/" + ria).body, "Uitnodiging gestuurd"));
}

}  // namespace
}  // namespace omzien::test
