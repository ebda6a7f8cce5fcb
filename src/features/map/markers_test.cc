// Theme markers: every theme gets its own two-letter code, so colour is never the only cue.
#include "features/map/markers.h"

#include <gtest/gtest.h>

#include <set>

namespace omzien::map {
namespace {

std::vector<initiatives::Term> default_themes() {
  std::vector<std::string> labels = {"Zorg en welzijn", "Eenzaamheid", "Armoede en schulden", "Voedsel",
                                     "Duurzaamheid en energie", "Groen en natuur", "Taal en integratie", "Jongeren",
                                     "Ouderen", "Cultuur", "Sport en bewegen", "Wonen en buurt", "Veiligheid",
                                     "Mobiliteit", "Digitale vaardigheden", "Mantelzorg", "Gezondheid"};
  std::vector<initiatives::Term> themes;
  for (const auto& label : labels) themes.push_back({label, label, 0, false});
  return themes;
}

TEST(MapMarkers, EveryThemeHasItsOwnCode) {
  auto markers = theme_markers(default_themes());
  ASSERT_EQ(markers.size(), 17u);
  std::set<std::string> codes;
  for (const auto& marker : markers) {
    EXPECT_EQ(marker.code.size(), 2u) << marker.label;
    EXPECT_GE(marker.colour, 0);
    EXPECT_LT(marker.colour, kMarkerColours);
    codes.insert(marker.code);
  }
  EXPECT_EQ(codes.size(), markers.size());
  EXPECT_EQ(markers[3].code, "Vo");
  EXPECT_EQ(markers[0].code, "Zo");
}

TEST(MapMarkers, ThemesStartingAlikeGetDifferentCodes) {
  auto markers = theme_markers({{"a", "Ouderen", 0, false}, {"b", "Ouders", 0, false}, {"c", "Één", 0, false}});
  EXPECT_EQ(markers[0].code, "Ou");
  EXPECT_EQ(markers[1].code, "Od");
  EXPECT_EQ(markers[2].code, "Ee");
}

TEST(MapMarkers, AnUnknownThemeGetsANeutralMarker) {
  auto marker = marker_for(theme_markers(default_themes()), "bestaat-niet");
  EXPECT_EQ(marker.colour, kMarkerColours - 1);
}

}  // namespace
}  // namespace omzien::map
