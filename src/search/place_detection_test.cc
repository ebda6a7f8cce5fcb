#include "search/place_detection.h"

#include <gtest/gtest.h>

namespace omzien::search {
namespace {

const Analyzer& plain() {
  static const Analyzer analyzer(DutchDictionary::empty_dictionary());
  return analyzer;
}

std::optional<PlaceMatch> place_in(std::string_view query) { return detect_place(plain().analyze(query)); }

TEST(SearchPlaces, FindsThePlaceAQueryNames) {
  struct Case {
    const char* query;
    const char* place;
    geo::PlaceKind kind;
    std::size_t first_token;
    std::size_t token_count;
  };
  const Case cases[] = {
      {"taalcafe amersfoort", "Amersfoort", geo::PlaceKind::Municipality, 1, 1},
      {"repair cafe overvecht", "Overvecht", geo::PlaceKind::Neighbourhood, 2, 1},
      {"voedselbank in Wijk bij Duurstede", "Wijk bij Duurstede", geo::PlaceKind::Municipality, 2, 3},
      {"moestuin de bilt", "De Bilt", geo::PlaceKind::Municipality, 1, 2},
      {"moestuin bilt", "De Bilt", geo::PlaceKind::Municipality, 1, 1},  // without the article
      {"voedselbank heuvelrug", "Utrechtse Heuvelrug", geo::PlaceKind::Municipality, 1, 1},
      {"stichtse vecht kledingbank", "Stichtse Vecht", geo::PlaceKind::Municipality, 0, 2},
      {"waar kan ik mijn fiets laten maken in zeist", "Zeist", geo::PlaceKind::Municipality, 8, 1},
  };
  for (const auto& c : cases) {
    auto found = place_in(c.query);
    ASSERT_TRUE(found) << c.query;
    EXPECT_EQ(found->place.name, c.place) << c.query;
    EXPECT_EQ(found->place.kind, c.kind) << c.query;
    EXPECT_EQ(found->first_token, c.first_token) << c.query;
    EXPECT_EQ(found->token_count, c.token_count) << c.query;
    EXPECT_FALSE(found->place.municipality_code.empty()) << c.query;
  }
}

TEST(SearchPlaces, AQueryWithoutAPlaceHasNone) {
  for (const char* query : {"moestuin", "alleen zijn", "repair cafe", "mantelzorg ondersteuning", ""})
    EXPECT_FALSE(place_in(query)) << query;
}

TEST(SearchPlaces, ANeighbourhoodBelongsToItsMunicipality) {
  auto found = place_in("zuilen");
  ASSERT_TRUE(found);
  const geo::Municipality* utrecht = geo::find_municipality("Utrecht");
  ASSERT_NE(utrecht, nullptr);
  EXPECT_EQ(found->place.municipality_code, utrecht->code);
}

}  // namespace
}  // namespace omzien::search
