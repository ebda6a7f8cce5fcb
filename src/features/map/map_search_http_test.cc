// Search words on the map: /kaart?q=, its GeoJSON and the embed show exactly what /zoeken finds with
// the same filters, the links between list and map keep both, and an empty result explains itself.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "features/initiatives/initiative_store.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using initiatives::Initiative;
using initiatives::LocationPrecision;

class MapSearchHttpTest : public HttpTest {
 protected:
  void SetUp() override {
    HttpTest::SetUp();
    add("Moestuin Zeist", "GM0355", "Zeist", "We telen samen groente in een moestuin.", {"groen-natuur"});
    add("Moestuin Amersfoort", "GM0307", "Amersfoort", "Een moestuin voor de hele wijk.", {"groen-natuur", "voedsel"});
    add("Taalcafé Overvecht", "GM0344", "Overvecht", "Samen Nederlands oefenen bij de koffie.", {"taal-integratie"});
    add("Voedselbank Zeist", "GM0355", "Zeist", "Pakketten voor wie het nodig heeft.", {"voedsel"});
  }

  void add(std::string name, std::string municipality, std::string place, std::string sentence,
           std::vector<std::string> themes) {
    Initiative i;
    i.name = std::move(name);
    i.municipality_code = std::move(municipality);
    i.place = std::move(place);
    i.sentence = std::move(sentence);
    i.themes = std::move(themes);
    i.location_precision = LocationPrecision::Neighbourhood;
    auto saved = app().db->write<Initiative>(
        [&](db::Connection& c) { return initiatives::insert_initiative(c, i, app().clock.now()); });
    ASSERT_TRUE(saved) << saved.error().detail;
    app().notify_content_changed({"initiative", saved->id, ContentChange::Action::Saved});
  }

  std::vector<std::string> map_names(const std::string& query) {
    auto data = new_browser().get("/kaart/initiatieven.geojson?" + query);
    EXPECT_EQ(data.status, 200) << query;
    std::vector<std::string> names;
    auto collection = nlohmann::json::parse(data.body);
    for (const auto& feature : collection["features"]) names.push_back(feature["properties"]["n"]);
    std::sort(names.begin(), names.end());
    return names;
  }
};

using Names = std::vector<std::string>;

TEST_F(MapSearchHttpTest, TheMapShowsExactlyWhatTheSearchFindsWithTheSameFilters) {
  EXPECT_EQ(map_names("q=moestuin"), (Names{"Moestuin Amersfoort", "Moestuin Zeist"}));
  auto search = new_browser().get("/zoeken?q=moestuin");
  EXPECT_TRUE(page_says(search.body, "2 initiatieven gevonden")) << "the same number as the search";
  EXPECT_EQ(map_names("q=moestuin&gemeente=GM0355"), Names{"Moestuin Zeist"});
  EXPECT_EQ(map_names("q=moestuin&thema=voedsel"), Names{"Moestuin Amersfoort"});

  auto page = new_browser().get("/kaart?q=moestuin");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "2 initiatieven voor “moestuin”"));
  EXPECT_TRUE(page_says(page.body, "Moestuin Amersfoort"));
  EXPECT_FALSE(page_says(page.body, "Taalcafé Overvecht"));
  EXPECT_FALSE(page_says(page.body, "Voedselbank Zeist"));
  EXPECT_FALSE(page_says(page.body, "gebruikt de kaart nog niet")) << "the old excuse is gone";

  auto embed = new_browser().get("/embed/kaart?q=moestuin");
  EXPECT_NE(embed.body.find("data-geojson=\"/kaart/initiatieven.geojson?q=moestuin\""), std::string::npos);
}

TEST_F(MapSearchHttpTest, ATypoOnTheMapStillFindsWhatTheSearchFinds) {
  auto found = map_names("q=moestuun");
  EXPECT_EQ(found, (Names{"Moestuin Amersfoort", "Moestuin Zeist"}));
  EXPECT_TRUE(page_says(new_browser().get("/zoeken?q=moestuun").body, "2 initiatieven gevonden")) << "as the search";
  auto page = new_browser().get("/kaart?q=moestuun");
  EXPECT_TRUE(page_says(page.body, "We zochten ook naar moestuin")) << "the map says which words it used, as the search does";
  EXPECT_NE(page.body.find("href=\"/kaart?q=moestuin\""), std::string::npos) << "and offers the corrected words";
}

TEST_F(MapSearchHttpTest, TheWordsAndFiltersStayWhenSwitchingBetweenListAndMap) {
  auto map = new_browser().get("/kaart?q=moestuin&thema=groen-natuur");
  ASSERT_EQ(map.status, 200);
  EXPECT_NE(map.body.find("id=\"kaart-zoekwoorden\" type=\"search\" name=\"q\" value=\"moestuin\""), std::string::npos)
      << "the map's form shows the words";
  EXPECT_EQ(input_value(map.body, "q"), "moestuin") << "and so does the search box in the header";
  EXPECT_NE(map.body.find("href=\"/zoeken?q=moestuin&amp;thema=groen-natuur\""), std::string::npos) << "to the list";
  EXPECT_NE(map.body.find("data-geojson=\"/kaart/initiatieven.geojson?q=moestuin&amp;thema=groen-natuur\""),
            std::string::npos);
  EXPECT_NE(map.body.find("/embed/kaart?q=moestuin&amp;thema=groen-natuur"), std::string::npos) << "the embed code";
  EXPECT_NE(map.body.find("href=\"/kaart?q=moestuin\">Alle filters wissen"), std::string::npos)
      << "clearing the filters keeps the words";

  auto list = new_browser().get("/zoeken?q=moestuin&thema=groen-natuur");
  EXPECT_NE(list.body.find("href=\"/kaart?q=moestuin&amp;thema=groen-natuur\""), std::string::npos) << "and back";
}

TEST_F(MapSearchHttpTest, AnEmptyResultExplainsItselfInsteadOfShowingAnEmptyMap) {
  auto page = new_browser().get("/kaart?q=zeilvliegen&gemeente=GM0355");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "We vonden geen initiatieven voor “zeilvliegen” met deze filters."));
  EXPECT_EQ(page.body.find("data-omzien-map"), std::string::npos) << "no empty map";
  EXPECT_NE(page.body.find("href=\"/kaart?q=zeilvliegen\""), std::string::npos) << "the words without the filters";
  EXPECT_NE(page.body.find("href=\"/kaart?gemeente=GM0355\""), std::string::npos) << "the filters without the words";
  EXPECT_NE(page.body.find("href=\"/kaart\""), std::string::npos) << "everything";
  EXPECT_EQ(map_names("q=zeilvliegen&gemeente=GM0355"), Names{});

  auto filters_only = new_browser().get("/kaart?thema=mobiliteit");
  EXPECT_TRUE(page_says(filters_only.body, "Er zijn geen initiatieven die bij deze filters passen."));
  EXPECT_EQ(filters_only.body.find("data-omzien-map"), std::string::npos);

  auto embed = new_browser().get("/embed/kaart?q=zeilvliegen");
  ASSERT_EQ(embed.status, 200);
  EXPECT_TRUE(page_says(embed.body, "Er zijn geen initiatieven gevonden voor “zeilvliegen”."));
  EXPECT_EQ(embed.body.find("data-omzien-map"), std::string::npos);
  EXPECT_NE(embed.body.find("href=\"" + base_url() + "/kaart\""), std::string::npos);
}

}  // namespace
}  // namespace omzien::test
