// Initiative profiles and the directory over real HTTP.
#include <gtest/gtest.h>

#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

class InitiativesHttpTest : public HttpTest {
 protected:
  // The five required answers, plus whatever `extra` adds or overrides.
  static Fields required(const std::string& name, const std::string& municipality = "GM0355",
                         const std::string& theme = "duurzaamheid-energie") {
    return {{"name", name},
            {"municipality_code", municipality},
            {"themes", theme},
            {"sentence", "Elke zaterdag repareren we samen kapotte spullen."},
            {"contact_email", "info@voorbeeld.nl"},
            {"email_public", "ja"}};
  }
  HttpResult create(HttpClient& browser, Fields fields) {
    browser.get("/initiatieven/nieuw");
    return browser.post("/initiatieven", std::move(fields));
  }
  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
};

TEST_F(InitiativesHttpTest, ANewUserPutsAnInitiativeOnWithOnlyTheRequiredAnswers) {
  auto browser = member("ria@voorbeeld.nl");
  auto form = browser.get("/initiatieven/nieuw");
  EXPECT_EQ(form.status, 200);
  EXPECT_EQ(input_value(form.body, "contact_email"), "ria@voorbeeld.nl") << "pre-filled with the login address";
  auto created = browser.post("/initiatieven", required("Repair Café Zeist"));
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.location(), "/initiatieven/repair-cafe-zeist");
  auto profile = browser.get("/initiatieven/repair-cafe-zeist");
  EXPECT_TRUE(page_says(profile.body, "Repair Café Zeist"));
  EXPECT_TRUE(page_says(profile.body, "Elke zaterdag repareren we samen kapotte spullen."));
  EXPECT_TRUE(page_says(profile.body, "Duurzaamheid en energie"));
  EXPECT_TRUE(page_says(profile.body, "Je initiatief staat erop"));
  auto listed = new_browser().get("/initiatieven");
  EXPECT_TRUE(page_says(listed.body, "Repair Café Zeist"));
}

TEST_F(InitiativesHttpTest, MissingAnswersGetAMessageEachAndWhatWasTypedStays) {
  auto browser = member("leeg@voorbeeld.nl");
  browser.get("/initiatieven/nieuw");
  auto page = browser.post("/initiatieven", {{"name", "Buurtmoestuin De Wortel"}, {"contact_email", "geen-adres"},
                                             {"sentence", ""}, {"website", "javascript:alert(1)"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page_says(page.body, "Kies de gemeente waar je initiatief actief is."));
  EXPECT_TRUE(page_says(page.body, "Kies minstens één thema."));
  EXPECT_TRUE(page_says(page.body, "Vertel in één zin wat jullie doen."));
  EXPECT_TRUE(page_says(page.body, "Dit lijkt geen e-mailadres"));
  EXPECT_TRUE(page_says(page.body, "Vul een webadres in dat begint met https://"));
  EXPECT_EQ(input_value(page.body, "name"), "Buurtmoestuin De Wortel");
  EXPECT_EQ(input_value(page.body, "contact_email"), "geen-adres");
  EXPECT_EQ(input_value(page.body, "website"), "javascript:alert(1)");
  EXPECT_EQ(new_browser().get("/initiatieven/buurtmoestuin-de-wortel").status, 404) << "nothing was saved";
}

TEST_F(InitiativesHttpTest, ASentenceOverTheLimitSaysHowLongItIs) {
  auto browser = member("lang@voorbeeld.nl");
  auto fields = required("Taalcafé Overvecht", "GM0344", "taal-integratie");
  fields[3].second = std::string(170, 'a');
  auto page = create(browser, fields);
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page_says(page.body, "hoogstens 160 tekens. Nu zijn het er 170."));
}

TEST_F(InitiativesHttpTest, TheSameNameInTheSameMunicipalityIsRefusedWithAMessage) {
  auto first = member("een@voorbeeld.nl");
  ASSERT_EQ(create(first, required("Voedselbank Zeist")).status, 303);
  auto second = member("twee@voorbeeld.nl");
  auto refused = create(second, required("Voedselbank Zeist"));
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(page_says(refused.body, "Er staat al een initiatief met deze naam in deze gemeente"));
  EXPECT_EQ(create(second, required("Voedselbank Zeist", "GM0344")).status, 303) << "another municipality is fine";
  EXPECT_EQ(second.get("/initiatieven/voedselbank-zeist-gm0344").status, 200);
}

TEST_F(InitiativesHttpTest, ARenamedProfileKeepsItsOldLinkThroughARedirect) {
  auto browser = member("hernoem@voorbeeld.nl");
  ASSERT_EQ(create(browser, required("Klussendienst Zeist")).status, 303);
  browser.get("/initiatieven/klussendienst-zeist/bewerken");
  auto fields = required("Klusjesdienst Zeist-West");
  auto saved = browser.post("/initiatieven/klussendienst-zeist/bewerken", fields);
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.location(), "/initiatieven/klusjesdienst-zeist-west");
  auto old = new_browser().get("/initiatieven/klussendienst-zeist");
  EXPECT_EQ(old.status, 301);
  EXPECT_EQ(old.location(), "/initiatieven/klusjesdienst-zeist-west");
}

