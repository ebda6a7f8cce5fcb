#include "search/tokenizer.h"

#include <unicode/uchar.h>

#include "search/utf8.h"

namespace omzien::search {
namespace {

constexpr std::size_t kMaxWordBytes = 64;

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  auto type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u00B4' || c == U'`'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool is_space(char32_t c) { return c == U' ' || (c >= U'\t' && c <= U'\r') || c == U'\u00A0' || c == U'\u202F'; }

struct CodePoint {
  char32_t value;
  std::size_t begin;
  std::size_t end;
};

std::vector<CodePoint> decode(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = next_code_point(text, i);
    out.push_back({c, i, i + length});
    i += length;
  }
  return out;
}

}  // namespace

std::vector<RawToken> tokenize(std::string_view text) {
  std::vector<RawToken> tokens;
  std::vector<CodePoint> chars = decode(text);
  std::size_t i = 0;
  while (i < chars.size()) {
    // What lies between the previous word and this one decides whether they may be joined.
    bool space = false, hyphen = false, other = false;
    for (; i < chars.size() && !is_word_char(chars[i].value); ++i) {
      if (is_space(chars[i].value)) space = true;
      else if (is_hyphen(chars[i].value)) hyphen = true;
      else other = true;
    }
    if (i == chars.size()) break;
    Joint joint = tokens.empty() ? Joint::Start
                  : other || (hyphen && space) ? Joint::Punctuation  // a spaced dash is a pause
                  : hyphen ? Joint::Hyphen
                           : Joint::Space;
    // A word: letters and digits, with an apostrophe inside only for the plural/genitive "'s"
    // (café's, opa's); other inner apostrophes (zo'n, m'n, d'r) separate two words.
    std::size_t start = i;
    std::string raw;
    while (i < chars.size()) {
      if (is_word_char(chars[i].value)) {
        append_utf8(raw, chars[i].value);
        ++i;
      } else if (is_apostrophe(chars[i].value) && !raw.empty() && i + 1 < chars.size() &&
                 (chars[i + 1].value == U's' || chars[i + 1].value == U'S') &&
                 (i + 2 >= chars.size() || !is_word_char(chars[i + 2].value))) {
        ++i;  // drop the apostrophe, keep the s
      } else {
        break;
      }
    }
    if (raw.size() <= kMaxWordBytes) tokens.push_back({fold_search_word(raw), chars[start].begin, chars[i - 1].end, joint});
  }
  return tokens;
}

}  // namespace omzien::search
