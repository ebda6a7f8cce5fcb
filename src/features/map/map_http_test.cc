// The map over real HTTP: /kaart, its GeoJSON, the embed and near me. Profiles are made through the
// store with an exact (private) point, so the tests can look for that point's digits everywhere.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "features/initiatives/initiative_store.h"
#include "geo/precision.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using initiatives::Initiative;
using initiatives::LocationPrecision;

struct Home {
  double lat;
  double lon;
  std::vector<std::string> digits;  // pieces of the exact point that must never be public
};
// Made-up homes, with digits that appear nowhere in the gazetteer.
const Home kOvervechtHome{52.1213579, 5.1024680, {"1213579", "1024680", "52.12135", "5.10246", "52.1214", "5.1025"}};
const Home kZeistHome{52.0913571, 5.2424689, {"0913571", "2424689", "52.09135", "5.24246", "52.0914", "5.2425"}};

class MapHttpTest : public HttpTest {
 protected:
  std::int64_t add(std::string name, std::string municipality, std::string place, LocationPrecision precision,
                   std::optional<Home> home = std::nullopt, std::vector<std::string> themes = {"voedsel"},
                   bool tell_listeners = true) {
    Initiative i;
    i.name = std::move(name);
    i.municipality_code = std::move(municipality);
    i.place = std::move(place);
    i.sentence = "We doen samen iets goeds in de buurt.";
    i.themes = std::move(themes);
    i.location_precision = precision;
    if (home) {
      i.lat = home->lat;
      i.lon = home->lon;
    }
    auto saved = app().db->write<Initiative>(
        [&](db::Connection& c) { return initiatives::insert_initiative(c, i, app().clock.now()); });
    EXPECT_TRUE(saved) << saved.error().detail;
    if (tell_listeners) app().notify_content_changed({"initiative", saved->id, ContentChange::Action::Saved});
    return saved->id;
  }

  static void expect_no_digits(const std::string& body, const Home& home, const std::string& where) {
    for (const auto& digits : home.digits)
      EXPECT_EQ(body.find(digits), std::string::npos) << "the exact point (" << digits << ") leaks in " << where;
  }

  static std::vector<std::string> names_in(const nlohmann::json& collection) {
    std::vector<std::string> names;
    for (const auto& feature : collection["features"]) names.push_back(feature["properties"]["n"]);
    return names;
  }
};

TEST_F(MapHttpTest, TheMapPageListsTheSameFilteredInitiativesAndLinksToTheirData) {
  add("Voedselbank Zeist", "GM0355", "Zeist", LocationPrecision::Neighbourhood, kZeistHome, {"voedsel"});
  add("Taalcafé Overvecht", "GM0344", "Overvecht", LocationPrecision::Exact, kOvervechtHome, {"taal-integratie"});
  auto page = new_browser().get("/kaart?thema=voedsel");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Voedselbank Zeist"));
  EXPECT_FALSE(page_says(page.body, "Taalcafé Overvecht"));
  EXPECT_NE(page.body.find("data-geojson=\"/kaart/initiatieven.geojson?thema=voedsel\""), std::string::npos);
  EXPECT_NE(page.body.find("<link rel=\"preload\" href=\"/kaart/initiatieven.geojson?thema=voedsel\" as=\"fetch\""),
            std::string::npos) << "the data downloads with the page, at the address the script fetches (else twice)";
  EXPECT_NE(page.body.find("href=\"/initiatieven?thema=voedsel\""), std::string::npos) << "the list keeps the filters";
  EXPECT_TRUE(page_says(page.body, "De kaart werkt alleen met JavaScript")) << "a note for browsers without it";
  EXPECT_NE(page.body.find("href=\"/kaart\""), std::string::npos) << "the menu has the map";

  auto data = new_browser().get("/kaart/initiatieven.geojson?thema=voedsel");
  ASSERT_EQ(data.status, 200);
  EXPECT_EQ(data.header("Content-Type"), "application/geo+json");
  EXPECT_EQ(data.header("Access-Control-Allow-Origin"), "*");
  auto json = nlohmann::json::parse(data.body);
  EXPECT_EQ(names_in(json), std::vector<std::string>{"Voedselbank Zeist"});

  auto directory = new_browser().get("/initiatieven?thema=voedsel");
  EXPECT_NE(directory.body.find("href=\"/kaart?thema=voedsel\""), std::string::npos) << "and back to the map";
}

