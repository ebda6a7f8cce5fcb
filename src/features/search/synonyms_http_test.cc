// Staff's own synonyms over real HTTP: a group added on /beheer/synoniemen makes the very next
// search find what it did not find before, and removing it undoes that; the form keeps what was
// typed; every change is in the audit log; and who may use which search route, as a table.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "app/app.h"
#include "features/accounts/account_store.h"
#include "features/search/search.h"
#include "features/search/synonym_store.h"
#include "http/router.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

class SynonymsHttpTest : public HttpTest {
 protected:
  // A profile that says "kaarten" and never "klaverjassen".
  void create_card_club() {
    auto owner = new_browser();
    log_in(owner, "soos@voorbeeld.nl");
    owner.get("/initiatieven/nieuw");
    ASSERT_EQ(owner.post("/initiatieven", {{"name", "Soos De Linde"}, {"municipality_code", "GM0355"},
                                           {"themes", "ouderen"}, {"sentence", "Elke dinsdag kaarten in het dorpshuis."},
                                           {"contact_email", "info@voorbeeld.nl"}})
                  .status,
              303);
  }
  std::size_t found(const std::string& query) {
    auto answer = new_browser().get("/api/v1/zoeken?q=" + query);
    EXPECT_EQ(answer.status, 200);
    return nlohmann::json::parse(answer.body)["results"].size();
  }
  // The path of the first group in the staff's table.
  std::string first_group_path(HttpClient& staff) {
    std::string body = staff.get("/beheer/synoniemen").body;
    auto at = body.find("href=\"/beheer/synoniemen/");
    if (at == std::string::npos) return {};
    at += 6;
    return body.substr(at, body.find('"', at) - at);
  }
};

TEST_F(SynonymsHttpTest, AGroupStaffAddFindsAProfileAtOnceAndRemovingItUndoesThat) {
  create_card_club();
  ASSERT_EQ(found("klaverjassen"), 0u) << "not before the group exists";
  auto staff = staff_browser("staf@voorbeeld.nl");
  staff.get("/beheer/synoniemen");
  auto added = staff.post("/beheer/synoniemen", {{"words", "klaverjassen, kaarten"}, {"also_finds", ""}});
  EXPECT_EQ(added.status, 303);
  EXPECT_EQ(found("klaverjassen"), 1u) << "the next search uses the group, without a restart or reindex";
  EXPECT_TRUE(page_says(new_browser().get("/zoeken?q=klaverjassen").body, "Soos De Linde"));

  std::string group = first_group_path(staff);
  ASSERT_FALSE(group.empty());
  staff.get(group);
  EXPECT_EQ(staff.post(group + "/verwijderen", {}).status, 303);
  EXPECT_EQ(found("klaverjassen"), 0u);
}

TEST_F(SynonymsHttpTest, AChangedGroupCountsAtOnceAndStaysAfterARestart) {
  create_card_club();
  auto staff = staff_browser("staf@voorbeeld.nl");
  staff.get("/beheer/synoniemen");
  ASSERT_EQ(staff.post("/beheer/synoniemen", {{"words", "rikken, pandoeren"}}).status, 303);
  EXPECT_EQ(found("rikken"), 0u);
  std::string group = first_group_path(staff);
  staff.get(group);
  EXPECT_EQ(staff.post(group, {{"words", "rikken, pandoeren"}, {"also_finds", "kaarten"}}).status, 303);
  EXPECT_EQ(found("rikken"), 1u) << "one way: rikken also finds kaarten";
  EXPECT_EQ(found("klaverjassen"), 0u);
  restart_server();
  EXPECT_EQ(found("rikken"), 1u) << "kept in the database and given to the index at start";
}

TEST_F(SynonymsHttpTest, AGroupSavedByAnotherServerCountsWithinAMinute) {
  create_card_club();
  // Another app server on the same database saves a group: this server's index does not hear it.
  ASSERT_TRUE(app().db->write_void([](db::Connection& c) -> Result<void> {
    auto saved = search_pages::insert_synonym_group(c, {.words = {"klaverjassen", "kaarten"}});
    if (!saved) return saved.error();
    return {};
  }));
  EXPECT_EQ(found("klaverjassen"), 0u);
  app().run_scheduled_jobs();  // what the scheduler does every minute
  EXPECT_EQ(found("klaverjassen"), 1u);
}

TEST_F(SynonymsHttpTest, TheFormKeepsWhatWasTypedAndSaysWhatIsWrongByTheField) {
  auto staff = staff_browser("staf@voorbeeld.nl");
  staff.get("/beheer/synoniemen");
  auto one = staff.post("/beheer/synoniemen", {{"words", "klaverjassen"}, {"also_finds", ""}});
  EXPECT_EQ(one.status, 422);
  EXPECT_EQ(input_value(one.body, "words"), "klaverjassen");
  EXPECT_TRUE(page_says(one.body, "Vul minstens twee woorden in"));
  EXPECT_NE(one.body.find("id=\"words-fout\""), std::string::npos) << "the message sits by the field";

  auto common = staff.post("/beheer/synoniemen", {{"words", "klaverjassen, kaarten"}, {"also_finds", "de"}});
  EXPECT_EQ(common.status, 422);
  EXPECT_EQ(input_value(common.body, "also_finds"), "de");
  EXPECT_TRUE(page_says(common.body, "Met „de” kan zoeken niets"));
  EXPECT_TRUE(page_says(staff.get("/beheer/synoniemen").body, "Er zijn nog geen eigen groepen.")) << "nothing saved";
}

