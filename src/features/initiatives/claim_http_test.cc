// Claiming an imported profile over real HTTP, with the mail through a real SMTP server.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "audit/audit.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_store.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

class ClaimHttpTest : public HttpTest {
 protected:
  // An imported, unclaimed profile whose contact address is `email`; returns its slug.
  std::string import_profile(const std::string& name, const std::string& email) {
    std::string json = R"([{"id": "C-)" + name + R"(", "name": ")" + name +
                       R"(", "summary": "We helpen buren.", "themes": ["wonen-buurt"], "municipality": "Zeist",
                           "email": ")" + email + R"("}])";
    auto report = initiatives::import_initiatives(app(), json);
    EXPECT_TRUE(report && report->created == 1);
    return profile(name).slug;
  }
  initiatives::Initiative profile(const std::string& name) {
    auto found = app().db->read([&](db::Connection& c) { return initiatives::find_initiative_by_name(c, name, "GM0355"); });
    EXPECT_TRUE(found) << name;
    return found ? *found : initiatives::Initiative{};
  }
  // Waits until `count` mails to `address` arrived (since the test started).
  bool wait_for_mail_count(const std::string& address, int count) {
    for (int i = 0; i < 250 && mail_count_to(address) < count; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return mail_count_to(address) >= count;
  }
  // Staff send the claim link; returns the link's path and query ("/claimen?t=...").
  std::string send_claim_link(HttpClient& staff, const std::string& slug, const std::string& email) {
    int before = mail_count_to(email);
    staff.get("/beheer/initiatieven/" + slug);
    auto sent = staff.post("/beheer/initiatieven/" + slug + "/claimlink", {});
    EXPECT_EQ(sent.status, 303);
    EXPECT_TRUE(wait_for_mail_count(email, before + 1));
    auto mail = wait_for_mail_to(email);
    EXPECT_TRUE(mail);
    if (!mail) return "";
    std::string link = find_link(mail->text, base_url() + "/claimen?t=");
    EXPECT_FALSE(link.empty()) << mail->text;
    EXPECT_NE(mail->html.find("/claimen?t="), std::string::npos);
    return link.substr(base_url().size());
  }
  int managers_of(const initiatives::Initiative& i) {
    return static_cast<int>(app().db->read([&](db::Connection& c) { return initiatives::list_managers(c, i.id); }).size());
  }
};

TEST_F(ClaimHttpTest, OpeningTheLinkChangesNothingAndOnlyTheButtonMakesYouBeheerder) {
  std::string slug = import_profile("Buurthulp Het Hoekje", "hoekje@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string link = send_claim_link(staff, slug, "hoekje@voorbeeld.nl");
  ASSERT_FALSE(link.empty());

  auto scanner = new_browser();
  for (int i = 0; i < 2; ++i) {
    auto page = scanner.get(link);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page_says(page.body, "Neem het profiel van Buurthulp Het Hoekje over"));
    EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
  }
  EXPECT_FALSE(profile("Buurthulp Het Hoekje").claimed) << "a GET (a mail scanner) must not claim";
  EXPECT_EQ(managers_of(profile("Buurthulp Het Hoekje")), 0);

  auto claimant = new_browser();
  claimant.get(link);
  auto pressed = claimant.post("/claimen", {{"t", link.substr(link.find("t=") + 2)}});
  ASSERT_EQ(pressed.status, 303) << pressed.body;
  EXPECT_NE(pressed.location().find(slug), std::string::npos) << "to the profile (after the welcome page): " << pressed.location();
  auto landed = claimant.get("/initiatieven/" + slug);
  EXPECT_TRUE(page_says(landed.body, "Profiel bewerken")) << "logged in and beheerder";
  EXPECT_TRUE(page_says(claimant.get("/mijn-initiatieven").body, "Buurthulp Het Hoekje"));
  auto claimed = profile("Buurthulp Het Hoekje");
  EXPECT_TRUE(claimed.claimed);
  EXPECT_EQ(managers_of(claimed), 1);
  auto history = audit::list_entries(*app().db, "initiative:" + std::to_string(claimed.id), 10);
  ASSERT_FALSE(history.empty());
  EXPECT_EQ(history[0].action, "initiative.claim");
  EXPECT_EQ(history[0].actor_label.find('@'), std::string::npos) << "no addresses in the audit log";
  EXPECT_FALSE(page_says(new_browser().get("/initiatieven/" + slug).body, "nog niet geclaimd"));
}