TEST_F(MapHttpTest, AHomeBasedInitiativeNeverShowsItsExactPointOnAnyPublicPage) {
  auto neighbourhood = add("Breiclub Overvecht", "GM0344", "Overvecht", LocationPrecision::Neighbourhood, kOvervechtHome);
  add("Kookclub Zeist", "GM0355", "Zeist", LocationPrecision::Municipality, kZeistHome);
  auto browser = new_browser();
  for (std::string path : {"/kaart", "/kaart/initiatieven.geojson", "/embed/kaart", "/initiatieven",
                           "/initiatieven/breiclub-overvecht", "/initiatieven/kookclub-zeist",
                           "/kaart?bij=Overvecht&km=5", "/initiatieven?bij=Zeist&km=25",
                           "/kaart/initiatieven.geojson?bij=Zeist&km=25", "/open-data/initiatieven.json",
                           "/kaart?q=breiclub", "/kaart/initiatieven.geojson?q=breiclub+kookclub",
                           "/embed/kaart?q=kookclub"}) {
    auto page = browser.get(path);
    EXPECT_EQ(page.status, 200) << path;
    expect_no_digits(page.body, kOvervechtHome, path);
    expect_no_digits(page.body, kZeistHome, path);
  }
  auto json = nlohmann::json::parse(browser.get("/kaart/initiatieven.geojson").body);
  ASSERT_EQ(json["features"].size(), 2u);
  for (const auto& feature : json["features"]) {
    geo::LatLon point{feature["geometry"]["coordinates"][1].get<double>(),
                      feature["geometry"]["coordinates"][0].get<double>()};
    EXPECT_TRUE(geo::is_area_centre(point)) << feature.dump();
    EXPECT_TRUE(feature["properties"].contains("a")) << "marked as approximate";
    if (feature["id"] == neighbourhood) {
      EXPECT_EQ(feature["properties"]["a"], "Overvecht");
    }
  }
}

TEST_F(MapHttpTest, AnExactLocationIsShownWhereItIs) {
  add("Buurthuis De Boog", "GM0344", "Overvecht", LocationPrecision::Exact, kOvervechtHome);
  auto json = nlohmann::json::parse(new_browser().get("/kaart/initiatieven.geojson").body);
  ASSERT_EQ(json["features"].size(), 1u);
  EXPECT_DOUBLE_EQ(json["features"][0]["geometry"]["coordinates"][1].get<double>(), 52.12136);
  EXPECT_FALSE(json["features"][0]["properties"].contains("a")) << "not marked as approximate";
}

TEST_F(MapHttpTest, ProfilesWrittenWhileNobodyListenedStillReachTheMap) {
  add("Repair Café Bilthoven", "GM0310", "Bilthoven", LocationPrecision::Neighbourhood, std::nullopt, {"voedsel"},
      /*tell_listeners=*/false);
  auto json = nlohmann::json::parse(new_browser().get("/kaart/initiatieven.geojson").body);
  EXPECT_EQ(names_in(json), std::vector<std::string>{"Repair Café Bilthoven"});
  add("Taalcafé Maarssen", "GM1904", "Maarssen", LocationPrecision::Neighbourhood, std::nullopt, {"voedsel"}, false);
  restart_server();  // the start-up refresh catches up, so near me finds it too
  auto near = new_browser().get("/initiatieven?bij=Maarssen&km=2");
  EXPECT_TRUE(page_says(near.body, "Taalcafé Maarssen"));
}

