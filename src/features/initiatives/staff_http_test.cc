// The staff tools for initiatives over real HTTP: hide and show, "aangesloten bij de beweging",
// themes and target groups, the history, and who may use them.
#include <gtest/gtest.h>

#include "features/initiatives/import.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

class StaffToolsHttpTest : public HttpTest {
 protected:
  // A profile made through the form by a beheerder; returns its slug.
  std::string create_profile(const std::string& name, const std::string& theme = "voedsel") {
    auto owner = new_browser();
    log_in(owner, "eigenaar@voorbeeld.nl");
    owner.get("/initiatieven/nieuw");
    auto created = owner.post("/initiatieven", {{"name", name}, {"municipality_code", "GM0355"}, {"themes", theme},
                                                {"sentence", "Wij doen iets moois."}, {"contact_email", "info@voorbeeld.nl"},
                                                {"email_public", "ja"}});
    EXPECT_EQ(created.status, 303) << created.body;
    return created.location().substr(std::string("/initiatieven/").size());
  }
  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
};

TEST_F(StaffToolsHttpTest, AHiddenProfileIsGoneFromTheDirectoryTheOpenDataAndForVisitors) {
  std::string slug = create_profile("Voedseltuin Zeist-West");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/initiatieven/" + slug);
  auto hidden = staff.post("/beheer/initiatieven/" + slug + "/zichtbaarheid", {{"zichtbaar", "nee"}});
  ASSERT_EQ(hidden.status, 303);
  EXPECT_TRUE(page_says(staff.follow(hidden).body, "Het profiel is verborgen."));

  auto visitor = new_browser();
  EXPECT_EQ(visitor.get("/initiatieven/" + slug).status, 404);
  EXPECT_FALSE(page_says(visitor.get("/initiatieven").body, "Voedseltuin Zeist-West"));
  EXPECT_EQ(visitor.get("/open-data/initiatieven.json").body.find("Voedseltuin"), std::string::npos);
  EXPECT_EQ(visitor.get("/open-data/initiatieven.csv").body.find("Voedseltuin"), std::string::npos);
  EXPECT_EQ(staff.get("/initiatieven/" + slug).status, 200) << "staff still see it";
  EXPECT_TRUE(page_says(staff.get("/beheer/initiatieven?status=verborgen").body, "Voedseltuin Zeist-West"));
  EXPECT_FALSE(page_says(staff.get("/beheer/initiatieven?status=zichtbaar").body, "Voedseltuin Zeist-West"));

  staff.get("/beheer/initiatieven/" + slug);
  ASSERT_EQ(staff.post("/beheer/initiatieven/" + slug + "/zichtbaarheid", {{"zichtbaar", "ja"}}).status, 303);
  EXPECT_EQ(visitor.get("/initiatieven/" + slug).status, 200);
  EXPECT_TRUE(page_says(visitor.get("/initiatieven").body, "Voedseltuin Zeist-West"));
  auto page = staff.get("/beheer/initiatieven/" + slug);
  EXPECT_TRUE(page_says(page.body, "Profiel verborgen"));
  EXPECT_TRUE(page_says(page.body, "Profiel weer zichtbaar gemaakt"));
  EXPECT_TRUE(page_says(page.body, "Profiel aangemaakt")) << "the history shows the beheerder's changes too";
}

TEST_F(StaffToolsHttpTest, StaffMarkAProfileAsAffiliatedAndItShowsABadge) {
  std::string slug = create_profile("Kookclub De Pan");
  EXPECT_FALSE(page_says(new_browser().get("/initiatieven/" + slug).body, "Aangesloten bij de beweging"));
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/initiatieven/" + slug);
  ASSERT_EQ(staff.post("/beheer/initiatieven/" + slug + "/aangesloten", {{"aangesloten", "ja"}}).status, 303);
  EXPECT_TRUE(page_says(new_browser().get("/initiatieven/" + slug).body, "Aangesloten bij de beweging"));
  EXPECT_TRUE(page_says(staff.get("/beheer/initiatieven?status=aangesloten").body, "Kookclub De Pan"));
  ASSERT_EQ(staff.post("/beheer/initiatieven/" + slug + "/aangesloten", {{"aangesloten", "nee"}}).status, 303);
  EXPECT_FALSE(page_says(new_browser().get("/initiatieven/" + slug).body, "Aangesloten bij de beweging"));
}

TEST_F(StaffToolsHttpTest, TheStaffListShowsUnclaimedProfilesAndFindsByName) {
  create_profile("Zangkoor Zeist");
  auto report = initiatives::import_initiatives(
      app(), R"([{"name": "Ingelezen Initiatief", "summary": "Uit een lijst.", "themes": ["cultuur"], "municipality": "Baarn"}])");
  ASSERT_TRUE(report && report->created == 1);
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto unclaimed = staff.get("/beheer/initiatieven?status=niet-geclaimd");
  EXPECT_TRUE(page_says(unclaimed.body, "Ingelezen Initiatief"));
  EXPECT_FALSE(page_says(unclaimed.body, "Zangkoor Zeist"));
  auto found = staff.get("/beheer/initiatieven?q=zang");
  EXPECT_TRUE(page_says(found.body, "Zangkoor Zeist"));
  EXPECT_FALSE(page_says(found.body, "Ingelezen Initiatief"));
}

