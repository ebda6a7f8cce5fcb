// Search over real HTTP: findable at once after saving, gone at once after hiding, filters and
// counts agree, the API contract, and misses counted without personal data.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/bootstrap.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_store.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

class SearchHttpTest : public HttpTest {
 protected:
  static Fields profile(const std::string& name, const std::string& municipality, const std::string& theme,
                        const std::string& sentence) {
    return {{"name", name}, {"municipality_code", municipality}, {"themes", theme}, {"sentence", sentence},
            {"contact_email", "info@voorbeeld.nl"}};
  }
  void create(HttpClient& browser, const Fields& fields) {
    browser.get("/initiatieven/nieuw");
    ASSERT_EQ(browser.post("/initiatieven", fields).status, 303);
  }
  HttpClient member() {
    auto browser = new_browser();
    log_in(browser, "zoeker@voorbeeld.nl");
    return browser;
  }
  nlohmann::json api(const std::string& query) {
    auto answer = new_browser().get("/api/v1/zoeken?" + query);
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.header("Content-Type"), "application/json; charset=utf-8");
    return nlohmann::json::parse(answer.body);
  }
};

TEST_F(SearchHttpTest, ASavedProfileIsFindableAtOnce) {
  auto browser = member();
  create(browser, profile("Buurtmoestuin De Wortel", "GM0355", "groen-natuur", "Samen groenten kweken in de wijk."));
  auto page = new_browser().get("/zoeken?q=moestuin");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Buurtmoestuin De Wortel"));
  EXPECT_NE(page.body.find("<mark>"), std::string::npos) << "the words that matched are marked";
}

TEST_F(SearchHttpTest, AHiddenOrRenamedProfileChangesInTheIndexAtOnce) {
  auto browser = member();
  create(browser, profile("Repair Café Austerlitz", "GM0355", "duurzaamheid-energie", "Kapotte spullen samen maken."));
  EXPECT_EQ(api("q=repair+cafe")["results"].size(), 1u);
  browser.get("/initiatieven/repair-cafe-austerlitz/bewerken");
  ASSERT_EQ(browser.post("/initiatieven/repair-cafe-austerlitz/bewerken",
                         profile("Reparatiecafé Austerlitz", "GM0355", "duurzaamheid-energie", "Kapotte spullen samen maken."))
                .status,
            303);
  auto renamed = api("q=reparatiecafe");
  ASSERT_EQ(renamed["results"].size(), 1u);
  EXPECT_EQ(renamed["results"][0]["slug"], "reparatiecafe-austerlitz");
  // Hiding (as staff would) removes it from the index at once.
  auto id = app().db->read([](db::Connection& c) {
    return initiatives::find_initiative_by_slug(c, "reparatiecafe-austerlitz")->id;
  });
  ASSERT_TRUE(app().db->write_void([&](db::Connection& c) {
    return initiatives::set_status(c, id, initiatives::Status::Hidden, app().clock.now());
  }));
  app().notify_content_changed({"initiative", id, ContentChange::Action::Saved});
  EXPECT_EQ(api("q=reparatiecafe")["results"].size(), 0u);
}

TEST_F(SearchHttpTest, FiltersAndCountsAgreeWithTheResults) {
  auto browser = member();
  create(browser, profile("Taalcafé Zeist", "GM0355", "taal-integratie", "Nederlands oefenen bij een kop koffie."));
  create(browser, profile("Taalcafé Utrecht", "GM0344", "taal-integratie", "Nederlands oefenen met buren."));
  create(browser, profile("Koffie en Taal", "GM0344", "eenzaamheid", "Elkaar ontmoeten en Nederlands praten."));
  auto page = new_browser().get("/zoeken?q=taalcafe");
  EXPECT_TRUE(page_says(page.body, "2 initiatieven gevonden"));
  EXPECT_TRUE(page_says(page.body, "Utrecht (1)"));
  EXPECT_TRUE(page_says(page.body, "Zeist (1)"));
  EXPECT_NE(page.body.find(">Gemeente</legend>"), std::string::npos);
  EXPECT_EQ(page.body.find(">Fase</legend>"), std::string::npos) << "no profile found has a phase: no empty box";
  auto filtered = new_browser().get("/zoeken?q=taalcafe&gemeente=GM0344");
  EXPECT_TRUE(page_says(filtered.body, "1 initiatief gevonden"));
  EXPECT_TRUE(page_says(filtered.body, "Taalcafé Utrecht"));
  EXPECT_FALSE(page_says(filtered.body, "Taalcafé Zeist"));
}

TEST_F(SearchHttpTest, ClearingTheFiltersKeepsWordsWithAnAmpersand) {
  auto browser = member();
  create(browser, profile("Taal & Koffie Zeist", "GM0355", "taal-integratie", "Nederlands oefenen bij een kop koffie."));
  auto filtered = new_browser().get("/zoeken?q=taal+%26+koffie&gemeente=GM0355");
  ASSERT_TRUE(page_says(filtered.body, "Taal & Koffie Zeist"));
  // The link is HTML-escaped on top of the URL encoding; '&' in the words must not end the q parameter.
  EXPECT_NE(filtered.body.find("href=\"/zoeken?q=taal%20%26%20koffie\">Filters wissen"), std::string::npos)
      << filtered.body;
}

