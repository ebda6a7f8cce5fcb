// Small UTF-8 helpers for the search analysis: decoding to code points and folding one word.
#pragma once

#include <string>
#include <utility>
#include <string_view>

namespace omzien::search {

// The code point starting at byte `offset` of `text` and its length in bytes (at least 1);
// an invalid byte reads as U+FFFD of length 1.
std::pair<char32_t, std::size_t> next_code_point(std::string_view text, std::size_t offset);
// Code points of `text`; invalid bytes become U+FFFD.
std::u32string utf8_to_u32(std::string_view text);
// Appends `code_point` encoded as UTF-8.
void append_utf8(std::string& out, char32_t code_point);
// A word folded for search: lower case, no diacritics (ICU, as omzien::fold), and the Dutch
// ligature "ĳ" written as "ij". Fast for plain ASCII words.
std::string fold_search_word(std::string_view word);

}  // namespace omzien::search