TEST_F(StaffToolsHttpTest, RenamingAThemeKeepsItsLinksAndRetiringKeepsItOnOldProfiles) {
  std::string slug = create_profile("Groentetas Zeist", "voedsel");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/themas");
  ASSERT_EQ(staff.post("/beheer/themas/opslaan", {{"soort", "thema"}, {"id", "voedsel"}, {"actie", "hernoemen"},
                                                  {"label", "Eten en drinken"}})
                .status,
            303);
  auto visitor = new_browser();
  auto filtered = visitor.get("/initiatieven?thema=voedsel");
  EXPECT_TRUE(page_says(filtered.body, "Groentetas Zeist")) << "the old link still filters";
  EXPECT_TRUE(page_says(filtered.body, "Eten en drinken"));
  EXPECT_TRUE(page_says(visitor.get("/initiatieven/" + slug).body, "Eten en drinken"));

  ASSERT_EQ(staff.post("/beheer/themas/opslaan", {{"soort", "thema"}, {"id", "voedsel"}, {"actie", "intrekken"}}).status, 303);
  auto owner = member("eigenaar@voorbeeld.nl");
  EXPECT_FALSE(page_says(owner.get("/initiatieven/nieuw").body, "Eten en drinken")) << "retired: not choosable";
  EXPECT_TRUE(page_says(visitor.get("/initiatieven/" + slug).body, "Eten en drinken")) << "kept on the profile";

  auto empty = staff.post("/beheer/themas/opslaan", {{"soort", "thema"}, {"id", "cultuur"}, {"actie", "hernoemen"}, {"label", " "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(page_says(empty.body, "Vul een naam in."));
  ASSERT_EQ(staff.post("/beheer/themas/toevoegen", {{"soort", "doelgroep"}, {"label", "Studenten"}}).status, 303);
  EXPECT_TRUE(page_says(owner.get("/initiatieven/nieuw").body, "Studenten"));
  auto taken = staff.post("/beheer/themas/toevoegen", {{"soort", "doelgroep"}, {"label", "Nog eens"}, {"id", "studenten"}});
  EXPECT_EQ(taken.status, 422);
  EXPECT_TRUE(page_says(taken.body, "Deze code bestaat al"));
  auto log = staff.get("/beheer/logboek");
  EXPECT_TRUE(page_says(log.body, "Thema hernoemd: \"Voedsel\" heet nu \"Eten en drinken\""));
}

// Every staff route for every kind of visitor: anonymous visitors go to the login page, members
// (also beheerders of the profile) get 403, staff may use them.
TEST_F(StaffToolsHttpTest, RightsTableOfTheStaffRoutes) {
  std::string slug = create_profile("Buurtklussers Zeist");
  std::string base = "/beheer/initiatieven/" + slug;
  struct Route {
    std::string method, path;
    Fields fields;
  };
  const std::vector<Route> routes = {
      {"GET", "/beheer/initiatieven", {}},
      {"GET", base, {}},
      {"POST", base + "/zichtbaarheid", {{"zichtbaar", "ja"}}},
      {"POST", base + "/aangesloten", {{"aangesloten", "nee"}}},
      {"POST", base + "/claimlink", {}},
      {"GET", "/beheer/themas", {}},
      {"POST", "/beheer/themas/opslaan", {{"soort", "thema"}, {"id", "cultuur"}, {"actie", "hernoemen"}, {"label", "Cultuur"}}},
      {"POST", "/beheer/themas/toevoegen", {{"soort", "thema"}, {"label", "Rechten"}}},
  };
  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  auto stranger = member("vreemde@voorbeeld.nl");
  auto owner = member("eigenaar@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  for (const auto& route : routes) {
    auto call = [&](HttpClient& who) { return route.method == "GET" ? who.get(route.path) : who.post(route.path, route.fields); };
    auto for_anonymous = call(anonymous);
    EXPECT_EQ(for_anonymous.status, 303) << route.method << " " << route.path;
    EXPECT_EQ(for_anonymous.location().rfind("/inloggen", 0), 0u) << route.path;
    EXPECT_EQ(call(stranger).status, 403) << route.method << " " << route.path;
    EXPECT_EQ(call(owner).status, 403) << "a beheerder is no staff: " << route.method << " " << route.path;
    int staff_status = call(staff).status;
    EXPECT_TRUE(staff_status == 200 || staff_status == 303) << route.method << " " << route.path << " " << staff_status;
  }
  EXPECT_EQ(staff.get("/beheer/initiatieven/bestaat-niet").status, 404);
}

}  // namespace
}  // namespace omzien::test
