// Every member's invite link, and "who brought whom": a LinkingPin shares the link, someone new
// puts an initiative on the platform through it, and the foundation sees it in the reach.
#include <gtest/gtest.h>

#include "features/outreach/funnel.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {
namespace {

class OutreachReferralHttpTest : public OutreachHttpTest {};

TEST_F(OutreachReferralHttpTest, AProfileMadeThroughAnInviteLinkCountsForWhoSharedIt) {
  auto pin = linking_pin("pin@voorbeeld.nl");
  pin.get("/account");
  auto page = pin.get("/uitnodigen");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Wie je binnenbracht"));
  auto at = page.body.find(base_url() + "/via/");
  ASSERT_NE(at, std::string::npos);
  std::string path = page.body.substr(at + base_url().size(), std::string("/via/").size() + 8);
  EXPECT_EQ(pin.get("/uitnodigen").body.find(path) != std::string::npos, true) << "the same link every time";

  auto newcomer = new_browser();
  auto landing = newcomer.get(path);
  EXPECT_EQ(landing.status, 200);
  EXPECT_TRUE(page_says(landing.body, "Je bent uitgenodigd."));
  EXPECT_NE(landing.body.find("/inloggen?verder=%2Fvia%2F"), std::string::npos);
  log_in(newcomer, "nieuw@buurt.example");
  newcomer.get(path);
  auto followed = newcomer.post(path, {});
  ASSERT_EQ(followed.status, 303);
  EXPECT_EQ(followed.location(), "/initiatieven/nieuw");
  newcomer.get("/initiatieven/nieuw");
  auto created = newcomer.post("/initiatieven", {{"name", "Buurtmoestuin De Wortel"}, {"municipality_code", "GM0355"},
                                                 {"themes", "groen-natuur"}, {"sentence", "Samen tuinieren."},
                                                 {"contact_email", "nieuw@buurt.example"}, {"email_public", "ja"}});
  ASSERT_EQ(created.status, 303) << created.body;

  auto brought = outreach::who_brought_whom(app());
  ASSERT_EQ(brought.size(), 1u);
  EXPECT_EQ(brought[0].referrer_account_id, account_id("pin@voorbeeld.nl"));
  EXPECT_EQ(brought[0].account_id, account_id("nieuw@buurt.example"));
  EXPECT_TRUE(page_says(pin.get("/uitnodigen").body, "Buurtmoestuin De Wortel"));
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto reach = staff.get("/beheer/linkingpins");
  EXPECT_TRUE(page_says(reach.body, "pin@voorbeeld.nl 0 0 0 1"));
  EXPECT_TRUE(page_says(reach.body, "Buurtmoestuin De Wortel , binnengebracht door pin@voorbeeld.nl"));  // a link, then text

  // Saving the profile again does not count it twice; one's own link does not count at all.
  newcomer.get("/initiatieven/nieuw");
  EXPECT_EQ(outreach::who_brought_whom(app()).size(), 1u);
  pin.get(path);
  ASSERT_EQ(pin.post(path, {}).status, 303);
  EXPECT_EQ(new_browser().get("/via/onbekend").status, 404);
  EXPECT_EQ(new_browser().get("/via/abcdefgh").status, 404);
}

}  // namespace
}  // namespace omzien::test