TEST_F(SynonymsHttpTest, StaffSeeTheBuiltInGroupsAndEveryChangeIsInTheAuditLog) {
  auto staff = staff_browser("staf@voorbeeld.nl");
  auto page = staff.get("/beheer/synoniemen");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "statushouders, nieuwkomers, vluchtelingen")) << "the shipped groups, read-only";
  EXPECT_NE(staff.get("/beheer").body.find("href=\"/beheer/synoniemen\""), std::string::npos) << "a card on the staff home";
  ASSERT_EQ(staff.post("/beheer/synoniemen", {{"words", "klaverjassen, kaarten"}}).status, 303);
  EXPECT_TRUE(page_says(staff.get("/beheer/logboek").body, "Synoniemen toegevoegd: klaverjassen, kaarten"));
}

TEST_F(SynonymsHttpTest, RightsTableOfEverySearchRoute) {
  enum class Who { Everyone, Staff };
  struct Route {
    std::string method, pattern, path;
    Who who;
    Fields fields = {};
  };
  auto staff = staff_browser("staf@voorbeeld.nl");
  staff.get("/beheer/synoniemen");
  ASSERT_EQ(staff.post("/beheer/synoniemen", {{"words", "klaverjassen, kaarten"}}).status, 303);
  std::string group = first_group_path(staff);
  ASSERT_FALSE(group.empty());
  const std::vector<Route> routes = {
      {"GET", "/zoeken", "/zoeken?q=kaarten", Who::Everyone},
      {"GET", "/api/v1/zoeken", "/api/v1/zoeken?q=kaarten", Who::Everyone},
      {"GET", "/beheer/zoekopdrachten", "/beheer/zoekopdrachten", Who::Staff},
      {"GET", "/beheer/synoniemen", "/beheer/synoniemen", Who::Staff},
      {"POST", "/beheer/synoniemen", "/beheer/synoniemen", Who::Staff, {{"words", "rikken, pandoeren"}}},
      {"GET", "/beheer/synoniemen/{id}", group, Who::Staff},
      {"POST", "/beheer/synoniemen/{id}", group, Who::Staff, {{"words", "klaverjassen, kaarten, kaartspel"}}},
      {"POST", "/beheer/synoniemen/{id}/verwijderen", group + "/verwijderen", Who::Staff},
  };
  // The table covers every route the feature registers.
  App scratch;
  http::Router router;
  search_pages::feature().add_routes(router, scratch);
  std::set<std::pair<std::string, std::string>> registered, listed;
  for (const auto& [method, pattern] : router.routes()) registered.insert({method, pattern});
  for (const auto& route : routes) listed.insert({route.method, route.pattern});
  EXPECT_EQ(listed, registered);

  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  auto member = new_browser();
  log_in(member, "lid@voorbeeld.nl");
  ASSERT_TRUE(accounts::set_role(app(), "pin@voorbeeld.nl", accounts::Role::LinkingPin, true));
  auto pin = new_browser();
  log_in(pin, "pin@voorbeeld.nl");
  ASSERT_TRUE(accounts::set_role(app(), "half@voorbeeld.nl", accounts::Role::Staff, true));
  auto half = new_browser();  // staff without the second step
  log_in(half, "half@voorbeeld.nl");
  for (const auto& route : routes) {
    std::string what = route.method + " " + route.path;
    auto call = [&](HttpClient& who) { return route.method == "GET" ? who.get(route.path) : who.post(route.path, route.fields); };
    if (route.who == Who::Everyone) {
      for (HttpClient* who : {&anonymous, &member, &pin, &half, &staff}) EXPECT_EQ(call(*who).status, 200) << what;
      continue;
    }
    auto for_anonymous = call(anonymous);
    EXPECT_EQ(for_anonymous.status, 303) << what;
    EXPECT_EQ(for_anonymous.location().rfind("/inloggen", 0), 0u) << what;
    EXPECT_EQ(call(member).status, 403) << what;
    EXPECT_EQ(call(pin).status, 403) << what;
    auto for_half = call(half);
    EXPECT_EQ(for_half.status, 303) << what;
    EXPECT_EQ(for_half.location(), "/beheer/tweede-stap") << what;
    int status = call(staff).status;
    EXPECT_TRUE(status == 200 || status == 303) << what << " " << status;
  }
}

}  // namespace
}  // namespace omzien::test