TEST_F(MapHttpTest, NearMeFiltersAndSortsTheDirectoryAndTheMapByDistance) {
  add("Moestuin Zeist", "GM0355", "Zeist", LocationPrecision::Neighbourhood);
  add("Kledingruil Den Dolder", "GM0355", "Den Dolder", LocationPrecision::Neighbourhood);
  add("Taalcafé Amersfoort", "GM0307", "Amersfoort", LocationPrecision::Neighbourhood);
  add("Buurtkeuken Overvecht", "GM0344", "Overvecht", LocationPrecision::Neighbourhood);
  auto zeist = *geo::find_place("Zeist");
  auto dolder = *geo::find_place("Den Dolder");
  auto amersfoort = *geo::find_place("Amersfoort");
  ASSERT_LT(geo::distance_km(zeist.centre, dolder.centre), 8.0);
  ASSERT_GT(geo::distance_km(zeist.centre, amersfoort.centre), 8.0);

  auto page = new_browser().get("/initiatieven?bij=Zeist&km=8");
  ASSERT_EQ(page.status, 200);
  auto zeist_at = page.body.find("Moestuin Zeist");
  auto dolder_at = page.body.find("Kledingruil Den Dolder");
  ASSERT_NE(zeist_at, std::string::npos);
  ASSERT_NE(dolder_at, std::string::npos);
  EXPECT_LT(zeist_at, dolder_at) << "nearest first";
  EXPECT_FALSE(page_says(page.body, "Taalcafé Amersfoort"));
  EXPECT_TRUE(page_says(page.body, "Je zoekt binnen 8 km van Zeist"));
  EXPECT_NE(page.body.find("href=\"/kaart?bij=Zeist&amp;km=8\""), std::string::npos) << "the map keeps near me";

  auto json = nlohmann::json::parse(new_browser().get("/kaart/initiatieven.geojson?bij=Zeist&km=8").body);
  ASSERT_EQ(names_in(json), (std::vector<std::string>{"Moestuin Zeist", "Kledingruil Den Dolder"}));
  EXPECT_LT(json["features"][0]["properties"]["k"].get<double>(),
            json["features"][1]["properties"]["k"].get<double>());

  // The browser's position works the same (rounded; only inside the province).
  auto by_position = new_browser().get("/kaart?lat=52.156&lon=5.387&km=3");
  EXPECT_TRUE(page_says(by_position.body, "Taalcafé Amersfoort"));
  EXPECT_FALSE(page_says(by_position.body, "Moestuin Zeist"));
  EXPECT_TRUE(page_says(by_position.body, "binnen 3 km van jouw plek"));

  // Another order keeps the distance filter.
  auto by_name = new_browser().get("/initiatieven?bij=Zeist&km=8&sorteer=naam");
  EXPECT_LT(by_name.body.find("Kledingruil Den Dolder"), by_name.body.find("Moestuin Zeist"));
}

TEST_F(MapHttpTest, NearMeAlsoNarrowsAndSortsTheSearchResults) {
  add("Moestuin Zeist", "GM0355", "Zeist", LocationPrecision::Neighbourhood, std::nullopt, {"groen-natuur"});
  add("Moestuin Den Dolder", "GM0355", "Den Dolder", LocationPrecision::Neighbourhood, std::nullopt, {"groen-natuur"});
  add("Moestuin Amersfoort", "GM0307", "Amersfoort", LocationPrecision::Neighbourhood, std::nullopt, {"groen-natuur"});
  auto all = new_browser().get("/zoeken?q=moestuin");
  ASSERT_EQ(all.status, 200);
  EXPECT_TRUE(page_says(all.body, "Moestuin Amersfoort")) << "without near me every garden is found";

  auto near = new_browser().get("/zoeken?q=moestuin&bij=Zeist&km=8");
  ASSERT_EQ(near.status, 200);
  EXPECT_FALSE(page_says(near.body, "Moestuin Amersfoort")) << "Amersfoort is further than 8 km from Zeist";
  auto zeist_at = near.body.find("href=\"/initiatieven/moestuin-zeist\"");  // the names carry <mark>s
  auto dolder_at = near.body.find("href=\"/initiatieven/moestuin-den-dolder\"");
  ASSERT_NE(zeist_at, std::string::npos);
  ASSERT_NE(dolder_at, std::string::npos);
  EXPECT_LT(zeist_at, dolder_at) << "nearest first";
  EXPECT_TRUE(page_says(near.body, "Je zoekt binnen 8 km van Zeist"));
  EXPECT_NE(near.body.find("value=\"Zeist\""), std::string::npos) << "the field keeps the place";
  EXPECT_NE(near.body.find("href=\"/zoeken?q=moestuin\""), std::string::npos) << "ending near me keeps the words";
  EXPECT_NE(near.body.find("href=\"/kaart?q=moestuin&amp;bij=Zeist&amp;km=8\""), std::string::npos) << "the map keeps both";

  // Without words: everything within reach, nearest first; and an unknown place says so.
  auto nearby = new_browser().get("/zoeken?bij=Den+Dolder&km=3");
  EXPECT_TRUE(page_says(nearby.body, "Moestuin Den Dolder"));
  EXPECT_FALSE(page_says(nearby.body, "Moestuin Amersfoort"));
  app().pdok.reset();
  auto unknown = new_browser().get("/zoeken?q=moestuin&bij=Xyzzydorp&km=5");
  EXPECT_TRUE(page_says(unknown.body, "Vul een plaats of wijk in"));
  EXPECT_TRUE(page_says(unknown.body, "Moestuin Amersfoort")) << "without a spot the results are not narrowed";
}

