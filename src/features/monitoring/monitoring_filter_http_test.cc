// The monitor's filters as staff use them: plain GET parameters for municipality, theme,
// LinkingPin and period, a clear message for a wrong value, and a CSV that holds the same
// filtered numbers. And "actief" in past weeks, counted from when the monitor began recording it.
#include <gtest/gtest.h>

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/csv.h"
#include "features/monitoring/funnel_steps.h"
#include "features/monitoring/monitor_csv.h"
#include "features/monitoring/monitoring_http_test.h"

namespace omzien::test {
namespace {

TEST_F(MonitoringHttpTest, FiltersByMunicipalityThemeAndLinkingPinAndTheCsvFollows) {
  auto staff = build_known_situation();
  auto utrecht = staff.get("/beheer/monitor?gemeente=GM0344");
  ASSERT_EQ(utrecht.status, 200);
  EXPECT_TRUE(page_says(utrecht.body, "In het adresbestand 1 – 100%")) << utrecht.body;
  EXPECT_TRUE(page_says(utrecht.body, "Wil meedoen 1 100% 100%"));
  EXPECT_TRUE(page_says(utrecht.body, "Download deze getallen als CSV-bestand"));
  EXPECT_NE(utrecht.body.find("href=\"/beheer/monitor.csv?gemeente=GM0344\""), std::string::npos);

  auto theme = staff.get("/beheer/monitor?thema=duurzaamheid-energie");
  EXPECT_TRUE(page_says(theme.body, "In het adresbestand 1 – 100%"));
  EXPECT_TRUE(page_says(theme.body, "Profiel compleet 1 100% 100%"));

  std::string pin = std::to_string(account_id("pin@voorbeeld.nl"));
  auto by_pin = staff.get("/beheer/monitor?linkingpin=" + pin);
  EXPECT_TRUE(page_says(by_pin.body, "In het adresbestand 1 – 100%"));
  EXPECT_TRUE(page_says(staff.get("/beheer/monitor?linkingpin=geen").body, "In het adresbestand 2 – 100%"));

  auto file = staff.get("/beheer/monitor.csv?gemeente=GM0355");
  ASSERT_EQ(file.status, 200);
  auto table = csv::read(file.body);
  bool filter_row = false, funnel_row = false;
  for (const auto& row : table.rows) {
    filter_row |= row.cells == std::vector<std::string>{"Filter", "Gemeente", "Zeist", ""};
    funnel_row |= row.cells == std::vector<std::string>{"Trechter", "Alle contacten", "In het adresbestand", "1"};
    for (const auto& cell : row.cells) EXPECT_EQ(cell.find("Houten"), std::string::npos) << "filtered out";
  }
  EXPECT_TRUE(filter_row) << file.body;
  EXPECT_TRUE(funnel_row) << file.body;
  auto pin_file = staff.get("/beheer/monitor.csv?linkingpin=" + pin);
  EXPECT_EQ(pin_file.body.find("pin@voorbeeld.nl"), std::string::npos) << "an export names no LinkingPin";
  EXPECT_NE(pin_file.body.find("Filter;LinkingPin;Eén LinkingPin"), std::string::npos) << pin_file.body;
}

TEST_F(MonitoringHttpTest, AWrongFilterGetsAMessageByTheFieldAndTheRestStillApplies) {
  auto staff = build_known_situation();
  auto wrong = staff.get("/beheer/monitor?gemeente=GM9999&van=31-2-2026&thema=onzin");
  ASSERT_EQ(wrong.status, 200);
  EXPECT_TRUE(page_says(wrong.body, "Kies een gemeente uit de lijst."));
  EXPECT_TRUE(page_says(wrong.body, "Kies een thema uit de lijst."));
  EXPECT_TRUE(page_says(wrong.body, "Vul een datum in zoals 2026-09-01 of 1-9-2026."));
  EXPECT_EQ(input_value(wrong.body, "van"), "31-2-2026") << "what was typed stays";
  EXPECT_TRUE(page_says(wrong.body, "In het adresbestand 3 – 100%"));

  auto backwards = staff.get("/beheer/monitor?gemeente=GM0355&van=2026-11-01&tot=2026-10-01");
  EXPECT_TRUE(page_says(backwards.body, "De einddatum moet na de begindatum liggen."));
  EXPECT_TRUE(page_says(backwards.body, "In het adresbestand 1 – 100%")) << "the municipality still applies";
}

TEST_F(MonitoringHttpTest, APeriodShowsItsWeeksAndTheStateAtItsEnd) {
  auto staff = build_known_situation();
  // A period that ended before anyone was in the address file: all zeros, at that date.
  auto before = staff.get("/beheer/monitor?van=2020-01-06&tot=2020-02-02");
  ASSERT_EQ(before.status, 200);
  EXPECT_TRUE(page_says(before.body, "Stand aan het eind van 2 februari 2020.")) << before.body.substr(0, 3000);
  EXPECT_TRUE(page_says(before.body, "In het adresbestand 0 – –"));
  EXPECT_TRUE(page_says(before.body, "6 jan 2020"));
  EXPECT_TRUE(page_says(before.body, "27 jan 2020"));
  EXPECT_FALSE(page_says(before.body, "3 feb 2020"));
}

// Searches are counted per week, so a period counts its weeks whole: from the Monday of the week
// of `van` up to and including the Sunday of the week of `tot`. Each search is made twice, as the
// CSV leaves out searches made once.
TEST_F(MonitoringHttpTest, SearchesThatFoundNothingCountOnlyWithinThePeriod) {
  Seconds first_day = app().clock.now();
  for (int i = 0; i < 2; ++i) new_browser().get("/zoeken?q=kangoeroes+africhten");
  app().clock.advance(21 * 86400);
  for (int i = 0; i < 2; ++i) new_browser().get("/zoeken?q=olifanten+wassen");
  auto staff = staff_browser("medewerker@voorbeeld.nl");

  // A period that ended a week after the first searches: the later ones do not count.
  std::string period = "van=" + format_date_input(first_day - 86400) + "&tot=" + format_date_input(first_day + 7 * 86400);
  Seconds monday = monitoring::week_starts(first_day - 86400, 1).back();
  Seconds sunday = monitoring::week_starts(first_day + 7 * 86400, 1).back() + 6 * 86400 + 12 * 3600;
  auto page = staff.get("/beheer/monitor?" + period);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "kangoeroes africhten 2")) << page.body;
  EXPECT_FALSE(page_says(page.body, "olifanten wassen")) << "searched after the end of the period";
  EXPECT_TRUE(page_says(page.body, "zonder iets te vinden, van maandag " + format_dutch_date(monday) +
                                       " tot en met zondag " + format_dutch_date(sunday) + "."));
  EXPECT_FALSE(page_says(page.body, "de laatste 12 weken naar zochten"));
  auto file = staff.get("/beheer/monitor.csv?" + period);
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.body.find("Zoekopdrachten zonder resultaat, " + monitoring::week_date(monday) + " tot en met " +
                           monitoring::week_date(sunday) + ";kangoeroes africhten;Keer gezocht;2"),
            std::string::npos) << file.body;
  EXPECT_EQ(file.body.find("olifanten"), std::string::npos) << file.body;
  EXPECT_EQ(file.body.find("12 weken"), std::string::npos);

  // A period from two weeks after the first searches until now: only the later ones count.
  auto later = staff.get("/beheer/monitor?van=" + format_date_input(first_day + 14 * 86400));
  EXPECT_TRUE(page_says(later.body, "olifanten wassen 2")) << later.body;
  EXPECT_FALSE(page_says(later.body, "kangoeroes africhten"));
  EXPECT_TRUE(page_says(later.body, "tot en met vandaag, " + format_dutch_date(app().clock.now()) + "."));
}

TEST_F(MonitoringHttpTest, ActiveInPastWeeksIsCountedFromWhenRecordingBegan) {
  auto staff = build_known_situation();
  EXPECT_TRUE(page_says(staff.get("/beheer/monitor").body, "Wie actief was, houden we vanaf nu per week bij."));
  app().run_scheduled_jobs();  // records Jan (active) in this week
  std::string recorded_week = monitoring::week_date(monitoring::week_starts(app().clock.now(), 1).back());
  app().clock.advance(14 * 86400);
  auto later = staff_browser("medewerker2@voorbeeld.nl");
  auto page = later.get("/beheer/monitor.csv");
  auto table = csv::read(page.body);
  bool active_then = false;
  for (const auto& row : table.rows)
    active_then |= row.cells == std::vector<std::string>{"Per week (stand aan het eind van de week)",
                                                         "Week van " + recorded_week, "Actief in de laatste 90 dagen", "1"};
  EXPECT_TRUE(active_then) << page.body;
  EXPECT_TRUE(page_says(later.get("/beheer/monitor").body, "Wie actief was, houden we per week bij sinds"));
}

}  // namespace
}  // namespace omzien::test
