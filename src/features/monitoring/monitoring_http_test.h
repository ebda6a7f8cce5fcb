// The monitor tests' known situation, built the way staff and initiatives make it: a pasted list,
// invitations, a claim through the personal link, a profile filled in, an answer, a LinkingPin.
#pragma once

#include <string>

#include "features/initiatives/initiative_store.h"
#include "features/monitoring/funnel_steps.h"
#include "features/monitoring/monitor_csv.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {

class MonitoringHttpTest : public OutreachHttpTest {
 protected:
  // Jan (Zeist): invited, claims the profile staff set up, fills it in: every step.
  // Fatima (Utrecht): invited, says she wants to join, given to a LinkingPin.
  // Ria (Houten): only in the file.
  HttpClient build_known_situation() {
    auto staff = staff_browser("medewerker@voorbeeld.nl");
    import_list(staff);
    std::string jan = contact_path("jan@repair.example");
    staff.get(jan);
    EXPECT_EQ(staff.post(jan + "/profiel", {{"name", "Repair Café Zeist"}, {"themes", "duurzaamheid-energie"},
                                            {"sentence", "Samen spullen repareren."}}).status,
              303);
    EXPECT_EQ(staff.post(jan + "/uitnodiging", {}).status, 303);
    EXPECT_TRUE(wait_for_mail_count("jan@repair.example", 1));
    std::string link = link_in_mail("jan@repair.example", "/meedoen?t=");
    auto owner = new_browser();
    owner.get(link);
    EXPECT_EQ(owner.post("/meedoen", {{"t", link.substr(link.find("t=") + 2)}}).status, 303);
    auto profile = app().db->read(
        [](db::Connection& c) { return initiatives::find_initiative_by_name(c, "Repair Café Zeist", "GM0355"); });
    EXPECT_TRUE(profile);
    std::string edit = "/initiatieven/" + profile->slug + "/bewerken";
    owner.get(edit);
    auto saved = owner.post(edit, {{"name", "Repair Café Zeist"},
                                   {"municipality_code", "GM0355"},
                                   {"themes", "duurzaamheid-energie"},
                                   {"sentence", "Samen spullen repareren."},
                                   {"contact_email", "info@repair.example"},
                                   {"email_public", "ja"},
                                   {"description", "Elke zaterdag in het buurthuis."},
                                   {"target_groups", "buurtbewoners"},
                                   {"opening_times", "Zaterdag 10:00 tot 13:00"},
                                   {"place", "Zeist"},
                                   {"website", "https://repair.example"}});
    EXPECT_EQ(saved.status, 303) << saved.body;

    std::string fatima = contact_path("fatima@taalhuis.example");
    staff.get(fatima);
    EXPECT_EQ(staff.post(fatima + "/uitnodiging", {}).status, 303);
    EXPECT_EQ(staff.post(fatima + "/antwoord", {{"answer", "wil-meedoen"}}).status, 303);
    linking_pin("pin@voorbeeld.nl");
    EXPECT_EQ(staff.post(fatima + "/linkingpin", {{"linking_pin", std::to_string(account_id("pin@voorbeeld.nl"))}}).status,
              303);
    return staff;
  }

  std::string this_week() {
    return monitoring::week_date(monitoring::week_starts(app().clock.now(), 1).back());
  }
};

}  // namespace omzien::test