TEST_F(MapHttpTest, AnUnknownPlaceForNearMeGetsADutchMessageAndNoFilter) {
  app().pdok.reset();  // offline: only the gazetteer
  add("Moestuin Zeist", "GM0355", "Zeist", LocationPrecision::Neighbourhood);
  auto page = new_browser().get("/initiatieven?bij=Xyzzydorp&km=5");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Vul een plaats of wijk in"));
  EXPECT_TRUE(page_says(page.body, "Moestuin Zeist")) << "without a spot the list is not narrowed";
  auto map = new_browser().get("/kaart?bij=3701GA&km=5");
  EXPECT_TRUE(page_says(map.body, "Postcodes opzoeken lukt nu even niet"));
}

TEST_F(MapHttpTest, OnlyTheEmbedMayBeFramedByOtherWebsites) {
  add("Moestuin Zeist", "GM0355", "Zeist", LocationPrecision::Neighbourhood);
  auto browser = new_browser();
  for (int round = 0; round < 2; ++round) {  // the second answer comes from the page cache
    auto embed = browser.get("/embed/kaart?thema=voedsel");
    ASSERT_EQ(embed.status, 200);
    std::string policy = embed.header("Content-Security-Policy");
    EXPECT_NE(policy.find("frame-ancestors *"), std::string::npos) << policy;
    EXPECT_EQ(policy.find("'none'; frame"), std::string::npos);
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
    EXPECT_NE(policy.find("img-src 'self' data: https://service.pdok.nl"), std::string::npos) << policy;
    EXPECT_EQ(embed.header("X-Frame-Options"), "");
    EXPECT_NE(embed.body.find("data-geojson=\"/kaart/initiatieven.geojson?thema=voedsel\""), std::string::npos);
    EXPECT_EQ(embed.body.find("omzien-header"), std::string::npos) << "no site header in the embed";
  }
  for (std::string path : {"/", "/kaart", "/kaart?thema=voedsel", "/initiatieven", "/kaart/initiatieven.geojson",
                           "/initiatieven/moestuin-zeist", "/open-data", "/inloggen", "/embed/bestaat-niet"}) {
    auto page = browser.get(path);
    EXPECT_NE(page.header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(page.header("X-Frame-Options"), "DENY") << path;
  }
}

TEST_F(MapHttpTest, TheMapPageOffersTheCodeToEmbedTheSameSelection) {
  auto page = new_browser().get("/kaart?gemeente=GM0355");
  EXPECT_NE(page.body.find("&lt;iframe src=\"" + base_url() + "/embed/kaart?gemeente=GM0355\""),
            std::string::npos);
}

TEST_F(MapHttpTest, TheOpenDataPageOffersTheCodeToEmbedTheMap) {
  auto page = new_browser().get("/open-data");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "De kaart op je eigen website"));
  EXPECT_NE(page.body.find("&lt;iframe src=\"" + base_url() + "/embed/kaart\" title=\"Kaart van bewonersinitiatieven\""),
            std::string::npos);
  EXPECT_NE(page.body.find(base_url() + "/kaart/initiatieven.geojson"), std::string::npos) << "and the map data";
  EXPECT_EQ(new_browser().get("/embed/kaart").status, 200) << "the snippet points at a page that exists";
}

}  // namespace
}  // namespace omzien::test
