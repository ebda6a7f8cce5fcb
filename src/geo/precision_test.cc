// Coarsening: a home address must never be shown for Neighbourhood or Municipality precision.
#include "geo/precision.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>

namespace omzien::geo {
namespace {

bool same(LatLon a, LatLon b) { return a.lat == b.lat && a.lon == b.lon; }

struct Case {
  const char* story;
  Precision precision;
  std::optional<LatLon> exact;
  std::string_view place_name;
  std::string_view municipality_code;
  std::string_view shown_area;  // expected area_name
  Precision shown_precision;
};

// A home in Den Dolder, one in Overvecht, one in Bilthoven (made-up points between houses).
constexpr LatLon kHomeDenDolder{52.13871, 5.24523};
constexpr LatLon kHomeOvervecht{52.11683, 5.11092};
constexpr LatLon kHomeBilthoven{52.12912, 5.20688};

const Case kCases[] = {
    {"neighbourhood by name", Precision::Neighbourhood, kHomeOvervecht, "Overvecht", "GM0344", "Overvecht",
     Precision::Neighbourhood},
    {"woonplaats by name", Precision::Neighbourhood, kHomeDenDolder, "Den Dolder", "GM0355", "Den Dolder",
     Precision::Neighbourhood},
    {"alias as name", Precision::Neighbourhood, std::nullopt, "Driebergen", "GM1581", "Driebergen-Rijsenburg",
     Precision::Neighbourhood},
    {"only the exact point known", Precision::Neighbourhood, kHomeDenDolder, "", "GM0355", "Den Dolder",
     Precision::Neighbourhood},
    {"only the exact point, in another town", Precision::Neighbourhood, kHomeBilthoven, "", "GM0310", "Bilthoven",
     Precision::Neighbourhood},
    {"unknown name, exact point known", Precision::Neighbourhood, kHomeOvervecht, "Buurtje X", "GM0344", "Overvecht",
     Precision::Neighbourhood},
    {"name of another municipality", Precision::Neighbourhood, kHomeDenDolder, "Overvecht", "GM0355", "Den Dolder",
     Precision::Neighbourhood},
    {"nothing but the municipality", Precision::Neighbourhood, std::nullopt, "", "GM0355", "Zeist",
     Precision::Municipality},
    {"municipality asked", Precision::Municipality, kHomeOvervecht, "Overvecht", "GM0344", "Utrecht",
     Precision::Municipality},
    {"municipality, only the exact point and code", Precision::Municipality, kHomeDenDolder, "", "GM0355", "Zeist",
     Precision::Municipality},
    {"municipality from the place name", Precision::Municipality, kHomeBilthoven, "Bilthoven", "", "De Bilt",
     Precision::Municipality},
    {"municipality from the exact point alone", Precision::Municipality, kHomeBilthoven, "", "", "De Bilt",
     Precision::Municipality},
    {"neighbourhood from the exact point alone", Precision::Neighbourhood, kHomeBilthoven, "", "", "De Bilt",
     Precision::Municipality},
    {"province-wide", Precision::Neighbourhood, kHomeOvervecht, "", kProvinceCode, "Provincie Utrecht",
     Precision::Municipality},
    {"exact without a point", Precision::Exact, std::nullopt, "Lombok", "GM0344", "Lombok", Precision::Neighbourhood},
};

TEST(GeoPrecision, NeverShowsTheExactPointForNeighbourhoodOrMunicipality) {
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.story);
    auto shown = shown_location(c.precision, c.exact, c.place_name, c.municipality_code);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->area_name, c.shown_area);
    EXPECT_EQ(shown->precision, c.shown_precision);
    EXPECT_TRUE(shown->approximate);
    EXPECT_TRUE(is_area_centre(shown->point));
    if (c.exact) {
      EXPECT_FALSE(same(shown->point, *c.exact));
    }
  }
}

