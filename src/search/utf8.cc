#include "search/utf8.h"

#include <algorithm>

#include "core/text.h"

namespace omzien::search {

std::string fold_search_word(std::string_view word) {
  bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string expanded;
  expanded.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    // U+0132/U+0133 (IJ ligature) are C4 B2 / C4 B3 in UTF-8.
    if (static_cast<unsigned char>(word[i]) == 0xC4 && i + 1 < word.size() &&
        (static_cast<unsigned char>(word[i + 1]) == 0xB2 || static_cast<unsigned char>(word[i + 1]) == 0xB3)) {
      expanded += "ij";
      ++i;
    } else {
      expanded += word[i];
    }
  }
  return fold(expanded);
}

}  // namespace omzien::search