TEST_F(InitiativesHttpTest, AHomeAddressStaysPrivateUnlessTheExactAddressIsChosen) {
  auto browser = member("thuis@voorbeeld.nl");
  auto fields = required("Breiclub Het Bolletje");
  fields.push_back({"address", "Slotlaan 12"});
  fields.push_back({"place", "Den Dolder"});
  fields.push_back({"location_precision", "neighbourhood"});
  ASSERT_EQ(create(browser, fields).status, 303);
  auto page = new_browser().get("/initiatieven/breiclub-het-bolletje");
  EXPECT_EQ(page.body.find("Slotlaan"), std::string::npos);
  EXPECT_TRUE(page_says(page.body, "Den Dolder, Zeist"));
  browser.get("/initiatieven/breiclub-het-bolletje/bewerken");
  fields.back().second = "exact";
  ASSERT_EQ(browser.post("/initiatieven/breiclub-het-bolletje/bewerken", fields).status, 303);
  EXPECT_TRUE(page_says(new_browser().get("/initiatieven/breiclub-het-bolletje").body, "Slotlaan 12"));
}

TEST_F(InitiativesHttpTest, TheDescriptionIsMarkdownWithoutScript) {
  auto browser = member("md@voorbeeld.nl");
  auto fields = required("Buurtkamer De Kom");
  fields.push_back({"description", "We zijn **open** op dinsdag.\n\n- koffie\n- soep\n\n<script>alert(1)</script>"});
  ASSERT_EQ(create(browser, fields).status, 303);
  auto page = new_browser().get("/initiatieven/buurtkamer-de-kom");
  EXPECT_NE(page.body.find("<strong>open</strong>"), std::string::npos);
  EXPECT_NE(page.body.find("<li>koffie</li>"), std::string::npos);
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
}

