#include "features/map/markers.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace omzien::map {
namespace {

// The letters a-z of the label, case and accents folded ("Één" gives "een").
std::string letters_of(const std::string& label) {
  std::string letters;
  for (char c : fold(label))
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  return letters;
}

// Two characters: the label's first letter (upper case) and `second`.
std::string two_letters(char first, char second) {
  std::string code(2, ' ');
  code[0] = first;
  code[1] = second;
  return code;
}

std::string code_for(const std::string& label, std::set<std::string>& taken) {
  std::string letters = letters_of(label);
  if (letters.empty()) letters = "x";
  char first = static_cast<char>(letters[0] - 'a' + 'A');
  for (std::size_t i = 1; i < letters.size(); ++i) {
    std::string code = two_letters(first, letters[i]);
    if (taken.insert(code).second) return code;
  }
  for (char digit = '1'; digit <= '9'; ++digit) {
    std::string code = two_letters(first, digit);
    if (taken.insert(code).second) return code;
  }
  return two_letters(first, '0');
}

}  // namespace

std::vector<ThemeMarker> theme_markers(const std::vector<initiatives::Term>& themes) {
  std::vector<ThemeMarker> markers;
  std::set<std::string> taken;
  for (const auto& term : themes) {
    int colour = static_cast<int>(markers.size()) % kMarkerColours;
    markers.push_back({term.id, term.label, code_for(term.label, taken), colour});
  }
  return markers;
}

ThemeMarker marker_for(const std::vector<ThemeMarker>& markers, const std::string& theme_id) {
  auto it = std::find_if(markers.begin(), markers.end(), [&](const ThemeMarker& m) { return m.theme_id == theme_id; });
  if (it != markers.end()) return *it;
  return {theme_id, theme_id, "·", kMarkerColours - 1};
}

}  // namespace omzien::map