TEST(GeoPrecision, ShownAreaPointsEqualTheAreaCentreExactly) {
  auto overvecht = find_place("Overvecht", "GM0344");
  ASSERT_TRUE(overvecht);
  auto shown = shown_location(Precision::Neighbourhood, kHomeOvervecht, "Overvecht", "GM0344");
  ASSERT_TRUE(shown);
  EXPECT_TRUE(same(shown->point, overvecht->centre));
  auto municipality = shown_location(Precision::Municipality, kHomeOvervecht, "", "GM0344");
  ASSERT_TRUE(municipality);
  EXPECT_TRUE(same(municipality->point, find_municipality("GM0344")->centre));
}

// Every municipality, points all over it (also a hair from a centre), with and without a name:
// the shown point is always a centre from the tables and never the point that went in.
TEST(GeoPrecision, NoExactPointLeaksAnywhereInTheProvince) {
  int checked = 0;
  for (const auto& m : municipalities()) {
    for (int step_lat = -4; step_lat <= 4; ++step_lat) {
      for (int step_lon = -4; step_lon <= 4; ++step_lon) {
        LatLon exact{m.centre.lat + step_lat * 0.01 + 0.00003, m.centre.lon + step_lon * 0.01 + 0.00007};
        for (Precision precision : {Precision::Neighbourhood, Precision::Municipality}) {
          for (std::string_view name : {std::string_view{}, std::string_view{"Nergenshuizen"}}) {
            auto shown = shown_location(precision, exact, name, m.code);
            ASSERT_TRUE(shown);
            EXPECT_FALSE(same(shown->point, exact));
            EXPECT_TRUE(is_area_centre(shown->point));
            EXPECT_TRUE(shown->approximate);
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 8000);
}

TEST(GeoPrecision, ExactShowsThePointItself) {
  auto shown = shown_location(Precision::Exact, kHomeOvervecht, "Overvecht", "GM0344");
  ASSERT_TRUE(shown);
  EXPECT_TRUE(same(shown->point, kHomeOvervecht));
  EXPECT_FALSE(shown->approximate);
  EXPECT_EQ(shown->precision, Precision::Exact);
  EXPECT_TRUE(shown->area_name.empty());
}

TEST(GeoPrecision, ABrokenExactPointIsTreatedAsUnknown) {
  LatLon broken{std::numeric_limits<double>::quiet_NaN(), 5.1};
  auto exact = shown_location(Precision::Exact, broken, "", "GM0355");
  ASSERT_TRUE(exact);
  EXPECT_TRUE(exact->approximate);
  EXPECT_EQ(exact->area_name, "Zeist");
  auto coarse = shown_location(Precision::Neighbourhood, broken, "", "GM0355");
  ASSERT_TRUE(coarse);
  EXPECT_EQ(coarse->area_name, "Zeist");
}

TEST(GeoPrecision, NothingToShowWhenNothingIsKnown) {
  EXPECT_FALSE(shown_location(Precision::Neighbourhood, std::nullopt, "", ""));
  EXPECT_FALSE(shown_location(Precision::Municipality, std::nullopt, "Nergenshuizen", "GM9999"));
  EXPECT_FALSE(shown_location(Precision::Exact, std::nullopt, "", ""));
  // A point outside the province and no municipality: no guess.
  EXPECT_FALSE(shown_location(Precision::Municipality, LatLon{52.37, 4.90}, "", ""));
}

TEST(GeoPrecision, OnlyExactIsNotApproximate) {
  EXPECT_FALSE(is_approximate(Precision::Exact));
  EXPECT_TRUE(is_approximate(Precision::Neighbourhood));
  EXPECT_TRUE(is_approximate(Precision::Municipality));
}

TEST(GeoPrecision, AnExactHomeIsNoAreaCentre) {
  EXPECT_FALSE(is_area_centre(kHomeDenDolder));
  EXPECT_TRUE(is_area_centre(find_municipality("Zeist")->centre));
  EXPECT_TRUE(is_area_centre(kProvinceCentre));
}

TEST(GeoPrecision, NamesRoundTrip) {
  for (Precision p : {Precision::Exact, Precision::Neighbourhood, Precision::Municipality})
    EXPECT_EQ(parse_precision(precision_name(p)), p);
  EXPECT_EQ(precision_name(Precision::Neighbourhood), "neighbourhood");
  EXPECT_FALSE(parse_precision("Exact"));
  EXPECT_FALSE(parse_precision(""));
}

}  // namespace
}  // namespace omzien::geo
