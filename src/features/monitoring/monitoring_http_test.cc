// The monitor over real HTTP: a known situation built the way staff and initiatives make it
// (a pasted list, an invitation, a claim through the personal link, a profile filled in, an
// answer, searches that found nothing), then the funnel, the breakdowns and the CSV must show
// exactly that. And who may see it, as a table of routes x roles.
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/csv.h"
#include "features/initiatives/initiative_store.h"
#include "features/monitoring/funnel_steps.h"
#include "features/monitoring/monitor_csv.h"
#include "features/monitoring/monitoring.h"
#include "features/monitoring/monitoring_http_test.h"
#include "http/router.h"

namespace omzien::test {
namespace {

bool has_row(const csv::Table& table, const std::vector<std::string>& cells) {
  for (const auto& row : table.rows)
    if (row.cells == cells) return true;
  return false;
}

TEST_F(MonitoringHttpTest, TheFunnelAndEachMunicipalityShowWhatHappened) {
  auto staff = build_known_situation();
  auto page = staff.get("/beheer/monitor");
  ASSERT_EQ(page.status, 200) << page.body;
  // Step, count, share of the step before, share of the address file.
  EXPECT_TRUE(page_says(page.body, "In het adresbestand 3 – 100%")) << page.body;
  EXPECT_TRUE(page_says(page.body, "Benaderd (gemaild of gebeld) 2 67% 67%"));
  EXPECT_TRUE(page_says(page.body, "Wil meedoen 2 100% 67%"));
  EXPECT_TRUE(page_says(page.body, "Profiel aangemaakt 1 50% 33%"));
  EXPECT_TRUE(page_says(page.body, "Profiel compleet 1 100% 33%"));
  EXPECT_TRUE(page_says(page.body, "Actief in de laatste 90 dagen 1 100% 33%")) << "the beheerder just logged in";
  // Per municipality, the six steps in order.
  EXPECT_TRUE(page_says(page.body, "Houten 1 0 0 0 0 0"));
  EXPECT_TRUE(page_says(page.body, "Utrecht 1 1 1 0 0 0"));
  EXPECT_TRUE(page_says(page.body, "Zeist 1 1 1 1 1 1"));
  // Per theme (from the linked profile) and per LinkingPin.
  EXPECT_TRUE(page_says(page.body, "Duurzaamheid en energie 1 1 1 1 1 1")) << page.body;
  EXPECT_TRUE(page_says(page.body, "(nog geen profiel gekoppeld) 2 1 1 0 0 0"));
  EXPECT_TRUE(page_says(page.body, "pin@voorbeeld.nl 1 1 1 0 0 0")) << "staff see who";
  EXPECT_TRUE(page_says(page.body, "(geen LinkingPin) 2 1 1 1 1 1"));
  // Profiles: the claimed one has 10 of its 12 parts (83%).
  EXPECT_TRUE(page_says(page.body, "1 beheerd door het initiatief zelf"));
  EXPECT_TRUE(page_says(page.body, "1 compleet (75% of meer)"));
  EXPECT_TRUE(page_says(page.body, "75 tot 100% 1"));
  EXPECT_TRUE(page_says(page.body, "Gemiddeld 83%."));
  // The charts are images with the same numbers.
  EXPECT_NE(page.body.find("<svg class=\"omzien-chart\" role=\"img\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/beheer/peilingen\""), std::string::npos) << "survey results";
  EXPECT_EQ(page.body.find("jan@repair.example"), std::string::npos) << "no contact's address on the monitor";
  EXPECT_EQ(page.body.find("Jan de Vries"), std::string::npos);
}

TEST_F(MonitoringHttpTest, TheCsvHoldsTheSameNumbersAndNoNamesOrAddresses) {
  auto staff = build_known_situation();
  new_browser().get("/zoeken?q=Kangoeroes+africhten");
  new_browser().get("/zoeken?q=kangoeroes+africhten");
  new_browser().get("/zoeken?q=%3DHYPERLINK%28%22x%22%29");
  auto file = staff.get("/beheer/monitor.csv");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(file.header("Content-Disposition").find("attachment; filename=\"omzien-monitor-"), std::string::npos);
  EXPECT_EQ(file.header("Cache-Control"), "private, no-store");
  auto table = csv::read(file.body);
  ASSERT_FALSE(table.rows.empty());
  EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"Onderdeel", "Groep", "Meting", "Aantal"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "In het adresbestand", "3"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "Benaderd (gemaild of gebeld)", "2"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "Wil meedoen", "2"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "Profiel aangemaakt", "1"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "Profiel compleet", "1"}));
  EXPECT_TRUE(has_row(table, {"Trechter", "Alle contacten", "Actief in de laatste 90 dagen", "1"}));
  EXPECT_TRUE(has_row(table, {"Per gemeente", "Zeist", "Profiel compleet", "1"}));
  EXPECT_TRUE(has_row(table, {"Per gemeente", "Utrecht", "Wil meedoen", "1"}));
  EXPECT_TRUE(has_row(table, {"Per gemeente", "Utrecht", "Profiel aangemaakt", "0"}));
  EXPECT_TRUE(has_row(table, {"Per gemeente", "Houten", "Benaderd (gemaild of gebeld)", "0"}));
  std::string week = "Week van " + this_week();
  EXPECT_TRUE(has_row(table, {"Per week (stand aan het eind van de week)", week, "In het adresbestand", "3"}));
  EXPECT_TRUE(has_row(table, {"Per week (stand aan het eind van de week)", week, "Profiel compleet", "1"}));
  EXPECT_TRUE(has_row(table, {"Per LinkingPin", "LinkingPin 1", "Wil meedoen", "1"})) << "numbered, not named";
  EXPECT_TRUE(has_row(table, {"Volledigheid van profielen", "75 tot 100%", "Profielen", "1"}));
  // The searches of the last 12 weeks (whole weeks, so from a Monday) up to and including today.
  std::string searched = "Zoekopdrachten zonder resultaat, " +
                         monitoring::week_date(monitoring::week_starts(app().clock.now(), monitoring::kWeeks).front()) +
                         " tot en met " + monitoring::week_date(app().clock.now());
  EXPECT_TRUE(has_row(table, {searched, "kangoeroes africhten", "Keer gezocht", "2"})) << file.body;
  for (const auto& row : table.rows) {
    for (const auto& cell : row.cells) {
      EXPECT_EQ(cell.find('@'), std::string::npos) << "no e-mail address: " << cell;
      for (const char* name : {"Jan de Vries", "Fatima", "Ria Verhoef", "pin@voorbeeld.nl", "medewerker"})
        EXPECT_EQ(cell.find(name), std::string::npos) << cell;
      // A cell a spreadsheet would run as a formula is guarded with a leading '.
      if (!cell.empty()) {
        EXPECT_TRUE(std::string("=+-@\t\r").find(cell[0]) == std::string::npos) << cell;
      }
    }
  }
}

