// Events in the search: a saved event is findable at once in its own section of /zoeken, a
// cancelled or ended one leaves it, and a street address is not searchable.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "features/events/event_http_test.h"
#include "features/search/indexing.h"
#include "search/event_document.h"
#include "search/index.h"

namespace omzien::test {
namespace {

class SearchEventsHttpTest : public EventHttpTest {
 protected:
  // The events section of the results page for `query` (empty when there is none).
  std::string events_section(const std::string& query) {
    auto page = new_browser().get("/zoeken?q=" + query);
    EXPECT_EQ(page.status, 200);
    auto start = page.body.find("id=\"bijeenkomsten-kop\"");
    if (start == std::string::npos) return "";
    return page.body.substr(start, page.body.find("</section>", start) - start);
  }
  std::size_t events_in_index(const std::string& query) {
    search::SearchQuery q{.text = query, .kinds = {std::string(search::kEventKind)}};
    auto found = app().search_index->search(q);
    EXPECT_TRUE(found);
    std::size_t exact = 0;
    for (const auto& hit : found->hits) exact += hit.similar ? 0 : 1;
    return exact;
  }
};

TEST_F(SearchEventsHttpTest, ASavedEventIsFindableAtOnceInItsOwnSection) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Open dag buurtmoestuin"));
  ASSERT_FALSE(slug.empty());
  std::string section = events_section("moestuin");
  EXPECT_NE(section.find("href=\"/bijeenkomsten/" + slug + "\""), std::string::npos) << section;
  EXPECT_NE(section.find("<mark>"), std::string::npos) << "the matched word is marked";
  EXPECT_NE(section.find("Buurthuis De Linde"), std::string::npos) << "where it is";

  // A change of title is in the index at once: the old word no longer finds it.
  pin.get("/bijeenkomsten/" + slug + "/bewerken");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/bewerken", with(session_fields("Open dag kledingruil"), {})).status, 303);
  EXPECT_EQ(events_section("moestuin"), "");
  EXPECT_NE(events_section("kledingruil").find(slug), std::string::npos);
}

TEST_F(SearchEventsHttpTest, TheApiListsInitiativesOnly) {
  auto pin = linking_pin();
  ASSERT_FALSE(create_event(pin, session_fields("Taalcafé voor nieuwkomers")).empty());
  auto answer = nlohmann::json::parse(new_browser().get("/api/v1/zoeken?q=taalcafe").body);
  EXPECT_EQ(answer["results"].size(), 0u);
}

TEST_F(SearchEventsHttpTest, ACancelledEventLeavesTheSearch) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Repair café op het plein"));
  ASSERT_NE(events_section("repair+cafe"), "");
  pin.get("/bijeenkomsten/" + slug + "/afgelasten");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + slug + "/afgelasten", {{"note", "Te weinig vrijwilligers."}}).status, 303);
  EXPECT_EQ(events_section("repair+cafe"), "");
  EXPECT_EQ(events_in_index("repair cafe"), 0u);
}

TEST_F(SearchEventsHttpTest, AnEndedEventLeavesTheSearch) {
  auto pin = linking_pin();
  std::string slug = create_event(pin, session_fields("Buurtmaaltijd in de kerk", 2));
  ASSERT_NE(events_section("buurtmaaltijd"), "");
  app().clock.advance(event(slug).ends_at - app().clock.now() + 60);
  EXPECT_EQ(events_section("buurtmaaltijd"), "") << "not shown once it has ended";
  app().run_scheduled_jobs();
  EXPECT_EQ(events_in_index("buurtmaaltijd"), 0u) << "and the scheduler takes it out of the index";
}

TEST_F(SearchEventsHttpTest, AStreetAddressIsNeitherSearchableNorShown) {
  auto pin = linking_pin();
  ASSERT_FALSE(create_event(pin, with(session_fields("Koffieochtend"), {{"address_private", "ja"}})).empty());
  std::string section = events_section("koffieochtend");
  EXPECT_NE(section.find("Buurthuis De Linde"), std::string::npos) << section;
  EXPECT_EQ(section.find("Slotlaan"), std::string::npos) << "the address of a private venue stays private";
  EXPECT_EQ(events_in_index("slotlaan"), 0u);
}

TEST_F(SearchEventsHttpTest, ARebuildIndexesUpcomingEventsButNotCancelledOnes) {
  auto pin = linking_pin();
  create_event(pin, session_fields("Wandelgroep voor senioren"));
  std::string cancelled = create_event(pin, session_fields("Wandelgroep in de avond"));
  pin.get("/bijeenkomsten/" + cancelled + "/afgelasten");
  ASSERT_EQ(pin.post("/bijeenkomsten/" + cancelled + "/afgelasten", {{"note", ""}}).status, 303);
  auto rebuilt = search_pages::rebuild_search_index(app());
  ASSERT_TRUE(rebuilt);
  EXPECT_EQ(events_in_index("wandelgroep"), 1u);
}

}  // namespace
}  // namespace omzien::test