TEST_F(SearchHttpTest, TheApiGivesOrderedResultsWithSlugNameAndExternalId) {
  auto browser = member();
  create(browser, profile("Voedselbank Zeist", "GM0355", "voedsel", "Pakketten voor wie weinig geld heeft."));
  auto answer = api("q=voedselbank&limit=5");
  ASSERT_EQ(answer["results"].size(), 1u);
  const auto& first = answer["results"][0];
  EXPECT_EQ(first["slug"], "voedselbank-zeist");
  EXPECT_EQ(first["name"], "Voedselbank Zeist");
  EXPECT_TRUE(first.contains("external_id"));
  EXPECT_FALSE(first.contains("contact_email")) << "public data only";
  EXPECT_EQ(first["similar"], false) << "it has the word asked for";
  auto limited = api("q=&limit=1");
  EXPECT_LE(limited["results"].size(), 1u);
}

TEST_F(SearchHttpTest, TheApiMarksResultsOfferedAsSimilar) {
  auto browser = member();
  create(browser, profile("De Kelder", "GM0344", "jongeren", "Een plek voor jongeren met een coach."));
  create(browser, profile("Jeugdsoos Meerkerk", "GM0344", "jongeren", "Tafelvoetbal en muziek voor jongeren."));
  create(browser, profile("Energiecoaches Zeist", "GM0355", "duurzaamheid-energie", "Een coach helpt buren energie te besparen."));
  create(browser, profile("Voedselbank Houten", "GM0321", "voedsel", "Pakketten voor wie weinig geld heeft."));
  auto answer = api("q=de+kelder");
  ASSERT_GE(answer["results"].size(), 2u);
  EXPECT_EQ(answer["results"][0]["slug"], "de-kelder");
  EXPECT_EQ(answer["results"][0]["similar"], false);
  EXPECT_EQ(answer["results"][1]["slug"], "jeugdsoos-meerkerk");
  EXPECT_EQ(answer["results"][1]["similar"], true) << "no 'kelder' in it: offered as like the best match";
  auto open_data = new_browser().get("/open-data");
  EXPECT_TRUE(page_says(open_data.body, "Zoeken vanuit je eigen website of app"));
  EXPECT_TRUE(page_says(open_data.body, "1 tot 100"));
}

TEST_F(SearchHttpTest, ATypoOffersTheRightWord) {
  auto browser = member();
  create(browser, profile("Mantelzorgpunt Houten", "GM0321", "mantelzorg", "Steun voor mantelzorgers."));
  auto page = new_browser().get("/zoeken?q=mantelzrog");
  EXPECT_TRUE(page_says(page.body, "Mantelzorgpunt Houten"));
}

TEST_F(SearchHttpTest, NothingFoundIsNeverADeadEndAndIsCountedWithoutWhoSearched) {
  auto page = new_browser().get("/zoeken?q=kangoeroes+africhten");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "We vonden niets"));
  EXPECT_TRUE(page_says(page.body, "Stel je vraag aan het netwerk"));
  new_browser().get("/zoeken?q=Kangoeroes+africhten");
  auto staff = staff_browser("staf@voorbeeld.nl");
  auto misses = staff.get("/beheer/zoekopdrachten");
  EXPECT_EQ(misses.status, 200);
  EXPECT_TRUE(page_says(misses.body, "kangoeroes africhten 2")) << "folded and counted together";
  EXPECT_EQ(new_browser().get("/beheer/zoekopdrachten").status, 303) << "staff only";
  auto rows = app().db->read([](db::Connection& c) {
    auto s = c.prepare("SELECT count(*) FROM search_misses");
    s.next();
    return s.integer(0);
  });
  EXPECT_EQ(rows, 1);
}

TEST_F(SearchHttpTest, TheResultsPartAloneServesTypingWithJavaScript) {
  auto browser = member();
  create(browser, profile("Klussendienst Nieuwegein", "GM0356", "wonen-buurt", "Kleine klussen in huis."));
  auto part = new_browser().get("/zoeken?q=klussen&deel=resultaten");
  EXPECT_EQ(part.status, 200);
  EXPECT_EQ(part.body.find("<html"), std::string::npos);
  EXPECT_TRUE(page_says(part.body, "Klussendienst Nieuwegein"));
}

TEST_F(SearchHttpTest, AnImportBesideTheRunningServerIsFindableAfterTheNextMinute) {
  // `omzien import` in a second process while the server holds the index: it cannot open the
  // index, so it queues its changes, and the server's scheduler indexes them.
  Config config = app().config;
  auto command = open_app(config);
  ASSERT_TRUE(command) << command.error().detail;
  EXPECT_FALSE((*command)->search_index) << "the server holds the index";
  auto report = initiatives::import_initiatives(
      **command, R"([{"id": "X1", "name": "Voedselbank De Schaal", "summary": "Pakketten voor wie krap zit.",
                     "themes": ["voedsel"], "municipality": "Zeist"}])");
  ASSERT_TRUE(report && report->complete());
  command->reset();
  EXPECT_EQ(api("q=voedselbank")["results"].size(), 0u) << "not yet: the server has not looked";
  app().run_scheduled_jobs();
  auto found = api("q=voedselbank");
  ASSERT_EQ(found["results"].size(), 1u);
  EXPECT_EQ(found["results"][0]["external_id"], "X1");
}

}  // namespace
}  // namespace omzien::test
