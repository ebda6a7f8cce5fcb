// Postcodes and house numbers as people type them.
#include "geo/postcode.h"

#include <gtest/gtest.h>

namespace omzien::geo {
namespace {

TEST(GeoPostcode, AcceptsTheWaysPeopleWriteAPostcode) {
  for (std::string_view typed : {"3712 AB", "3712AB", "3712ab", " 3712  Ab ", "3712\taB"})
    EXPECT_EQ(normalize_postcode(typed), "3712AB") << typed;
}

TEST(GeoPostcode, RefusesWhatIsNoDutchPostcode) {
  for (std::string_view typed : {"", "3712", "3712 A", "3712 ABC", "0712 AB", "37122 AB", "371 AB", "3712-AB",
                                 "AB 3712", "3712 SA", "3712 sd", "3712 SS", "3712 A1", "3712 ÄB", "3712 AB 1"})
    EXPECT_FALSE(normalize_postcode(typed)) << typed;
}

TEST(GeoPostcode, FormatsWithASpace) {
  EXPECT_EQ(format_postcode("3712AB"), "3712 AB");
  EXPECT_EQ(format_postcode("nonsense"), "nonsense");
}

TEST(GeoPostcode, ReadsHouseNumbersWithLettersAndAdditions) {
  struct Case {
    std::string_view typed;
    int number;
    std::string_view letter;
    std::string_view addition;
    std::string_view formatted;
  };
  const Case cases[] = {
      {"12", 12, "", "", "12"},         {" 12 ", 12, "", "", "12"},
      {"12a", 12, "A", "", "12A"},      {"12 A", 12, "A", "", "12A"},
      {"12-2", 12, "", "2", "12-2"},    {"12 - 2", 12, "", "2", "12-2"},
      {"12 2", 12, "", "2", "12-2"},    {"12a-3", 12, "A", "3", "12A-3"},
      {"12A3", 12, "A", "3", "12A-3"},  {"12 bis", 12, "", "BIS", "12-BIS"},
      {"12/hs", 12, "", "HS", "12-HS"}, {"99999", 99999, "", "", "99999"},
  };
  for (const auto& c : cases) {
    auto parsed = parse_house_number(c.typed);
    ASSERT_TRUE(parsed) << c.typed;
    EXPECT_EQ(parsed->number, c.number) << c.typed;
    EXPECT_EQ(parsed->letter, c.letter) << c.typed;
    EXPECT_EQ(parsed->addition, c.addition) << c.typed;
    EXPECT_EQ(format_house_number(*parsed), c.formatted) << c.typed;
  }
}

TEST(GeoPostcode, RefusesWhatIsNoHouseNumber) {
  for (std::string_view typed :
       {"", "0", "a", "-1", "+1", "100000", "12-", "12--2", "12 abcde", "12.5", "twaalf", "12,", "1 2 3", "12\n"})
    EXPECT_FALSE(parse_house_number(typed)) << typed;
}

}  // namespace
}  // namespace omzien::geo
