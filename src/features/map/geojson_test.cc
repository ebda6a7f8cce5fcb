// The GeoJSON of the map: standard shape, public fields, and never a home's exact point.
#include "features/map/geojson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "geo/precision.h"

namespace omzien::map {
namespace {

MapEntry entry_at_home(std::int64_t id, initiatives::LocationPrecision precision) {
  initiatives::Initiative i;
  i.id = id;
  i.municipality_code = "GM0344";
  i.place = "Overvecht";
  i.lat = 52.1187654;  // digits that no area centre shares
  i.lon = 5.1076543;
  i.location_precision = precision;
  initiatives::DirectoryEntry entry;
  entry.id = id;
  entry.slug = "breiclub-" + std::to_string(id);
  entry.name = "Breiclub <Het Bolletje>";
  entry.sentence = "We breien samen.";
  entry.municipality_code = i.municipality_code;
  entry.place = i.place;
  entry.themes = {"ouderen"};
  return {entry, *map_point_of(i), std::nullopt};
}

std::vector<ThemeMarker> markers() { return theme_markers({{"ouderen", "Ouderen", 0, false}}); }

TEST(MapGeoJson, AFeatureCollectionOfPointsWithLongitudeFirst) {
  auto body = to_geojson({entry_at_home(1, initiatives::LocationPrecision::Exact)}, markers(), "https://omzien.example");
  auto json = nlohmann::json::parse(body);
  EXPECT_EQ(json["type"], "FeatureCollection");
  ASSERT_EQ(json["features"].size(), 1u);
  const auto& feature = json["features"][0];
  EXPECT_EQ(feature["type"], "Feature");
  EXPECT_EQ(feature["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(feature["geometry"]["coordinates"][0].get<double>(), 5.10765);
  EXPECT_DOUBLE_EQ(feature["geometry"]["coordinates"][1].get<double>(), 52.11877);
  const auto& properties = feature["properties"];
  EXPECT_EQ(properties["n"], "Breiclub <Het Bolletje>");
  EXPECT_EQ(properties["z"], "We breien samen.");
  EXPECT_EQ(json["profile_url"].get<std::string>() + properties["s"].get<std::string>(),
            "https://omzien.example/initiatieven/breiclub-1");
  EXPECT_EQ(properties["p"], "Overvecht, Utrecht");
  EXPECT_EQ(properties["t"], nlohmann::json::array({"Ou"}));
  EXPECT_EQ(json["themes"]["Ou"]["label"], "Ouderen") << "the theme codes are explained once";
  EXPECT_EQ(json["themes"]["Ou"]["id"], "ouderen");
  EXPECT_FALSE(properties.contains("a")) << "an exact point is not marked approximate";
  EXPECT_FALSE(properties.contains("k")) << "no empty distance without near me";
}

TEST(MapGeoJson, AHomeBasedInitiativeGivesOnlyItsAreaCentre) {
  auto body = to_geojson({entry_at_home(1, initiatives::LocationPrecision::Neighbourhood),
                          entry_at_home(2, initiatives::LocationPrecision::Municipality)},
                         markers(), "");
  for (std::string digits : {"1187654", "1076543", "11877", "10765", "1188", "1077"})
    EXPECT_EQ(body.find(digits), std::string::npos) << digits << " in " << body;
  auto json = nlohmann::json::parse(body);
  for (const auto& feature : json["features"]) {
    geo::LatLon point{feature["geometry"]["coordinates"][1].get<double>(),
                      feature["geometry"]["coordinates"][0].get<double>()};
    EXPECT_TRUE(geo::is_area_centre(point));
  }
  EXPECT_EQ(json["features"][0]["properties"]["a"], "Overvecht");
  EXPECT_EQ(json["features"][1]["properties"]["a"], "Utrecht");
  EXPECT_EQ(json["features"][1]["properties"]["p"], "Utrecht") << "municipality only: not the neighbourhood";
}

TEST(MapGeoJson, DistancesComeWithNearMe) {
  MapEntry entry = entry_at_home(1, initiatives::LocationPrecision::Neighbourhood);
  entry.distance_km = 2.345;
  auto json = nlohmann::json::parse(to_geojson({entry}, markers(), ""));
  EXPECT_DOUBLE_EQ(json["features"][0]["properties"]["k"].get<double>(), 2.3);
}

TEST(MapGeoJson, LeavesOutEmptyFieldsToStaySmall) {
  MapEntry entry = entry_at_home(1, initiatives::LocationPrecision::Exact);
  entry.entry.sentence.clear();
  entry.entry.themes.clear();
  auto body = to_geojson({entry}, markers(), "");
  const auto properties = nlohmann::json::parse(body)["features"][0]["properties"];
  EXPECT_FALSE(properties.contains("z"));
  EXPECT_FALSE(properties.contains("t"));
  EXPECT_EQ(body.find("\"\""), std::string::npos) << "no empty strings: " << body;
  EXPECT_LT(body.size(), 400u) << body;
}

TEST(MapGeoJson, AnAreaCentreKeepsNoMoreDigitsThanTheGazetteerGives) {
  MapEntry entry = entry_at_home(1, initiatives::LocationPrecision::Neighbourhood);
  entry.point.point = {entry.point.point.lat + 0.0000049, entry.point.point.lon - 0.0000049};  // stored long ago
  auto json = nlohmann::json::parse(to_geojson({entry}, markers(), ""));
  geo::LatLon shown{json["features"][0]["geometry"]["coordinates"][1].get<double>(),
                    json["features"][0]["geometry"]["coordinates"][0].get<double>()};
  EXPECT_TRUE(geo::is_area_centre(shown));
}

}  // namespace
}  // namespace omzien::map
