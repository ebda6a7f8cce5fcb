// Staff give an initiative to a LinkingPin directly (issue 7): she finds it on her call list with
// the beheerder to call, another LinkingPin does not, and the change is in the profile's history.
#include <gtest/gtest.h>

#include "audit/audit.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {
namespace {

class LinkingPinInitiativeHttpTest : public OutreachHttpTest {
 protected:
  // Sets up the profile "Repair Café Zeist" from Jan's contact, so the contact is linked to it.
  initiatives::Initiative set_up_repair_cafe(HttpClient& staff) {
    import_list(staff);
    std::string jan = contact_path("jan@repair.example");
    staff.get(jan);
    auto set_up = staff.post(
        jan + "/profiel",
        {{"name", "Repair Café Zeist"}, {"themes", "duurzaamheid-energie"}, {"sentence", "Samen spullen repareren."}});
    EXPECT_EQ(set_up.status, 303) << set_up.body;
    auto profile = app().db->read(
        [](db::Connection& c) { return initiatives::find_initiative_by_name(c, "Repair Café Zeist", "GM0355"); });
    EXPECT_TRUE(profile);
    return profile.value_or(initiatives::Initiative{});
  }
};

TEST_F(LinkingPinInitiativeHttpTest, StaffGiveAnInitiativeAndOnlyThatLinkingPinSeesItOnHerCallList) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto profile = set_up_repair_cafe(staff);
  auto pin = linking_pin("pin@voorbeeld.nl");
  auto other_pin = linking_pin("andere-pin@voorbeeld.nl");
  std::string page = "/beheer/initiatieven/" + profile.slug + "/linkingpin";

  EXPECT_TRUE(page_says(staff.get("/beheer/initiatieven/" + profile.slug).body, "LinkingPin kiezen"));
  auto choice = staff.get(page);
  ASSERT_EQ(choice.status, 200);
  EXPECT_TRUE(page_says(choice.body, "Wie benadert dit initiatief?"));
  EXPECT_TRUE(page_says(choice.body, "pin@voorbeeld.nl"));
  auto saved = staff.post(page, {{"linking_pin", std::to_string(account_id("pin@voorbeeld.nl"))}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_TRUE(page_says(staff.follow(saved).body, "De LinkingPin is bewaard."));

  auto calls = pin.get("/bellen");
  ASSERT_EQ(calls.status, 200);
  EXPECT_TRUE(page_says(calls.body, "Jouw initiatieven"));
  EXPECT_TRUE(page_says(calls.body, "Repair Café Zeist · Zeist"));
  EXPECT_NE(calls.body.find("href=\"/initiatieven/" + profile.slug + "\""), std::string::npos);
  EXPECT_TRUE(page_says(calls.body, "Bellen: Jan de Vries · 06 12345678"))
      << "the linked contact, to call its beheerder";
  EXPECT_NE(calls.body.find("href=\"tel:+31612345678\""), std::string::npos);

  EXPECT_TRUE(page_says(staff.get("/beheer/linkingpins").body, "pin@voorbeeld.nl 0 0 0 0 1"))
      << "no contacts of her own, one initiative";

  auto others = other_pin.get("/bellen");
  ASSERT_EQ(others.status, 200);
  EXPECT_FALSE(page_says(others.body, "Repair Café Zeist"));
  EXPECT_FALSE(page_says(others.body, "Jouw initiatieven"));
  EXPECT_EQ(other_pin.get(page).status, 403);
  EXPECT_EQ(pin.get(page).status, 403) << "choosing is for staff, also for the LinkingPin herself";

  // Back to none: gone from her list, and both changes are in the profile's history.
  ASSERT_EQ(staff.post(page, {{"linking_pin", "geen"}}).status, 303);
  EXPECT_FALSE(page_says(pin.get("/bellen").body, "Repair Café Zeist"));
  auto history = staff.get("/beheer/initiatieven/" + profile.slug);
  EXPECT_TRUE(page_says(history.body, "LinkingPin gekoppeld: pin@voorbeeld.nl benadert Repair Café Zeist"));
  EXPECT_TRUE(page_says(history.body, "LinkingPin ontkoppeld van Repair Café Zeist"));
  auto entries = audit::list_entries(*app().db, "initiative:" + std::to_string(profile.id), 50);
  int pin_lines = 0;
  for (const auto& entry : entries)
    if (entry.action.starts_with("initiative.linking_pin")) ++pin_lines;
  EXPECT_EQ(pin_lines, 2);
}

TEST_F(LinkingPinInitiativeHttpTest, OnlyALinkingPinCanBeChosenAndSavingTheSameChoiceAgainLogsNothing) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto profile = set_up_repair_cafe(staff);
  linking_pin("pin@voorbeeld.nl");
  member("lid@voorbeeld.nl");
  std::string page = "/beheer/initiatieven/" + profile.slug + "/linkingpin";
  staff.get(page);
  EXPECT_EQ(staff.post(page, {{"linking_pin", std::to_string(account_id("lid@voorbeeld.nl"))}}).status, 400)
      << "a member without the role";
  EXPECT_EQ(staff.post(page, {{"linking_pin", "abc"}}).status, 400);
  std::string pin_id = std::to_string(account_id("pin@voorbeeld.nl"));
  ASSERT_EQ(staff.post(page, {{"linking_pin", pin_id}}).status, 303);
  ASSERT_EQ(staff.post(page, {{"linking_pin", pin_id}}).status, 303);
  EXPECT_NE(staff.get(page).body.find("value=\"" + pin_id + "\" selected"), std::string::npos) << "the choice shows";
  int pin_lines = 0;
  for (const auto& entry : audit::list_entries(*app().db, "initiative:" + std::to_string(profile.id), 50))
    if (entry.action.starts_with("initiative.linking_pin")) ++pin_lines;
  EXPECT_EQ(pin_lines, 1);
  EXPECT_EQ(staff.get("/beheer/initiatieven/bestaat-niet/linkingpin").status, 404);
}

}  // namespace
}  // namespace omzien::test
