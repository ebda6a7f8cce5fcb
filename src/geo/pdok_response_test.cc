// Reading PDOK's JSON, good and bad.
#include "geo/pdok_response.h"

#include <gtest/gtest.h>

#include "geo/pdok_test_bodies.h"

namespace omzien::geo {
namespace {

TEST(PdokResponse, ReadsAnAddress) {
  auto hits = parse_pdok_response(testing::kSlotlaanFree);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 2u);
  const GeocodeHit& hit = hits->front();
  EXPECT_EQ(hit.display_name, "Slotlaan 1, 3701GA Zeist");
  EXPECT_EQ(hit.type, "adres");
  EXPECT_EQ(hit.id, "adr-5b1c3e0f6d2a4c8e9f7a0b1c2d3e4f50");
  ASSERT_TRUE(hit.point);
  EXPECT_DOUBLE_EQ(hit.point->lat, 52.08901234);  // centroide_ll is longitude first
  EXPECT_DOUBLE_EQ(hit.point->lon, 5.23412345);
  EXPECT_EQ(hit.municipality_code, "GM0355");
  EXPECT_EQ(hit.municipality_name, "Zeist");
  EXPECT_EQ(hit.woonplaats, "Zeist");
  EXPECT_EQ(hit.postcode, "3701GA");
  EXPECT_EQ(hit.house_number, "1");
  EXPECT_EQ(hit.street, "Slotlaan");
  EXPECT_TRUE(hit.inside_province);
  EXPECT_EQ((*hits)[1].house_number, "1A");
}

TEST(PdokResponse, ReadsSuggestionsAndWoonplaatsen) {
  auto suggestions = parse_pdok_response(testing::kSlotlaanSuggest);
  ASSERT_TRUE(suggestions);
  ASSERT_EQ(suggestions->size(), 1u);
  EXPECT_TRUE(suggestions->front().point);
  auto woonplaats = parse_pdok_response(testing::kZeistWoonplaats);
  ASSERT_TRUE(woonplaats);
  ASSERT_EQ(woonplaats->size(), 1u);
  EXPECT_EQ(woonplaats->front().type, "woonplaats");
  EXPECT_EQ(woonplaats->front().municipality_code, "GM0355");
}

TEST(PdokResponse, FlagsAnAddressOutsideTheProvince) {
  auto hits = parse_pdok_response(testing::kHilversumFree);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  // Hilversum lies inside the province's box; its municipality code gives it away.
  ASSERT_TRUE(hits->front().point);
  EXPECT_TRUE(inside_province(*hits->front().point));
  EXPECT_FALSE(hits->front().inside_province);
}

TEST(PdokResponse, WithoutAMunicipalityCodeThePointDecides) {
  auto far = parse_pdok_response(R"json({"response":{"docs":[{"weergavenaam":"Dam 1, Amsterdam",
      "centroide_ll":"POINT(4.8927 52.3731)"}]}})json");
  ASSERT_TRUE(far);
  EXPECT_FALSE(far->front().inside_province);
  auto near = parse_pdok_response(
      R"json({"response":{"docs":[{"weergavenaam":"Ergens","centroide_ll":"POINT(5.1 52.1)"}]}})json");
  ASSERT_TRUE(near);
  EXPECT_TRUE(near->front().inside_province);
}

TEST(PdokResponse, NothingFoundIsAnEmptyList) {
  auto hits = parse_pdok_response(testing::kNothingFound);
  ASSERT_TRUE(hits);
  EXPECT_TRUE(hits->empty());
}

TEST(PdokResponse, GarbageIsUnavailable) {
  for (std::string_view body : {testing::kGarbage, std::string_view(""), std::string_view("[]"),
                                std::string_view("{\"response\":[]}"), std::string_view("{\"response\":{}}"),
                                std::string_view("{\"response\":{\"docs\":{}}}"), std::string_view("{\"resp")}) {
    auto hits = parse_pdok_response(body);
    ASSERT_FALSE(hits) << body;
    EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable) << body;
  }
}

TEST(PdokResponse, ToleratesFieldsOfTheWrongType) {
  auto hits = parse_pdok_response(R"json({"response":{"docs":[
      {"weergavenaam":"Goed","centroide_ll":"POINT(5.1 52.1)","gemeentecode":355,"huisnummer":"12a","postcode":["x"]},
      {"weergavenaam":42},
      "no object",
      {"weergavenaam":"Zonder punt","centroide_ll":"POINT(lat lon)","gemeentecode":"03555","huisnummer":-3},
      {"weergavenaam":"Groot huisnummer","huisnummer":1e300,"huis_nlt":7}
  ]}})json");
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 3u);
  EXPECT_EQ((*hits)[0].display_name, "Goed");
  EXPECT_TRUE((*hits)[0].municipality_code.empty());
  EXPECT_TRUE((*hits)[0].house_number.empty());
  EXPECT_TRUE((*hits)[0].postcode.empty());
  EXPECT_FALSE((*hits)[1].point);
  EXPECT_TRUE((*hits)[1].municipality_code.empty());
  EXPECT_TRUE((*hits)[1].house_number.empty());
  EXPECT_TRUE((*hits)[2].house_number.empty());
}

TEST(PdokResponse, KeepsAtMostTheHitsAskedFor) {
  std::string body = R"json({"response":{"docs":[)json";
  for (int i = 0; i < 100; ++i) body += std::string(i ? "," : "") + R"json({"weergavenaam":"Plek"})json";
  body += "]}}";
  auto hits = parse_pdok_response(body, 10);
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 10u);
}

TEST(PdokResponse, TurnsGemeentecodeIntoACbsCode) {
  EXPECT_EQ(municipality_code_from_pdok("0355"), "GM0355");
  EXPECT_EQ(municipality_code_from_pdok("GM0344"), "GM0344");
  EXPECT_EQ(municipality_code_from_pdok("355"), "");
  EXPECT_EQ(municipality_code_from_pdok("03a5"), "");
  EXPECT_EQ(municipality_code_from_pdok(""), "");
}

}  // namespace
}  // namespace omzien::geo
