#include "search/utf8.h"

#include <algorithm>

#include "core/text.h"

namespace omzien::search {

std::pair<char32_t, std::size_t> next_code_point(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return {U'\uFFFD', 1};
  char32_t c = length == 1 ? byte : length == 2 ? (byte & 0x1F) : length == 3 ? (byte & 0x0F) : (byte & 0x07);
  for (std::size_t k = 1; k < length; ++k) {
    auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return {U'\uFFFD', 1};
    c = (c << 6) | (next & 0x3F);
  }
  return {c, length};
}

std::u32string utf8_to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = next_code_point(text, i);
    out.push_back(c);
    i += length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

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
