#include "search/index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

#include "core/log.h"
#include "search/initiative_document.h"

namespace omzien::search {
namespace {

namespace fs = std::filesystem;

struct Fixture {
  const char* id;
  const char* name;
  const char* summary;
  const char* description;
  std::vector<std::string> themes;
  const char* municipality;
  const char* place;
  geo::LatLon location;
};

// A small corpus in the style of the platform's profiles (made up).
const Fixture kFixtures[] = {
    {"1", "Repair Café Overvecht", "Elke maand repareren we samen kapotte spullen.",
     "Neem je kapotte broodrooster of fiets mee; onze reparateurs kijken ernaar.", {"duurzaamheid-energie"},
     "Utrecht", "Overvecht", {52.1183, 5.1145}},
    {"2", "Repair Café Zeist", "Spullen repareren in het buurthuis.", "Vrijwilligers repareren lampen en kleding.",
     {"duurzaamheid-energie"}, "Zeist", "Zeist", {52.0880, 5.2310}},
    {"3", "Taalcafé Amersfoort", "Nederlands oefenen met buren.", "Nieuwkomers praten over het weer en de markt.",
     {"taal-integratie"}, "Amersfoort", "Amersfoort", {52.1560, 5.3870}},
    {"4", "Buurtmoestuin Lombok", "Samen groenten kweken in de wijk.", "Een moestuin voor iedereen uit Lombok.",
     {"groen-natuur", "voedsel"}, "Utrecht", "Lombok", {52.0920, 5.1000}},
    {"5", "Mantelzorgpunt Houten", "Steun voor mantelzorgers.", "Wie aan mantelzorg doet, komt hier even op adem.",
     {"mantelzorg"}, "Houten", "Houten", {52.0290, 5.1680}},
    {"6", "Senioren Soos Baarn", "Gezelligheid voor senioren.", "Elke week spelletjes, koffie en een praatje.",
     {"ouderen", "eenzaamheid"}, "Baarn", "Baarn", {52.2110, 5.2870}},
    {"7", "Voedselbank Zeist", "Voedselpakketten voor wie krap zit.", "Wekelijks uitdelen aan gezinnen met schulden.",
     {"armoede-schulden", "voedsel"}, "Zeist", "Zeist", {52.0900, 5.2330}},
};

Document fixture_document(const Fixture& fixture) {
  InitiativeFields fields;
  fields.id = fixture.id;
  fields.external_id = std::string("A00") + fixture.id;
  fields.name = fixture.name;
  fields.summary = fixture.summary;
  fields.description = fixture.description;
  fields.themes = fixture.themes;
  fields.municipality = fixture.municipality;
  fields.place = fixture.place;
  fields.location = fixture.location;
  fields.phase = std::string(fixture.id) == "5" ? "startend" : "gevestigd";
  return initiative_document(fields);
}

class SearchIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    set_log_level(LogLevel::Error);
    static std::atomic<int> counter{0};
    folder_ = fs::temp_directory_path() / ("omzien-search-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(folder_);
    auto opened = Index::open(folder_.string());
    ASSERT_TRUE(opened) << opened.error().detail;
    index_ = std::move(opened.value());
    std::vector<Document> documents;
    for (const auto& fixture : kFixtures) documents.push_back(fixture_document(fixture));
    ASSERT_TRUE(index_->upsert(documents));
  }
  void TearDown() override {
    index_.reset();
    fs::remove_all(folder_);
  }

  SearchResults search(SearchQuery query) {
    auto results = index_->search(query);
    EXPECT_TRUE(results) << results.error().detail;
    return results ? std::move(results.value()) : SearchResults{};
  }
  SearchResults search(const std::string& text) { return search(SearchQuery{.text = text}); }
  static std::vector<std::string> ids(const SearchResults& results) {
    std::vector<std::string> out;
    for (const auto& hit : results.hits) out.push_back(hit.id);
    return out;
  }
  static bool found(const SearchResults& results, const std::string& id) {
    return std::any_of(results.hits.begin(), results.hits.end(), [&](const Hit& hit) { return hit.id == id && !hit.similar; });
  }