TEST_F(MonitoringHttpTest, SearchesThatFoundNothingCountForTwelveWeeks) {
  new_browser().get("/zoeken?q=kangoeroes+africhten");
  app().clock.advance(7 * 86400);
  new_browser().get("/zoeken?q=olifanten+wassen");
  app().clock.advance(77 * 86400);  // the first search is 12 weeks old now, the second 11
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto page = staff.get("/beheer/monitor");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "olifanten wassen 1")) << page.body;
  EXPECT_FALSE(page_says(page.body, "kangoeroes africhten")) << "older than the last 12 weeks";
}

TEST_F(MonitoringHttpTest, AnEmptyPlatformShowsZerosAndWhereToStart) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto page = staff.get("/beheer/monitor");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "In het adresbestand 0 – –"));
  EXPECT_TRUE(page_says(page.body, "Het adresbestand is nog leeg."));
  EXPECT_TRUE(page_says(page.body, "Er is nog geen bijeenkomst geweest."));
  EXPECT_NE(staff.get("/beheer").body.find("href=\"/beheer/monitor\""), std::string::npos) << "a card on the staff home";
}

TEST_F(MonitoringHttpTest, SurveyResultsShowHowManyAnsweredAndTheCsvCountsEachAnswer) {
  auto staff = build_known_situation();
  EXPECT_TRUE(page_says(staff.get("/beheer/monitor").body, "Er is nog geen peiling verstuurd."));
  staff.get("/beheer/peilingen/nieuw");
  std::string survey = staff.post("/beheer/peilingen", {{"title", "Wat mist er?"}}).location();
  staff.get(survey);
  ASSERT_EQ(staff.post(survey + "/vragen", {{"kind", "een"}, {"text", "Wat zoeken jullie?"}, {"options", "Geld\nVrijwilligers"},
                                            {"scale_max", "5"}}).status,
            303);
  staff.get(survey);
  ASSERT_EQ(staff.post(survey + "/versturen", {{"filter_municipality", ""}, {"filter_theme", ""}}).status, 303);
  // Jan runs the Repair Café now, so the survey reaches him; he chooses "Vrijwilligers".
  auto mail = wait_for_mail_to("jan@repair.example");
  std::string link;
  for (int i = 0; i < 100 && link.empty(); ++i) {
    mail = wait_for_mail_to("jan@repair.example");
    if (mail) link = find_link(mail->text, base_url() + "/peiling?t=");
    if (link.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(link.empty());
  link = link.substr(base_url().size());
  auto jan = new_browser();
  std::string form = jan.get(link).body;
  // The question's field is "q<id>" (the search box in the header is a plain "q").
  std::string field = form.substr(form.find("name=\"q", form.find("<main")) + 6);
  field = field.substr(0, field.find('"'));
  ASSERT_EQ(jan.post("/peiling", {{"t", link.substr(link.find("t=") + 2)}, {field, "1"}}).status, 303);

  EXPECT_TRUE(page_says(staff.get("/beheer/monitor").body, "Wat mist er? (open) 1 1 100%"));
  auto table = csv::read(staff.get("/beheer/monitor.csv").body);
  EXPECT_TRUE(has_row(table, {"Behoeftepeiling: Wat mist er?", "Alle initiatieven", "Geantwoord", "1"}));
  EXPECT_TRUE(has_row(table, {"Behoeftepeiling: Wat mist er?", "Wat zoeken jullie?", "Vrijwilligers", "1"}));
  EXPECT_TRUE(has_row(table, {"Behoeftepeiling: Wat mist er?", "Wat zoeken jullie?", "Geld", "0"}));
}

TEST_F(MonitoringHttpTest, RightsTableOnlyStaffWithTheSecondStepSeeTheMonitor) {
  const std::vector<std::string> paths = {"/beheer/monitor", "/beheer/monitor.csv"};
  // The table covers every route the feature registers.
  App scratch;
  http::Router router;
  monitoring::feature().add_routes(router, scratch);
  std::set<std::pair<std::string, std::string>> registered, listed;
  for (const auto& [method, pattern] : router.routes()) registered.insert({method, pattern});
  for (const auto& path : paths) listed.insert({"GET", path});
  EXPECT_EQ(listed, registered);

  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  auto anonymous = new_browser();
  auto someone = member("lid@voorbeeld.nl");
  // A LinkingPin works their own contacts in the address file and the call list, but the monitor
  // counts everyone's contacts and names the other LinkingPins: not for them.
  auto pin = linking_pin("pin@voorbeeld.nl");
  EXPECT_TRUE(accounts::set_role(app(), "half@voorbeeld.nl", accounts::Role::Staff, true));
  auto staff_without_second_step = member("half@voorbeeld.nl");
  for (const auto& path : paths) {
    auto for_anonymous = anonymous.get(path);
    EXPECT_EQ(for_anonymous.status, 303) << path;
    EXPECT_EQ(for_anonymous.location().rfind("/inloggen", 0), 0u) << path;
    EXPECT_EQ(someone.get(path).status, 403) << path;
    EXPECT_EQ(pin.get(path).status, 403) << path;
    auto half = staff_without_second_step.get(path);
    EXPECT_EQ(half.status, 303) << path;
    EXPECT_EQ(half.location(), "/beheer/tweede-stap") << path;
    auto for_staff = staff.get(path);
    EXPECT_EQ(for_staff.status, 200) << path;
    std::string three = path.ends_with(".csv") ? "Trechter;Alle contacten;In het adresbestand;3" : "In het adresbestand 3";
    EXPECT_TRUE(for_staff.body.find(three) != std::string::npos || page_says(for_staff.body, three)) << path;
  }
}

}  // namespace
}  // namespace omzien::test
