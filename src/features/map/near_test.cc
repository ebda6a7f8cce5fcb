// Near me: the parameters in the address bar and the distance arithmetic.
#include "features/map/near.h"

#include <gtest/gtest.h>

namespace omzien::map {
namespace {

http::Params params(std::vector<std::pair<std::string, std::string>> pairs) {
  http::Params p;
  for (auto& [name, value] : pairs) p.add(name, value);
  return p;
}

TEST(MapNear, APlaceAndADistanceStayInEveryLink) {
  auto query = initiatives::DirectoryQuery::from_params(params({{"thema", "voedsel"}, {"bij", "Zeist"}, {"km", "5"}}));
  EXPECT_EQ(query.near_place, "Zeist");
  EXPECT_EQ(query.near_km, 5);
  EXPECT_EQ(query.sort, initiatives::DirectorySort::Distance) << "nearest first by default";
  EXPECT_EQ(query.to_query_string(), "thema=voedsel&bij=Zeist&km=5");
  EXPECT_TRUE(query.has_filters());
}

TEST(MapNear, TheBrowsersPositionIsKeptRoundedAndOnlyInsideTheProvince) {
  auto query = initiatives::DirectoryQuery::from_params(params({{"lat", "52.0907123"}, {"lon", "5.1214456"}}));
  ASSERT_TRUE(query.near_lat && query.near_lon);
  EXPECT_EQ(query.near_km, 10) << "a distance when none was chosen";
  EXPECT_EQ(query.to_query_string(), "lat=52.0907&lon=5.1214&km=10");
  auto amsterdam = initiatives::DirectoryQuery::from_params(params({{"lat", "52.37"}, {"lon", "4.89"}}));
  EXPECT_FALSE(amsterdam.has_near());
  auto junk = initiatives::DirectoryQuery::from_params(params({{"lat", "nan"}, {"lon", "1e999"}, {"km", "5"}}));
  EXPECT_FALSE(junk.has_near());
  EXPECT_EQ(junk.to_query_string(), "");
}

TEST(MapNear, AnotherOrderStaysChosen) {
  auto query = initiatives::DirectoryQuery::from_params(params({{"bij", "Zeist"}, {"km", "500"}, {"sorteer", "nieuw"}}));
  EXPECT_EQ(query.near_km, 100);
  EXPECT_EQ(query.sort, initiatives::DirectorySort::Newest);
  EXPECT_EQ(query.to_query_string(), "bij=Zeist&km=100&sorteer=nieuw");
}

TEST(MapNear, OnlyPointsWithinTheDistanceNearestFirst) {
  geo::LatLon zeist{52.0894, 5.2321};
  std::vector<MapPoint> points = {
      {1, {52.1560, 5.3870}, geo::Precision::Neighbourhood, "Amersfoort"},  // about 13 km
      {2, {52.0930, 5.2400}, geo::Precision::Exact, ""},                    // under 1 km
      {3, {52.1400, 5.2450}, geo::Precision::Neighbourhood, "Den Dolder"},  // about 5.7 km
      {4, {52.0894, 5.2321}, geo::Precision::Municipality, "Zeist"},        // the centre itself
  };
  auto found = within(points, zeist, 10);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].initiative_id, 4);
  EXPECT_EQ(found[1].initiative_id, 2);
  EXPECT_EQ(found[2].initiative_id, 3);
  EXPECT_LT(found[1].km, 1.0);
  EXPECT_TRUE(within(points, zeist, 0.1).size() == 1);
}

TEST(MapNear, DistancesAreWrittenTheDutchWay) {
  EXPECT_EQ(format_distance(0.04), "100 m");
  EXPECT_EQ(format_distance(0.83), "800 m");
  EXPECT_EQ(format_distance(2.34), "2,3 km");
  EXPECT_EQ(format_distance(12.6), "13 km");
}

}  // namespace
}  // namespace omzien::map