  fs::path folder_;
  std::unique_ptr<Index> index_;
};

TEST_F(SearchIndex, ASavedProfileIsFindableAtOnce) {
  InitiativeFields fields{.id = "8", .name = "Kledingruil Vathorst", .summary = "Ruilen in plaats van kopen.",
                          .municipality = "Amersfoort", .place = "Vathorst"};
  ASSERT_TRUE(index_->upsert(initiative_document(fields)));
  auto results = search("kledingruil");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].id, "8");
  EXPECT_EQ(results.hits[0].kind, "initiative");
}

TEST_F(SearchIndex, ARemovedProfileIsGoneAtOnce) {
  ASSERT_TRUE(found(search("moestuin"), "4"));
  ASSERT_TRUE(index_->remove("initiative", "4"));
  EXPECT_FALSE(found(search("moestuin"), "4"));
  EXPECT_TRUE(index_->remove("initiative", "4")) << "removing twice is fine";
}

TEST_F(SearchIndex, ASavedChangeReplacesTheOldText) {
  InitiativeFields fields{.id = "4", .name = "Fietsles Lombok", .summary = "Leren fietsen in de wijk.", .municipality = "Utrecht"};
  ASSERT_TRUE(index_->upsert(initiative_document(fields)));
  EXPECT_TRUE(found(search("fietsles"), "4"));
  EXPECT_FALSE(found(search("moestuin"), "4"));
  EXPECT_EQ(*index_->document_count(), std::size(kFixtures));
}

TEST_F(SearchIndex, FindsDutchVariantsOfWhatWasTyped) {
  struct Case {
    const char* query;
    const char* id;
  };
  const Case cases[] = {
      {"cafe", "1"},           {"repaircafés", "1"},     {"moestuin", "4"},        {"buurt moestuin", "4"},
      {"mantelzorg", "5"},     {"ouderen", "6"},         {"taal café", "3"},       {"voedsel bank", "7"},
      {"reparatie", "1"},      {"geldzorgen", "7"},      {"elderly", "6"},         {"fiets", "1"},
  };
  for (const auto& c : cases) EXPECT_TRUE(found(search(c.query), c.id)) << c.query << " should find " << c.id;
}

TEST_F(SearchIndex, NamesRankAboveDescriptions) {
  auto results = search("repair cafe");
  ASSERT_GE(results.hits.size(), 2u);
  EXPECT_TRUE(results.hits[0].id == "1" || results.hits[0].id == "2");
}

TEST_F(SearchIndex, APlaceInTheQueryRanksWhatIsThereFirst) {
  struct Case {
    const char* query;
    const char* first;
  };
  const Case cases[] = {{"repair cafe zeist", "2"}, {"repair cafe overvecht", "1"}, {"repaircafe in overvecht", "1"}};
  for (const auto& c : cases) {
    auto results = search(c.query);
    ASSERT_FALSE(results.hits.empty()) << c.query;
    EXPECT_EQ(results.hits[0].id, c.first) << c.query;
    ASSERT_TRUE(results.place) << c.query;
  }
}

TEST_F(SearchIndex, AQueryOfOnlyAPlaceListsWhatIsThere) {
  auto results = search("zeist");
  ASSERT_GE(results.hits.size(), 2u);
  std::vector<std::string> first_two = {results.hits[0].id, results.hits[1].id};
  std::sort(first_two.begin(), first_two.end());
  EXPECT_EQ(first_two, (std::vector<std::string>{"2", "7"}));
}

