// Where an initiative may be shown: the exact point only when the initiative chose it.
#include "features/map/map_point.h"

#include <gtest/gtest.h>

#include "geo/precision.h"

namespace omzien::map {
namespace {

initiatives::Initiative at_home(initiatives::LocationPrecision precision) {
  initiatives::Initiative i;
  i.id = 7;
  i.municipality_code = "GM0344";
  i.place = "Overvecht";
  i.lat = 52.1213579;  // someone's home in Overvecht (made up)
  i.lon = 5.1024680;
  i.location_precision = precision;
  return i;
}

TEST(MapPoint, AnExactLocationIsShownWhereItIs) {
  auto point = map_point_of(at_home(initiatives::LocationPrecision::Exact));
  ASSERT_TRUE(point);
  EXPECT_FALSE(point->approximate());
  EXPECT_DOUBLE_EQ(point->point.lat, 52.12136);
  EXPECT_DOUBLE_EQ(point->point.lon, 5.10247);
  EXPECT_EQ(point->initiative_id, 7);
}

TEST(MapPoint, AHomeInANeighbourhoodIsShownAtTheNeighbourhoodCentre) {
  auto point = map_point_of(at_home(initiatives::LocationPrecision::Neighbourhood));
  ASSERT_TRUE(point);
  EXPECT_TRUE(point->approximate());
  EXPECT_EQ(point->area_name, "Overvecht");
  EXPECT_TRUE(geo::is_area_centre(point->point));
  auto overvecht = geo::find_place("Overvecht", "GM0344");
  ASSERT_TRUE(overvecht);
  EXPECT_DOUBLE_EQ(point->point.lat, overvecht->centre.lat);
  EXPECT_DOUBLE_EQ(point->point.lon, overvecht->centre.lon);
}

TEST(MapPoint, MunicipalityPrecisionShowsOnlyTheMunicipalityCentre) {
  auto point = map_point_of(at_home(initiatives::LocationPrecision::Municipality));
  ASSERT_TRUE(point);
  EXPECT_EQ(point->precision, geo::Precision::Municipality);
  EXPECT_EQ(point->area_name, "Utrecht");
  EXPECT_TRUE(geo::is_area_centre(point->point));
  EXPECT_DOUBLE_EQ(point->point.lat, geo::round_to_4_decimals(geo::find_municipality("GM0344")->centre).lat);
}

TEST(MapPoint, AnUnknownPlaceFallsBackToTheMunicipalityNeverToTheHome) {
  auto initiative = at_home(initiatives::LocationPrecision::Neighbourhood);
  initiative.place = "Achter de Kerk 12";
  auto point = map_point_of(initiative);
  ASSERT_TRUE(point);
  EXPECT_TRUE(point->approximate());
  EXPECT_TRUE(geo::is_area_centre(point->point));
  EXPECT_NE(point->point.lat, 52.1213579);
}

TEST(MapPoint, ExactWithoutAPointIsShownApproximately) {
  auto initiative = at_home(initiatives::LocationPrecision::Exact);
  initiative.lat.reset();
  initiative.lon.reset();
  auto point = map_point_of(initiative);
  ASSERT_TRUE(point);
  EXPECT_TRUE(point->approximate());
  EXPECT_EQ(point->area_name, "Overvecht");
}

TEST(MapPoint, AProvinceWideInitiativeStandsInTheMiddleOfTheProvince) {
  initiatives::Initiative initiative;
  initiative.municipality_code = std::string(geo::kProvinceCode);
  auto point = map_point_of(initiative);
  ASSERT_TRUE(point);
  EXPECT_TRUE(point->approximate());
  EXPECT_TRUE(geo::is_area_centre(point->point));
}

TEST(MapPoint, NothingKnownGivesNoPoint) {
  initiatives::Initiative initiative;
  initiative.municipality_code = "GM9999";
  EXPECT_FALSE(map_point_of(initiative));
}

}  // namespace
}  // namespace omzien::map
