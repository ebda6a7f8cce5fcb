// The WKT point reader: longitude first, and nothing but a point.
#include "geo/wkt.h"

#include <gtest/gtest.h>

#include <string>

namespace omzien::geo {
namespace {

TEST(GeoWkt, ReadsLongitudeFirst) {
  auto point = parse_wkt_point("POINT(5.23412345 52.08901234)");
  ASSERT_TRUE(point);
  EXPECT_DOUBLE_EQ(point->lon, 5.23412345);
  EXPECT_DOUBLE_EQ(point->lat, 52.08901234);
}

TEST(GeoWkt, AcceptsSpacesCaseSignsAndBareDecimals) {
  for (std::string_view text : {"POINT (5.1 52.2)", " point( 5.1   52.2 ) ", "Point(\t5.1\t52.2\t)",
                                "POINT(+5.1 +52.2)", "POINT(5.10 52.20)"}) {
    auto point = parse_wkt_point(text);
    ASSERT_TRUE(point) << text;
    EXPECT_DOUBLE_EQ(point->lon, 5.1) << text;
    EXPECT_DOUBLE_EQ(point->lat, 52.2) << text;
  }
  auto west = parse_wkt_point("POINT(-.5 -0.25)");
  ASSERT_TRUE(west);
  EXPECT_DOUBLE_EQ(west->lon, -0.5);
  EXPECT_DOUBLE_EQ(west->lat, -0.25);
  auto whole = parse_wkt_point("POINT(5 52)");
  ASSERT_TRUE(whole);
  EXPECT_DOUBLE_EQ(whole->lat, 52.0);
}

TEST(GeoWkt, RefusesEverythingElse) {
  const std::string too_long = "POINT(5." + std::string(130, '1') + " 52.1)";
  for (std::string_view text : {"",
                                "POINT",
                                "POINT()",
                                "POINT EMPTY",
                                "POINT(5.1)",
                                "POINT(5.1,52.2)",
                                "POINT(5.1 52.2 3.0)",
                                "POINT Z (5.1 52.2 3)",
                                "POINTZ(5.1 52.2)",
                                "POINT(5.1 52.2",
                                "POINT 5.1 52.2)",
                                "POINT(5.1 52.2))",
                                "POINT(5.1 52.2) x",
                                "LINESTRING(5.1 52.2, 5.2 52.3)",
                                "POINT(5.1e0 52.2)",
                                "POINT(inf 52.2)",
                                "POINT(nan nan)",
                                "POINT(0x5 52.2)",
                                "POINT(5..1 52.2)",
                                "POINT(. 52.2)",
                                "POINT(- 52.2)",
                                "POINT(--5 52.2)",
                                "POINT(5.1 95.0)",
                                "POINT(181 52.2)",
                                "POINT(5.1 -90.5)",
                                "POINT(1234567890123456789012 1)",
                                "POINT(5.1\n52.2)",
                                "POINT(5,1 52,2)"})
    EXPECT_FALSE(parse_wkt_point(text)) << text;
  EXPECT_FALSE(parse_wkt_point(too_long));
  EXPECT_FALSE(parse_wkt_point(std::string_view("POINT(5.1 52.2)\0", 16)));
}

TEST(GeoWkt, AcceptsTheEdgesOfTheWorld) {
  EXPECT_TRUE(parse_wkt_point("POINT(180 90)"));
  EXPECT_TRUE(parse_wkt_point("POINT(-180 -90)"));
}

}  // namespace
}  // namespace omzien::geo