TEST_F(SearchIndex, ANeighbourhoodNextDoorComesBeforeTheOtherSideOfTown) {
  // Elinkwijk is part of Zuilen, but the gazetteer only knows Zuilen: a profile a few hundred
  // metres away must come before those elsewhere in Utrecht (Overvecht, Lombok).
  ASSERT_TRUE(index_->upsert(std::vector<Document>{fixture_document(
      {"50", "Buurthuis De Elink", "Koffie en spelletjes.", "Iedere dinsdag open.", {"wonen-buurt"}, "Utrecht", "Elinkwijk", {52.1075, 5.0975}})}));
  auto order = ids(search("zuilen"));
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(order[0], "50");
}

TEST_F(SearchIndex, NearMeOrdersByDistance) {
  SearchQuery query{.near = geo::LatLon{52.0885, 5.2320}, .order = Order::Distance};
  auto results = search(query);
  ASSERT_EQ(results.hits.size(), std::size(kFixtures));
  EXPECT_TRUE(results.hits[0].id == "2" || results.hits[0].id == "7") << "the two in Zeist come first";
  for (std::size_t i = 1; i < results.hits.size(); ++i) {
    ASSERT_TRUE(results.hits[i].distance_km);
    EXPECT_LE(*results.hits[i - 1].distance_km, *results.hits[i].distance_km);
  }
}

TEST_F(SearchIndex, ARadiusLeavesOutWhatIsFurther) {
  SearchQuery query{.text = "repair cafe", .near = geo::LatLon{52.0885, 5.2320}, .radius_km = 5};
  EXPECT_EQ(ids(search(query)), (std::vector<std::string>{"2"}));
}

// Issue 4: a name that says nothing about what an initiative does ("project 3d") was followed by
// initiatives that only shared words with it ("coach" in "energiecoaches"), not of its kind.
TEST_F(SearchIndex, ANameIsFollowedByInitiativesOfTheSameKindNotBySharedWords) {
  auto youth = [](const char* id, const char* name, const char* summary, const char* description, const char* theme) {
    return fixture_document({id, name, summary, description, {theme}, "Utrecht", "Utrecht", {52.09, 5.12}});
  };
  ASSERT_TRUE(index_->upsert(std::vector<Document>{
      youth("20", "De Kelder", "Een coach helpt jongeren met een eigen project.", "Elke week werken tieners met een coach aan hun plan.", "jongeren"),
      youth("21", "Jeugdsoos Meerkerk", "Vrijdagavond tafelvoetbal en muziek.", "De plek voor tieners in het dorp.", "jongeren"),
      youth("22", "Energiecoaches Elst", "Een coach helpt buren met hun eigen project.", "Elke week gaat een coach langs met een plan.", "duurzaamheid-energie"),
  }));
  auto results = search("de kelder");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].id, "20");
  auto offered = [&](const std::string& id) {
    return std::any_of(results.hits.begin(), results.hits.end(), [&](const Hit& hit) { return hit.id == id && hit.similar; });
  };
  EXPECT_TRUE(offered("21")) << "another place for young people";
  EXPECT_FALSE(offered("22")) << "shares words, but is about energy";
}

TEST_F(SearchIndex, InitiativesLikeANameAreLikeTheNamedOneNotLikeTextThatUsesTheWord) {
  auto profile = [](const char* id, const char* name, const char* summary, const char* description, const char* theme) {
    return fixture_document({id, name, summary, description, {theme}, "Utrecht", "Utrecht", {52.09, 5.12}});
  };
  ASSERT_TRUE(index_->upsert(std::vector<Document>{
      profile("40", "De Verbinding", "Een maatje voor wie zich alleen voelt.", "Een vrijwilliger komt langs voor een wandeling of koffie.", "eenzaamheid"),
      profile("41", "Samen Aan Tafel", "Buurtmaaltijd in de kerk, want samen eten geeft verbinding.", "Koks uit de buurt koken een maaltijd voor de buren.", "voedsel"),
      profile("42", "Buurtdiner Oost", "Elke maand een maaltijd voor de buren.", "Koks uit de buurt koken en iedereen schuift aan.", "voedsel"),
      profile("43", "Maatjes Oost", "Een maatje voor wie alleen is.", "Een vrijwilliger komt langs voor koffie en een wandeling.", "eenzaamheid"),
  }));
  auto results = search("de verbinding");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].id, "40");
  auto offered = [&](const std::string& id) {
    return std::any_of(results.hits.begin(), results.hits.end(), [&](const Hit& hit) { return hit.id == id && hit.similar; });
  };
  EXPECT_TRUE(offered("43")) << "befriending, like De Verbinding";
  EXPECT_FALSE(offered("42")) << "a shared meal, like the profile that only uses the word";
}

