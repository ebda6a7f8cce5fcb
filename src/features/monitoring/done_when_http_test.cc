// The cockpit's "done when", as staff would try it: paste 150 rows from a spreadsheet, send the
// invitations at a gentle rate, three contacts claim the profile staff set up for them and one
// fills it in, and the monitor shows the funnel, per municipality, with exactly those numbers.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "core/csv.h"
#include "features/initiatives/initiative_store.h"
#include "features/monitoring/monitoring_http_test.h"

namespace omzien::test {
namespace {

constexpr int kRows = 150;
const std::vector<std::string> kTowns = {"Zeist", "Utrecht", "Houten", "De Bilt", "Amersfoort"};

std::string address(int i) { return "contact" + std::to_string(i) + "@initiatief.example"; }
std::string initiative(int i) { return "Initiatief " + std::to_string(i); }

// 150 rows as cells copied from a spreadsheet: tabs, a header, Dutch phone numbers.
std::string spreadsheet() {
  std::string list = "Naam initiatief\tContactpersoon\tE-mail\tTelefoon\tGemeente\tOpmerkingen\r\n";
  for (int i = 0; i < kRows; ++i) {
    char phone[16];
    std::snprintf(phone, sizeof phone, "06-12%06d", i);
    list += initiative(i) + "\tPersoon " + std::to_string(i) + "\t" + address(i) + "\t" + phone + "\t" +
            kTowns[i % kTowns.size()] + "\t\r\n";
  }
  return list;
}

TEST_F(MonitoringHttpTest, DoneWhenStaffPasteAHundredAndFiftyRowsInviteAndTheMonitorMatches) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto preview_page = preview(staff, spreadsheet());
  ASSERT_EQ(preview_page.status, 200);
  EXPECT_TRUE(page_says(preview_page.body, "150 regels: 150 nieuw, 0 al bekend")) << preview_page.body.substr(0, 4000);
  ASSERT_EQ(confirm(staff, preview_page, kListColumns).status, 200);
  ASSERT_EQ(contact_count(), kRows);

  // Staff set up a profile for three of them (two in Zeist, one in Utrecht), waiting to be claimed.
  const std::vector<int> claimers = {0, 5, 1};
  for (int i : claimers) {
    std::string path = contact_path(address(i));
    staff.get(path);
    ASSERT_EQ(staff.post(path + "/profiel", {{"name", initiative(i)}, {"themes", "duurzaamheid-energie"},
                                             {"sentence", "Samen iets goeds doen in de buurt."}}).status,
              303);
  }

  // The invitation to everyone, 60 a minute.
  staff.get("/beheer/uitnodigingen/nieuw");
  auto made = staff.post("/beheer/uitnodigingen", {{"name", "Eerste ronde"}, {"subject", "Zet {initiatief} op Omzien"},
                                                   {"body", "Beste {naam},\n\n{link}\n\nGroet"}, {"reminder_days", "0"},
                                                   {"per_minute", "60"}, {"filter_stage", ""}, {"filter_municipality", ""},
                                                   {"filter_linking_pin", ""}});
  ASSERT_EQ(made.status, 303) << made.body;
  std::string campaign = made.location();
  staff.get(campaign);
  auto started = staff.post(campaign + "/versturen", {{"confirm", "ja"}});
  EXPECT_TRUE(page_says(staff.follow(started).body, "Het versturen is begonnen: 150 mails, 60 per minuut."));
  for (int minute = 0; minute < 2; ++minute) {
    app().clock.advance(61);
    app().run_scheduled_jobs();
  }
  EXPECT_TRUE(page_says(staff.get(campaign).body, "Verstuurd: 150. Wacht nog: 0."));

  // The three claim through their personal link; the first fills the profile in.
  for (int i : claimers) {
    ASSERT_TRUE(wait_for_mail_count(address(i), 1)) << address(i);
    std::string link = link_in_mail(address(i), "/meedoen?t=");
    auto owner = new_browser();
    owner.get(link);
    ASSERT_EQ(owner.post("/meedoen", {{"t", link.substr(link.find("t=") + 2)}}).status, 303);
    if (i != claimers.front()) continue;
    auto profile = app().db->read(
        [&](db::Connection& c) { return initiatives::find_initiative_by_name(c, initiative(i), "GM0355"); });
    ASSERT_TRUE(profile);
    std::string edit = "/initiatieven/" + profile->slug + "/bewerken";
    owner.get(edit);
    ASSERT_EQ(owner.post(edit, {{"name", initiative(i)}, {"municipality_code", "GM0355"},
                                {"themes", "duurzaamheid-energie"}, {"sentence", "Samen iets goeds doen in de buurt."},
                                {"contact_email", "info@initiatief.example"}, {"email_public", "ja"},
                                {"description", "Elke zaterdag in het buurthuis."}, {"target_groups", "buurtbewoners"},
                                {"opening_times", "Zaterdag 10:00 tot 13:00"}, {"place", "Zeist"},
                                {"website", "https://initiatief.example"}}).status,
              303);
  }

  auto page = staff.get("/beheer/monitor");
  EXPECT_TRUE(page_says(page.body, "In het adresbestand 150 – 100%")) << page.body;
  EXPECT_TRUE(page_says(page.body, "Benaderd (gemaild of gebeld) 150 100% 100%"));
  EXPECT_TRUE(page_says(page.body, "Profiel aangemaakt 3 100% 2%"));
  EXPECT_TRUE(page_says(page.body, "Profiel compleet 1 33% 1%"));
  EXPECT_TRUE(page_says(page.body, "Actief in de laatste 90 dagen 3 100% 2%"));
  // Per municipality: 30 each, everyone mailed; profiles where they were claimed.
  EXPECT_TRUE(page_says(page.body, "Zeist 30 30 2 2 1 2"));
  EXPECT_TRUE(page_says(page.body, "Utrecht 30 30 1 1 0 1"));
  for (const char* town : {"Houten", "De Bilt", "Amersfoort"})
    EXPECT_TRUE(page_says(page.body, std::string(town) + " 30 30 0 0 0 0")) << town;
  // And the filtered view of one municipality says the same as its row.
  EXPECT_TRUE(page_says(staff.get("/beheer/monitor?gemeente=GM0355").body, "Profiel aangemaakt 2 100% 7%"));
}

}  // namespace
}  // namespace omzien::test