TEST_F(ClaimHttpTest, ALinkWorksOnceAndTheSecondTimeExplainsWhatToDo) {
  std::string slug = import_profile("Repaircafé De Schroef", "schroef@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string link = send_claim_link(staff, slug, "schroef@voorbeeld.nl");
  std::string token = link.substr(link.find("t=") + 2);
  auto first = new_browser();
  first.get(link);
  ASSERT_EQ(first.post("/claimen", {{"t", token}}).status, 303);
  auto second = new_browser();
  auto page = second.get(link);
  EXPECT_EQ(page.status, 410);
  EXPECT_TRUE(page_says(page.body, "Deze link is al gebruikt"));
  second.get("/inloggen");  // a page with a form, for the CSRF token
  auto again = second.post("/claimen", {{"t", token}});
  EXPECT_EQ(again.status, 410);
  EXPECT_TRUE(second.cookie("omzien_session").empty()) << "refused: not logged in";
  EXPECT_EQ(managers_of(profile("Repaircafé De Schroef")), 1);
}

TEST_F(ClaimHttpTest, AnExpiredOrReplacedLinkIsRefusedWithADutchPage) {
  std::string slug = import_profile("Soepclub Zeist", "soep@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string older = send_claim_link(staff, slug, "soep@voorbeeld.nl");
  std::string newer = send_claim_link(staff, slug, "soep@voorbeeld.nl");
  ASSERT_NE(older, newer);
  auto replaced = new_browser().get(older);
  EXPECT_EQ(replaced.status, 410);
  EXPECT_TRUE(page_says(replaced.body, "Deze link werkt niet meer"));
  EXPECT_EQ(new_browser().get(newer).status, 200);
  app().clock.advance(31 * 86400);
  auto browser = new_browser();
  auto expired = browser.get(newer);
  EXPECT_EQ(expired.status, 410);
  EXPECT_TRUE(page_says(expired.body, "werkt 30 dagen"));
  browser.get("/inloggen");
  EXPECT_EQ(browser.post("/claimen", {{"t", newer.substr(newer.find("t=") + 2)}}).status, 410);
  EXPECT_FALSE(profile("Soepclub Zeist").claimed);
  EXPECT_EQ(new_browser().get("/claimen?t=onzin").status, 410);
}

TEST_F(ClaimHttpTest, StaffCannotSendAClaimLinkForAClaimedProfileOrTooOften) {
  std::string slug = import_profile("Taalhuis Zeist", "taal@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/initiatieven/" + slug);
  for (int i = 0; i < 3; ++i) {
    auto sent = staff.post("/beheer/initiatieven/" + slug + "/claimlink", {});
    EXPECT_EQ(sent.status, 303);
    EXPECT_TRUE(page_says(staff.follow(sent).body, "De claimlink is verstuurd naar taal@voorbeeld.nl"));
  }
  auto refused = staff.post("/beheer/initiatieven/" + slug + "/claimlink", {});
  auto flashed = staff.follow(refused);
  EXPECT_TRUE(page_says(flashed.body, "Er zijn net al claimlinks verstuurd")) << flashed.body;
  EXPECT_TRUE(wait_for_mail_count("taal@voorbeeld.nl", 3));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(mail_count_to("taal@voorbeeld.nl"), 3);

  auto owner = new_browser();
  log_in(owner, "eigenaar@voorbeeld.nl");
  owner.get("/initiatieven/nieuw");
  ASSERT_EQ(owner.post("/initiatieven", {{"name", "Eigen Club"}, {"municipality_code", "GM0355"}, {"themes", "cultuur"},
                                         {"sentence", "Wij zingen."}, {"contact_email", "club@voorbeeld.nl"}})
                .status,
            303);
  auto claimed = staff.post("/beheer/initiatieven/eigen-club/claimlink", {});
  EXPECT_TRUE(page_says(staff.follow(claimed).body, "Dit profiel heeft al beheerders"));
}

}  // namespace
}  // namespace omzien::test
