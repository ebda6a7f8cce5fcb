// The privacy page promises that the address file forgets a contact after two years without
// contact; this checks the scheduled job keeps that promise, and keeps whoever was in touch.
#include <gtest/gtest.h>

#include "app/app.h"
#include "features/outreach/outreach_http_test.h"
#include "features/outreach/retention.h"

namespace omzien::test {
namespace {

class RetentionHttpTest : public OutreachHttpTest {};

TEST_F(RetentionHttpTest, ContactsWithoutContactForTwoYearsAreDeletedAndTheOthersStay) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  ASSERT_EQ(contact_count(), 3);
  app().run_scheduled_jobs();
  EXPECT_EQ(contact_count(), 3) << "fresh contacts stay";

  app().clock.advance(outreach::kContactRetention - 7 * 86400);
  // A week before the two years are up, a caller reaches Ria: her two years start again.
  auto caller = staff_browser("beller@voorbeeld.nl");
  std::string ria = contact_path("ria@depan.example");
  caller.get("/bellen/" + ria.substr(ria.rfind('/') + 1));
  ASSERT_EQ(caller.post(ria + "/gesprek", {{"outcome", "voicemail"}}).status, 303);
  app().clock.advance(8 * 86400);
  app().run_scheduled_jobs();
  EXPECT_EQ(contact_count(), 1);
  EXPECT_TRUE(contact("ria@depan.example"));
  EXPECT_FALSE(contact("jan@repair.example"));
  auto later = staff_browser("later@voorbeeld.nl");  // sessions end when idle; a new one
  auto list = later.get("/beheer/adresbestand").body;
  EXPECT_TRUE(page_says(list, "Kookclub De Pan"));
  EXPECT_FALSE(page_says(list, "Repair Café Zeist"));
}

}  // namespace
}  // namespace omzien::test