TEST_F(SearchIndex, OneWordOfAPhraseDoesNotMakeAFullMatch) {
  // "gratis kleding" is one concept (a synonym of "kledingbank"): a homework club that is free for
  // children shares "gratis" and "kinderen" but is not what the question asks for.
  auto profile = [](const char* id, const char* name, const char* summary, const char* description, const char* theme) {
    return fixture_document({id, name, summary, description, {theme}, "Utrecht", "Utrecht", {52.09, 5.12}});
  };
  ASSERT_TRUE(index_->upsert(std::vector<Document>{
      profile("30", "Kledingbank Noord", "Gratis kleding voor gezinnen met weinig geld.", "Kies zelf uit in onze winkel.", "armoede-schulden"),
      profile("31", "Huiswerkklas West", "Gratis huiswerkhulp voor kinderen.", "Kinderen maken hier hun huiswerk, gratis en met uitleg.", "jongeren"),
      profile("32", "Kinderkledingbank Oost", "Kleding voor kinderen uit gezinnen met weinig geld.", "Broeken, jassen en schoenen.", "armoede-schulden"),
  }));
  auto order = ids(search("hoe kom ik aan gratis kleding voor mijn kinderen"));
  auto position = [&](const std::string& id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
  ASSERT_LT(position("30"), static_cast<std::ptrdiff_t>(order.size()));
  ASSERT_LT(position("32"), static_cast<std::ptrdiff_t>(order.size()));
  EXPECT_LT(position("30"), position("31")) << "the clothing bank comes before the homework club";
  EXPECT_LT(position("32"), position("31"));
}

TEST_F(SearchIndex, FacetCountsAgreeWithTheResults) {
  auto results = search("repair cafe");
  std::size_t matches = 0;
  for (const auto& hit : results.hits) matches += hit.similar ? 0 : 1;
  ASSERT_EQ(results.total, matches);
  const auto& municipalities = results.facet_counts.at("municipality");
  std::size_t counted = 0;
  for (const auto& count : municipalities) counted += count.count;
  EXPECT_EQ(counted, results.total);
  const auto& themes = results.facet_counts.at("theme");
  ASSERT_FALSE(themes.empty());
  EXPECT_EQ(themes[0].value, "duurzaamheid-energie");
  EXPECT_EQ(themes[0].count, 2u);
  EXPECT_FALSE(results.counts_are_estimates);
}

TEST_F(SearchIndex, FiltersCombineAcrossFacetsAndWithinOne) {
  SearchQuery query{.filters = {{"municipality", {"GM0355"}}, {"theme", {"voedsel", "duurzaamheid-energie"}}}};
  auto results = search(query);
  auto found_ids = ids(results);
  std::sort(found_ids.begin(), found_ids.end());
  EXPECT_EQ(found_ids, (std::vector<std::string>{"2", "7"}));
  EXPECT_EQ(results.total, 2u);
}

TEST_F(SearchIndex, AnUnknownFacetIsRefused) {
  auto results = index_->search(SearchQuery{.filters = {{"colour", {"red"}}}});
  ASSERT_FALSE(results);
  EXPECT_EQ(results.error().kind, ErrorKind::Invalid);
}

TEST_F(SearchIndex, TheKindFilterKeepsOtherContentOut) {
  Document event{.kind = "event", .id = "1", .fields = {{"Repair café avond", kNameWeight}}};
  ASSERT_TRUE(index_->upsert(event));
  auto all = search("repair cafe");
  EXPECT_TRUE(std::any_of(all.hits.begin(), all.hits.end(), [](const Hit& hit) { return hit.kind == "event"; }));
  SearchQuery only_events{.text = "repair cafe", .kinds = {"event"}};
  auto events = search(only_events);
  ASSERT_EQ(events.hits.size(), 1u);
  EXPECT_EQ(events.hits[0].kind, "event");
  EXPECT_EQ(events.hits[0].id, "1");
  EXPECT_TRUE(index_->remove("initiative", "1"));
  EXPECT_EQ(search(only_events).hits.size(), 1u) << "same id, other kind: a different document";
}

TEST_F(SearchIndex, ATypoIsSearchedAsItsCorrectionAndSuggested) {
  auto results = search("mantelzrog");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].id, "5");
  EXPECT_TRUE(results.corrected);
  ASSERT_TRUE(results.suggestion);
  EXPECT_EQ(*results.suggestion, "mantelzorg");
}

