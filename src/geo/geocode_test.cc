// Geocoding with the gazetteer as fallback: PDOK answering, silent, talking nonsense, or absent.
#include "geo/geocode.h"

#include <gtest/gtest.h>

#include "geo/fake_pdok_server.h"
#include "geo/pdok_test_bodies.h"
#include "geo/texts.h"

namespace omzien::geo {
namespace {

using testing::FakeAnswer;
using testing::FakePdokServer;

FakePdokServer::Handler answer_with(std::string_view body) {
  return [body = std::string(body)](const std::string&) { return FakeAnswer{200, body}; };
}

// The 3 s default is tested in pdok_test.cc; here a short one keeps the suite quick.
PdokOptions quick_options(const FakePdokServer& server) {
  return PdokOptions{.base_url = server.base_url(), .timeout = std::chrono::milliseconds(300)};
}

TEST(GeoGeocode, UsesPdokWhenItAnswers) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree));
  PdokClient pdok(quick_options(server));
  auto found = geocode("Slotlaan 1 Zeist", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Pdok);
  EXPECT_FALSE(found->pdok_failed);
  ASSERT_FALSE(found->hits.empty());
  EXPECT_EQ(found->hits.front().display_name, "Slotlaan 1, 3701GA Zeist");
  EXPECT_EQ(geocode_notice(*found), "");
}

TEST(GeoGeocode, FallsBackToTheCentreOfThePlaceWhenPdokNeverAnswers) {
  FakePdokServer server([](const std::string&) { return FakeAnswer{.silent = true}; });
  PdokClient pdok(quick_options(server));
  auto found = geocode("Slotlaan 1, 3701 GA Zeist", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Gazetteer);
  EXPECT_TRUE(found->pdok_failed);
  ASSERT_TRUE(found->place);
  EXPECT_EQ(found->place->name, "Zeist");
  ASSERT_EQ(found->hits.size(), 1u);
  ASSERT_TRUE(found->hits.front().point);
  EXPECT_EQ(found->hits.front().point->lat, find_municipality("Zeist")->centre.lat);
  EXPECT_EQ(geocode_notice(*found), "We konden het adres niet opzoeken; we gebruiken het midden van Zeist.");
}

TEST(GeoGeocode, FallsBackWhenPdokAnswersGarbage) {
  FakePdokServer server(answer_with(testing::kGarbage));
  PdokClient pdok(quick_options(server));
  auto found = geocode("Dorpsstraat 3 Den Dolder", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Gazetteer);
  EXPECT_TRUE(found->pdok_failed);
  EXPECT_EQ(found->place->name, "Den Dolder");
  EXPECT_EQ(found->hits.front().display_name, "Den Dolder, Zeist");
  EXPECT_EQ(found->hits.front().type, "woonplaats");
}

TEST(GeoGeocode, WorksOfflineForPlacesAndNeighbourhoods) {
  struct Case {
    std::string_view text;
    std::string_view place;
  };
  const Case cases[] = {{"repair cafe overvecht", "Overvecht"},
                        {"Bilthoven", "Bilthoven"},
                        {"buurthuis in Tienhoven aan de Lek", "Tienhoven aan de Lek"},
                        {"moestuin spakenburg", "Bunschoten-Spakenburg"},
                        {"Kerkstraat 1 Driebergen", "Driebergen-Rijsenburg"},
                        {"Utrecht 3511", "Utrecht"}};
  for (const auto& c : cases) {
    auto found = geocode(c.text, nullptr);
    ASSERT_TRUE(found) << c.text;
    EXPECT_EQ(found->source, GeocodeSource::Gazetteer) << c.text;
    EXPECT_TRUE(found->pdok_failed) << c.text;
    EXPECT_EQ(found->place->name, c.place) << c.text;
  }
}

TEST(GeoGeocode, APostcodeAloneNeedsPdok) {
  auto found = geocode("3701 GA", nullptr);
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::Unavailable);
  EXPECT_EQ(geocode_error_message(found.error()), texts::kLookupUnavailable);
}

TEST(GeoGeocode, UsesTheGazetteerWhenPdokKnowsNoAddress) {
  FakePdokServer server(answer_with(testing::kNothingFound));
  PdokClient pdok(quick_options(server));
  auto found = geocode("speeltuin lunetten", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Gazetteer);
  EXPECT_FALSE(found->pdok_failed);
  EXPECT_EQ(geocode_notice(*found), "We vonden geen adres; we gebruiken het midden van Lunetten.");
}

TEST(GeoGeocode, NotFoundWhenNeitherKnowsIt) {
  FakePdokServer server(answer_with(testing::kNothingFound));
  PdokClient pdok(quick_options(server));
  auto found = geocode("Nergenshuizen 12", &pdok);
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::NotFound);
  EXPECT_EQ(geocode_error_message(found.error()), texts::kAddressNotFound);
  auto offline = geocode("Nergenshuizen 12", nullptr);
  ASSERT_FALSE(offline);
  EXPECT_EQ(offline.error().kind, ErrorKind::Unavailable);
}

TEST(GeoGeocode, SaysSoWhenTheAddressIsOutsideTheProvince) {
  FakePdokServer server(answer_with(testing::kHilversumFree));
  PdokClient pdok(quick_options(server));
  auto found = geocode("Kerkbrink 6 Hilversum", &pdok);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->source, GeocodeSource::Pdok);
  EXPECT_FALSE(found->hits.front().inside_province);
  EXPECT_EQ(geocode_notice(*found), texts::kOutsideProvince);
}

TEST(GeoGeocode, EmptyTextIsInvalid) {
  auto found = geocode("  ", nullptr);
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(geocode_error_message(found.error()), texts::kEmptyQuery);
}

TEST(GeoGeocode, AnAddressFromTheFormFallsBackToItsPlace) {
  FakePdokServer server([](const std::string&) { return FakeAnswer{.silent = true}; });
  PdokClient pdok(quick_options(server));
  auto found = geocode_address("3701GA", HouseNumber{1}, "Zeist", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Gazetteer);
  EXPECT_EQ(geocode_notice(*found), "We konden het adres niet opzoeken; we gebruiken het midden van Zeist.");
  auto without_place = geocode_address("3701GA", HouseNumber{1}, "", &pdok);
  ASSERT_FALSE(without_place);
  EXPECT_EQ(without_place.error().kind, ErrorKind::Unavailable);
}

TEST(GeoGeocode, AnAddressFromTheFormUsesPdok) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree));
  PdokClient pdok(quick_options(server));
  auto found = geocode_address("3701GA", HouseNumber{1}, "Zeist", &pdok);
  ASSERT_TRUE(found) << found.error().detail;
  EXPECT_EQ(found->source, GeocodeSource::Pdok);
  EXPECT_EQ(found->hits.front().house_number, "1");
}

}  // namespace
}  // namespace omzien::geo
