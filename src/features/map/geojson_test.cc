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
  EXPECT_EQ(properties["name"], "Breiclub <Het Bolletje>");
  EXPECT_EQ(properties["url"], "https://omzien.example/initiatieven/breiclub-1");
  EXPECT_EQ(properties["place"], "Overvecht, Utrecht");
  EXPECT_EQ(properties["marker"], "Ou");
  EXPECT_EQ(properties["theme_label"], "Ouderen");
  EXPECT_FALSE(properties["approximate"].get<bool>());
  EXPECT_FALSE(properties.contains("area"));
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
    EXPECT_TRUE(feature["properties"]["approximate"].get<bool>());
  }
  EXPECT_EQ(json["features"][0]["properties"]["area"], "Overvecht");
  EXPECT_EQ(json["features"][1]["properties"]["area"], "Utrecht");
  EXPECT_EQ(json["features"][1]["properties"]["place"], "Utrecht") << "municipality only: not the neighbourhood";
}

TEST(MapGeoJson, DistancesComeWithNearMe) {
  MapEntry entry = entry_at_home(1, initiatives::LocationPrecision::Neighbourhood);
  entry.distance_km = 2.345;
  auto json = nlohmann::json::parse(to_geojson({entry}, markers(), ""));
  EXPECT_DOUBLE_EQ(json["features"][0]["properties"]["distance_km"].get<double>(), 2.3);
}

}  // namespace
}  // namespace omzien::map