// Every edit route for every kind of visitor: anonymous visitors go to the login page, other
// members get 403 (also for guessed routes), beheerders and staff may edit.
TEST_F(InitiativesHttpTest, RightsTableOfProfileRoutes) {
  auto owner = member("eigenaar@voorbeeld.nl");
  ASSERT_EQ(create(owner, required("Repaircafé Austerlitz")).status, 303);
  auto stranger = member("vreemde@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  const std::string slug = "/initiatieven/repaircafe-austerlitz";
  struct Route {
    std::string method, path;
  };
  const std::vector<Route> routes = {{"GET", slug + "/bewerken"}, {"POST", slug + "/bewerken"},
                                     {"GET", "/initiatieven/nieuw"}, {"POST", "/initiatieven"}};
  for (const auto& route : routes) {
    auto call = [&](HttpClient& who) {
      return route.method == "GET" ? who.get(route.path) : who.post(route.path, required("Repaircafé Austerlitz"));
    };
    auto for_anonymous = call(anonymous);
    EXPECT_EQ(for_anonymous.status, 303) << route.method << " " << route.path;
    EXPECT_EQ(for_anonymous.location().rfind("/inloggen", 0), 0u) << route.path;
    bool creating = route.path == "/initiatieven/nieuw" || route.path == "/initiatieven";
    int stranger_status = call(stranger).status;
    if (creating) EXPECT_TRUE(stranger_status == 200 || stranger_status == 409) << route.path << stranger_status;
    else EXPECT_EQ(stranger_status, 403) << route.method << " " << route.path;
    if (!creating) {
      EXPECT_TRUE(call(owner).status == 200 || call(owner).status == 303) << route.path;
      int staff_status = call(staff).status;
      EXPECT_TRUE(staff_status == 200 || staff_status == 303) << route.path << " " << staff_status;
    }
  }
}

TEST_F(InitiativesHttpTest, TheDirectoryFiltersAndCountsAgreeAndEveryViewIsALink) {
  auto browser = member("lijst@voorbeeld.nl");
  ASSERT_EQ(create(browser, required("Taalmaatjes Zeist", "GM0355", "taal-integratie")).status, 303);
  ASSERT_EQ(create(browser, required("Taalcafé Utrecht", "GM0344", "taal-integratie")).status, 303);
  ASSERT_EQ(create(browser, required("Zonnepanelen Samen", "GM0344", "duurzaamheid-energie")).status, 303);
  auto visitor = new_browser();
  auto all = visitor.get("/initiatieven");
  EXPECT_TRUE(page_says(all.body, "3 initiatieven"));
  EXPECT_TRUE(page_says(all.body, "Taal en integratie (2)"));
  auto language = visitor.get("/initiatieven?thema=taal-integratie");
  EXPECT_TRUE(page_says(language.body, "2 initiatieven"));
  EXPECT_TRUE(page_says(language.body, "Taalmaatjes Zeist"));
  EXPECT_FALSE(page_says(language.body, "Zonnepanelen Samen"));
  EXPECT_TRUE(page_says(language.body, "Utrecht (1)")) << "counts follow the other filters";
  auto both = visitor.get("/initiatieven?thema=taal-integratie&gemeente=GM0344");
  EXPECT_TRUE(page_says(both.body, "1 initiatief"));
  EXPECT_TRUE(page_says(both.body, "Taalcafé Utrecht"));
  auto either = visitor.get("/initiatieven?thema=taal-integratie&thema=duurzaamheid-energie&gemeente=GM0344");
  EXPECT_TRUE(page_says(either.body, "2 initiatieven")) << "two themes: either one";
}

// On a phone the list must come into view without scrolling past the long filter form, so the
// filters are folded; while one is in use its fold is open, so a person sees what narrows the list.
TEST_F(InitiativesHttpTest, TheDirectoryFoldsTheFiltersAwayUntilOneIsInUse) {
  auto browser = member("vouwen@voorbeeld.nl");
  ASSERT_EQ(create(browser, required("Taalmaatjes Zeist", "GM0355", "taal-integratie")).status, 303);
  auto visitor = new_browser();
  auto all = visitor.get("/initiatieven");
  std::string filters = enclosing_tag(all.body, "details", "thema");
  std::string near = enclosing_tag(all.body, "details", "bij");
  ASSERT_FALSE(filters.empty()) << "the themes sit in a <details>";
  ASSERT_FALSE(near.empty()) << "near me sits in a <details>";
  EXPECT_FALSE(filters.ends_with(" open>")) << filters;
  EXPECT_FALSE(near.ends_with(" open>")) << near;
  EXPECT_EQ(enclosing_tag(all.body, "details", "sorteer"), filters) << "the order sits with the filters";
  EXPECT_FALSE(enclosing_tag(all.body, "form", "thema").empty()) << "the folds are part of the filter form";

  auto language = visitor.get("/initiatieven?thema=taal-integratie");
  EXPECT_TRUE(enclosing_tag(language.body, "details", "thema").ends_with(" open>"));
  EXPECT_FALSE(enclosing_tag(language.body, "details", "bij").ends_with(" open>"));
  EXPECT_TRUE(page_says(language.body, "Alle filters wissen"));
  auto phase = visitor.get("/initiatieven?fase=startend");
  EXPECT_TRUE(enclosing_tag(phase.body, "details", "fase").ends_with(" open>"));

  auto by_name = visitor.get("/initiatieven?sorteer=naam");
  EXPECT_FALSE(enclosing_tag(by_name.body, "details", "thema").ends_with(" open>")) << "an order narrows nothing";

  auto nearby = visitor.get("/initiatieven?bij=Zeist&km=10");
  EXPECT_TRUE(enclosing_tag(nearby.body, "details", "bij").ends_with(" open>"));
  EXPECT_FALSE(enclosing_tag(nearby.body, "details", "thema").ends_with(" open>"));
}

TEST_F(InitiativesHttpTest, TheDirectorySortsByNameTheDutchWay) {
  auto browser = member("sorteer@voorbeeld.nl");
  for (const char* name : {"Zorgcafé", "'t Buurthuis", "IJsselsteinse Vrienden", "Appelboomgaard"})
    ASSERT_EQ(create(browser, required(name)).status, 303) << name;
  auto page = new_browser().get("/initiatieven?sorteer=naam");
  auto at = [&](std::string_view name) { return page.body.find(std::string(name)); };
  EXPECT_LT(at("Appelboomgaard"), at("&apos;t Buurthuis"));
  EXPECT_LT(at("&apos;t Buurthuis"), at("IJsselsteinse Vrienden"));
  EXPECT_LT(at("IJsselsteinse Vrienden"), at("Zorgcafé"));
}

TEST_F(InitiativesHttpTest, TheDirectoryPagesThroughManyProfiles) {
  auto browser = member("veel@voorbeeld.nl");
  for (int i = 1; i <= 23; ++i)
    ASSERT_EQ(create(browser, required("Initiatief nummer " + std::to_string(i))).status, 303);
  auto first = new_browser().get("/initiatieven?sorteer=naam");
  EXPECT_TRUE(page_says(first.body, "Pagina 1 van 2"));
  auto second = new_browser().get("/initiatieven?sorteer=naam&pagina=2");
  EXPECT_TRUE(page_says(second.body, "Pagina 2 van 2"));
  EXPECT_TRUE(page_says(second.body, "Initiatief nummer 9"));
}

}  // namespace
}  // namespace omzien::test
