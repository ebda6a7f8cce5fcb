// The gazetteer: the 26 municipalities, every BAG woonplaats, neighbourhoods, aliases and look-ups.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "geo/geo.h"
#include "geo/precision.h"

namespace omzien::geo {
namespace {

std::size_t count_kind(PlaceKind kind) {
  std::size_t count = 0;
  for (const auto& place : places()) count += place.kind == kind;
  return count;
}

TEST(Gazetteer, HasTheTwentySixMunicipalitiesWithTheirCbsCodes) {
  // clang-format off
  const std::map<std::string_view, std::string_view> expected = {
      {"Amersfoort", "GM0307"}, {"Baarn", "GM0308"}, {"Bunnik", "GM0312"}, {"Bunschoten", "GM0313"},
      {"De Bilt", "GM0310"}, {"De Ronde Venen", "GM0736"}, {"Eemnes", "GM0317"}, {"Houten", "GM0321"},
      {"IJsselstein", "GM0353"}, {"Leusden", "GM0327"}, {"Lopik", "GM0331"}, {"Montfoort", "GM0335"},
      {"Nieuwegein", "GM0356"}, {"Oudewater", "GM0589"}, {"Renswoude", "GM0339"}, {"Rhenen", "GM0340"},
      {"Soest", "GM0342"}, {"Stichtse Vecht", "GM1904"}, {"Utrecht", "GM0344"}, {"Utrechtse Heuvelrug", "GM1581"},
      {"Veenendaal", "GM0345"}, {"Vijfheerenlanden", "GM1961"}, {"Wijk bij Duurstede", "GM0352"},
      {"Woerden", "GM0632"}, {"Woudenberg", "GM0351"}, {"Zeist", "GM0355"}};
  // clang-format on
  ASSERT_EQ(municipalities().size(), 26u);
  for (const auto& m : municipalities()) {
    ASSERT_TRUE(expected.contains(m.name)) << m.name;
    EXPECT_EQ(m.code, expected.at(m.name)) << m.name;
    EXPECT_TRUE(inside_province(m.centre)) << m.name;
    EXPECT_EQ(find_municipality(m.code), &m);
    EXPECT_EQ(find_municipality(m.name), &m);
  }
}

TEST(Gazetteer, FindsAMunicipalityByCodeOrNameInAnySpelling) {
  ASSERT_NE(find_municipality("gm0355"), nullptr);
  EXPECT_EQ(find_municipality("gm0355")->name, "Zeist");
  EXPECT_EQ(find_municipality(" ijsselstein ")->code, "GM0353");
  EXPECT_EQ(find_municipality("Wijk-bij-Duurstede")->code, "GM0352");
  EXPECT_EQ(find_municipality("Hilversum"), nullptr);
  EXPECT_EQ(find_municipality(""), nullptr);
}

// Every woonplaats of the BAG in the province (2024), per municipality, as we write the names.
TEST(Gazetteer, HasEveryBagWoonplaatsOfEachMunicipality) {
  const std::map<std::string_view, std::set<std::string_view>> expected = {
      {"GM0307", {"Amersfoort", "Hoogland", "Hooglanderveen", "Stoutenburg Noord"}},
      {"GM0308", {"Baarn", "Lage Vuursche"}},
      {"GM0312", {"Bunnik", "Odijk", "Werkhoven"}},
      {"GM0313", {"Bunschoten-Spakenburg", "Eemdijk"}},
      {"GM0310", {"Bilthoven", "De Bilt", "Groenekan", "Hollandsche Rading", "Maartensdijk", "Westbroek"}},
      {"GM0736", {"Abcoude", "Amstelhoek", "Baambrugge", "De Hoef", "Mijdrecht", "Vinkeveen", "Waverveen", "Wilnis"}},
      {"GM0317", {"Eemnes"}},
      {"GM0321", {"Houten", "'t Goy", "Schalkwijk", "Tull en 't Waal"}},
      {"GM0353", {"IJsselstein"}},
      {"GM0327", {"Leusden", "Achterveld", "Stoutenburg"}},
      {"GM0331", {"Lopik", "Benschop", "Jaarsveld", "Lopikerkapel", "Polsbroek"}},
      {"GM0335", {"Montfoort", "Linschoten"}},
      {"GM0356", {"Nieuwegein"}},
      {"GM0589", {"Oudewater", "Hekendorp", "Papekop", "Snelrewaard"}},
      {"GM0339", {"Renswoude"}},
      {"GM0340", {"Rhenen", "Elst"}},
      {"GM0342", {"Soest", "Soesterberg"}},
      {"GM1904",
       {"Maarssen", "Breukelen", "Kockengen", "Loenen aan de Vecht", "Loenersloot", "Nieuwer Ter Aa", "Nieuwersluis",
        "Nigtevecht", "Oud-Zuilen", "Tienhoven", "Vreeland"}},
      {"GM0344", {"Utrecht", "De Meern", "Haarzuilens", "Vleuten"}},
      {"GM1581", {"Amerongen", "Doorn", "Driebergen-Rijsenburg", "Leersum", "Maarn", "Maarsbergen", "Overberg"}},
      {"GM0345", {"Veenendaal"}},
      {"GM1961",
       {"Vianen", "Ameide", "Everdingen", "Hagestein", "Hei- en Boeicop", "Hoef en Haag", "Kedichem", "Leerbroek",
        "Leerdam", "Lexmond", "Meerkerk", "Nieuwland", "Oosterwijk", "Ossenwaard", "Schoonrewoerd",
        "Tienhoven aan de Lek", "Zijderveld"}},
      {"GM0352", {"Wijk bij Duurstede", "Cothen", "Langbroek"}},
      {"GM0632", {"Woerden", "Harmelen", "Kamerik", "Zegveld"}},
      {"GM0351", {"Woudenberg"}},
      {"GM0355", {"Zeist", "Austerlitz", "Bosch en Duin", "Den Dolder", "Huis ter Heide"}},
  };
  std::size_t total = 0;
  for (const auto& [code, names] : expected) {
    std::set<std::string_view> found;
    for (const auto& place : places_in(code))
      if (place.kind == PlaceKind::Woonplaats) found.insert(place.name);
    EXPECT_EQ(found, names) << code;
    total += names.size();
  }
  EXPECT_EQ(total, 104u);
  EXPECT_EQ(count_kind(PlaceKind::Woonplaats), 104u);
  EXPECT_EQ(expected.size(), 26u);
}

TEST(Gazetteer, KnowsTheNeighbourhoodsOfTheLargerTowns) {
  EXPECT_GE(count_kind(PlaceKind::Neighbourhood), 90u);
  const std::map<std::string_view, std::vector<std::string_view>> expected = {
      {"GM0344",
       {"Overvecht", "Kanaleneiland", "Lunetten", "Leidsche Rijn", "Vleuten-De Meern", "Zuilen", "Ondiep", "Hoograven",
        "Tuindorp", "Wittevrouwen", "Binnenstad", "Oog in Al", "Lombok", "Transwijk", "Rivierenwijk", "Voordorp",
        "Terwijde", "Vleuterweide", "Leidsche Rijn Centrum"}},
      {"GM0307",
       {"Vathorst", "Kattenbroek", "Nieuwland", "Schothorst", "Liendert", "Soesterkwartier", "Schuilenburg",
        "Randenbroek", "Zielhorst", "Kruiskamp", "Binnenstad"}},
      {"GM0356", {"Jutphaas", "Galecop", "Vreeswijk", "Batau-Noord", "Zuilenstein", "Nieuwegein-Centrum"}},
      {"GM0345", {"Veenendaal-Centrum", "Dragonder", "Petenbos"}},
      {"GM0355", {"Zeist-Centrum", "Zeist-West", "Vollenhove", "Kerckebosch"}},
      {"GM0321", {"Oude Dorp", "Houten-Zuid", "Castellum"}},
      {"GM0632", {"Woerden-Centrum", "Molenvliet", "Snel en Polanen"}},
      {"GM0342", {"Soestdijk", "Soest-Zuid", "Soestduinen"}},
  };
  for (const auto& [code, names] : expected) {
    for (auto name : names) {
      auto found = find_place(name, code);
      ASSERT_TRUE(found) << name;
      EXPECT_EQ(found->kind, PlaceKind::Neighbourhood) << name;
    }
  }
}

TEST(Gazetteer, EveryPlaceLiesInTheProvinceNearItsMunicipality) {
  for (const auto& place : places()) {
    EXPECT_TRUE(inside_province(place.centre)) << place.name;
    const Municipality* m = find_municipality(place.municipality_code);
    ASSERT_NE(m, nullptr) << place.name;
    // Kedichem and Nigtevecht are the farthest from their town halls, about 15 km.
    EXPECT_LT(distance_km(place.centre, m->centre), 18.0) << place.name;
  }
}

TEST(Gazetteer, CentresAreWrittenToFourDecimals) {
  for (const auto& place : places()) {
    LatLon rounded = round_to_4_decimals(place.centre);
    EXPECT_EQ(rounded.lat, place.centre.lat) << place.name;
    EXPECT_EQ(rounded.lon, place.centre.lon) << place.name;
  }
}

TEST(Gazetteer, NamesAreUniqueWithinAMunicipalityAndKind) {
  std::set<std::string> seen;
  for (const auto& place : places()) {
    std::string id = std::string(place.municipality_code) + "|" + std::to_string(static_cast<int>(place.kind)) + "|" +
                     place_key(place.name);
    EXPECT_TRUE(seen.insert(id).second) << place.name;
  }
}

TEST(Gazetteer, FindPlaceIgnoresCaseAccentsHyphensAndApostrophes) {
  struct Case {
    std::string_view typed;
    std::string_view name;
  };
  const Case cases[] = {
      {"overvecht", "Overvecht"},
      {"OVERVECHT", "Overvecht"},
      {"Övervécht", "Overvecht"},
      {"  Den   Dolder ", "Den Dolder"},
      {"oud zuilen", "Oud-Zuilen"},
      {"Oud Zuilen", "Oud-Zuilen"},
      {"\xE2\x80\x99t Goy", "'t Goy"},
      {"t goy", "'t Goy"},
      {"Tull en t Waal", "Tull en 't Waal"},
      {"hei en boeicop", "Hei- en Boeicop"},
      {"de hoef", "De Hoef"},
      {"ijsselstein", "IJsselstein"},
      {"Vleuten De Meern", "Vleuten-De Meern"},
      {"oog-in-al", "Oog in Al"},
      {"Driebergen\xE2\x80\x93Rijsenburg", "Driebergen-Rijsenburg"},
  };
  for (const auto& c : cases) {
    auto found = find_place(c.typed);
    ASSERT_TRUE(found) << c.typed;
    EXPECT_EQ(found->name, c.name) << c.typed;
  }
}

TEST(Gazetteer, FindPlacePrefersTheMunicipalityThenTheWoonplaats) {
  auto zeist = find_place("Zeist");
  ASSERT_TRUE(zeist);
  EXPECT_EQ(zeist->kind, PlaceKind::Municipality);
  auto utrecht = find_place("utrecht");
  ASSERT_TRUE(utrecht);
  EXPECT_EQ(utrecht->kind, PlaceKind::Municipality);
  EXPECT_EQ(utrecht->municipality_code, "GM0344");
  // Nieuwland is a village of Vijfheerenlanden and a neighbourhood of Amersfoort.
  auto nieuwland = find_place("Nieuwland");
  ASSERT_TRUE(nieuwland);
  EXPECT_EQ(nieuwland->kind, PlaceKind::Woonplaats);
  EXPECT_EQ(nieuwland->municipality_code, "GM1961");
}

TEST(Gazetteer, FindPlaceNarrowsToAMunicipality) {
  auto amersfoort_centre = find_place("Binnenstad", "GM0307");
  ASSERT_TRUE(amersfoort_centre);
  EXPECT_EQ(amersfoort_centre->municipality_code, "GM0307");
  auto nieuwland = find_place("nieuwland", "GM0307");
  ASSERT_TRUE(nieuwland);
  EXPECT_EQ(nieuwland->kind, PlaceKind::Neighbourhood);
  EXPECT_FALSE(find_place("Overvecht", "GM0355"));
  EXPECT_FALSE(find_place("Driebergen", "GM0355"));
}

TEST(Gazetteer, FindPlaceUsesAliases) {
  struct Case {
    std::string_view typed;
    std::string_view name;
    std::string_view code;
  };
  const Case cases[] = {
      {"Driebergen", "Driebergen-Rijsenburg", "GM1581"},
      {"Spakenburg", "Bunschoten-Spakenburg", "GM0313"},
      {"Bunschoten Spakenburg", "Bunschoten-Spakenburg", "GM0313"},
      {"Elst Ut", "Elst", "GM0340"},
      {"De Uithof", "Utrecht Science Park", "GM0344"},
      {"Leidse Rijn", "Leidsche Rijn", "GM0344"},
      {"Amersfoort Centrum", "Binnenstad", "GM0307"},
      {"Hollandse Rading", "Hollandsche Rading", "GM0310"},
      {"Loenen", "Loenen aan de Vecht", "GM1904"},
      {"Heuvelrug", "Utrechtse Heuvelrug", "GM1581"},
  };
  for (const auto& c : cases) {
    auto found = find_place(c.typed);
    ASSERT_TRUE(found) << c.typed;
    EXPECT_EQ(found->name, c.name) << c.typed;
    EXPECT_EQ(found->municipality_code, c.code) << c.typed;
  }
  EXPECT_TRUE(find_place("Driebergen", "GM1581"));
}

TEST(Gazetteer, EveryAliasNamesAPlaceAndSaysMoreThanPunctuation) {
  for (const auto& alias : place_aliases()) {
    auto target = find_place(alias.name, alias.municipality_code);
    ASSERT_TRUE(target) << alias.alias;
    EXPECT_EQ(target->name, alias.name) << alias.alias;
    EXPECT_NE(place_key(alias.alias), place_key(alias.name)) << alias.alias;
    // An alias never hides a place's own name.
    auto found = find_place(alias.alias);
    ASSERT_TRUE(found) << alias.alias;
    EXPECT_EQ(found->name, alias.name) << alias.alias;
  }
}

TEST(Gazetteer, FindsNothingForUnknownOrEmptyNames) {
  EXPECT_FALSE(find_place(""));
  EXPECT_FALSE(find_place("   "));
  EXPECT_FALSE(find_place("-'"));
  EXPECT_FALSE(find_place("Amsterdam"));
  EXPECT_FALSE(find_place("Hilversum"));
}

TEST(Gazetteer, PlacesInListsTheMunicipalityFirstThenItsPlaces) {
  auto zeist = places_in("GM0355");
  ASSERT_FALSE(zeist.empty());
  EXPECT_EQ(zeist.front().kind, PlaceKind::Municipality);
  EXPECT_EQ(zeist.front().name, "Zeist");
  std::set<std::string_view> names;
  for (const auto& place : zeist) {
    EXPECT_EQ(place.municipality_code, "GM0355");
    names.insert(place.name);
  }
  for (auto name : {"Austerlitz", "Bosch en Duin", "Den Dolder", "Huis ter Heide", "Kerckebosch"})
    EXPECT_TRUE(names.contains(name)) << name;
  EXPECT_TRUE(places_in("GM9999").empty());
}

TEST(Gazetteer, NearestPlaceStaysInsideTheMunicipality) {
  // Beside Den Dolder's station.
  auto near = nearest_place({52.1385, 5.2465}, "GM0355");
  ASSERT_TRUE(near);
  EXPECT_EQ(near->name, "Den Dolder");
  // The same point, but only De Bilt's places may answer.
  auto de_bilt = nearest_place({52.1385, 5.2465}, "GM0310");
  ASSERT_TRUE(de_bilt);
  EXPECT_EQ(de_bilt->municipality_code, "GM0310");
  EXPECT_NE(de_bilt->kind, PlaceKind::Municipality);
  EXPECT_FALSE(nearest_place({52.1, 5.2}, "GM9999"));
}

TEST(Gazetteer, PlaceKeyFoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(place_key("Oud-Zuilen"), "oud zuilen");
  EXPECT_EQ(place_key("  ’t   Goy "), "t goy");
  EXPECT_EQ(place_key("Hei- en Boeicop"), "hei en boeicop");
  EXPECT_EQ(place_key("Café Zuilen!"), "cafe zuilen");
  EXPECT_EQ(place_key(""), "");
}

TEST(Gazetteer, DistancesAreGreatCircleKilometres) {
  const Municipality* utrecht = find_municipality("GM0344");
  const Municipality* amersfoort = find_municipality("GM0307");
  EXPECT_NEAR(distance_km(utrecht->centre, amersfoort->centre), 20.0, 1.5);
  EXPECT_DOUBLE_EQ(distance_km(utrecht->centre, utrecht->centre), 0.0);
}

}  // namespace
}  // namespace omzien::geo