TEST_F(SearchIndex, NothingFoundOffersAlternatives) {
  SearchQuery query{.text = "moestuin", .filters = {{"municipality", {"GM0310"}}}};
  auto results = search(query);
  EXPECT_EQ(results.total, 0u);
  ASSERT_FALSE(results.alternatives.empty());
  EXPECT_EQ(results.alternatives[0].reason, Alternative::Reason::WithoutFilters);
  EXPECT_EQ(results.alternatives[0].count, 1u);

  auto unknown_word = search("xylofoonles moestuin");
  EXPECT_GT(unknown_word.total, 0u) << "one known word is enough";
  auto nothing = search("xylofoonles kwarktaart");
  EXPECT_EQ(nothing.total, 0u);
}

TEST_F(SearchIndex, ExplainsWhyAHitMatched) {
  auto results = search("moestuin");
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits[0].matched_words, (std::vector<std::string>{"moestuin"}));
  std::string marked;
  for (const auto& segment : index_->highlight("Buurtmoestuin Lombok", results.hits[0]))
    marked += segment.matched ? "[" + segment.text + "]" : segment.text;
  EXPECT_EQ(marked, "[Buurtmoestuin] Lombok");
}

TEST_F(SearchIndex, StaffSynonymsWorkWithoutACodeChange) {
  EXPECT_FALSE(found(search("knutselkafee"), "1"));
  ASSERT_TRUE(index_->set_extra_synonyms("# ours\nknutselkafee, repair cafe\n"));
  EXPECT_TRUE(found(search("knutselkafee"), "1"));
  auto bad = index_->set_extra_synonyms("alleen\n");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::Invalid);
}

TEST_F(SearchIndex, ARebuildSwapsInAFreshIndex) {
  std::vector<Document> documents = {fixture_document(kFixtures[0])};
  ASSERT_TRUE(index_->rebuild(documents));
  EXPECT_EQ(*index_->document_count(), 1u);
  EXPECT_TRUE(found(search("repair"), "1"));
  EXPECT_FALSE(found(search("moestuin"), "4"));
  ASSERT_TRUE(index_->upsert(fixture_document(kFixtures[3])));
  EXPECT_TRUE(found(search("moestuin"), "4"));
}

TEST_F(SearchIndex, ReopeningKeepsDocumentsAndSynonyms) {
  ASSERT_TRUE(index_->set_extra_synonyms("knutselkafee, repair cafe\n"));
  index_.reset();
  auto reopened = Index::open(folder_.string());
  ASSERT_TRUE(reopened);
  index_ = std::move(reopened.value());
  EXPECT_EQ(*index_->document_count(), std::size(kFixtures));
  EXPECT_TRUE(found(search("knutselkafee"), "1"));
  EXPECT_FALSE(index_->needs_rebuild());
}

}  // namespace
}  // namespace omzien::search
