// Dutch postcodes and house numbers as people type them into a form: "3712 AB", "3712ab",
// "12", "12a", "12-2", "12 bis". Checks the form only; whether the address exists is PDOK's to say.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace omzien::geo {

// "3712AB" for "3712 AB", "3712ab", " 3712  Ab "; nullopt when it is no Dutch postcode: four digits
// of which the first is not 0, then two letters, not SA, SD or SS (PostNL does not use them).
std::optional<std::string> normalize_postcode(std::string_view text);
// "3712 AB" for "3712AB": how a postcode is written for people. Other input comes back unchanged.
std::string format_postcode(std::string_view normalized);

struct HouseNumber {
  int number = 0;        // 1 to 99999
  std::string letter;    // huisletter: one letter, upper case: "A"
  std::string addition;  // huisnummertoevoeging: up to 4 letters or digits, upper case: "2", "BIS"
};

// "12" -> {12}, "12a" / "12 A" -> {12, "A"}, "12-2" / "12 2" -> {12, "", "2"}, "12a-3" / "12 bis"
// -> letter and addition. nullopt for anything else: no number, 0, more than five digits, a sign,
// other characters.
std::optional<HouseNumber> parse_house_number(std::string_view text);
// "12", "12A", "12-2", "12A-3": one way to write a house number.
std::string format_house_number(const HouseNumber& house_number);

}  // namespace omzien::geo
