// Postcode and house number checks. Input comes from forms and from PDOK, so every byte is checked
// and nothing but ASCII letters, digits, spaces and one separator is accepted.
#include "geo/postcode.h"

#include <string>

namespace omzien::geo {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view strip_spaces(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<std::string> normalize_postcode(std::string_view text) {
  text = strip_spaces(text);
  std::string digits, letters;
  std::size_t i = 0;
  while (i < text.size() && is_digit(text[i]) && digits.size() < 5) digits.push_back(text[i++]);
  while (i < text.size() && is_space(text[i])) ++i;
  while (i < text.size() && is_letter(text[i]) && letters.size() < 3) letters.push_back(upper(text[i++]));
  if (i != text.size() || digits.size() != 4 || letters.size() != 2 || digits[0] == '0') return std::nullopt;
  if (letters == "SA" || letters == "SD" || letters == "SS") return std::nullopt;
  return digits + letters;
}

std::string format_postcode(std::string_view normalized) {
  if (normalized.size() == 6 && normalize_postcode(normalized)) {
    return std::string(normalized.substr(0, 4)) + " " + std::string(normalized.substr(4));
  }
  return std::string(normalized);
}

std::optional<HouseNumber> parse_house_number(std::string_view text) {
  text = strip_spaces(text);
  HouseNumber out;
  std::size_t i = 0;
  int digits = 0;
  while (i < text.size() && is_digit(text[i])) {
    if (++digits > 5) return std::nullopt;
    out.number = out.number * 10 + (text[i++] - '0');
  }
  if (digits == 0 || out.number == 0) return std::nullopt;
  while (i < text.size() && is_space(text[i])) ++i;
  // A single letter right after the number (or after one space) is the huisletter, unless more
  // letters follow: "12 bis" is a toevoeging.
  if (i < text.size() && is_letter(text[i]) && (i + 1 == text.size() || !is_letter(text[i + 1]))) {
    out.letter.push_back(upper(text[i++]));
    while (i < text.size() && is_space(text[i])) ++i;
  }
  bool separated = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '/')) {
    separated = true;
    ++i;
    while (i < text.size() && is_space(text[i])) ++i;
  }
  while (i < text.size() && (is_letter(text[i]) || is_digit(text[i]))) {
    if (out.addition.size() == 4) return std::nullopt;
    out.addition.push_back(upper(text[i++]));
  }
  if (i != text.size()) return std::nullopt;
  if (separated && out.addition.empty()) return std::nullopt;
  return out;
}

std::string format_house_number(const HouseNumber& house_number) {
  std::string out = std::to_string(house_number.number) + house_number.letter;
  if (!house_number.addition.empty()) out += "-" + house_number.addition;
  return out;
}

}  // namespace omzien::geo
