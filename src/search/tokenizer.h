// Splits text into words for search, the Dutch way: "'t" and "zo'n" fall apart into their
// (stop)words, "café's" is one word "cafes", "65-plussers" gives "65" and "plussers" marked as
// hyphen-joined. Words are folded (lower case, no diacritics); offsets point into the input so
// matches can be highlighted in the original text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace omzien::search {

// How a word is attached to the word before it.
enum class Joint {
  Start,        // the first word
  Space,        // only white space in between: "taal café"
  Hyphen,       // a hyphen in between: "65-plussers"
  Punctuation,  // anything else (a comma, a full stop, a bracket): never joined
};

struct RawToken {
  std::string word;        // folded: "cafes"
  std::size_t begin = 0;   // byte offsets of the word in the input
  std::size_t end = 0;
  Joint joint = Joint::Start;
};

// The words of `text` in order. Words longer than 64 bytes (links, noise) are skipped.
std::vector<RawToken> tokenize(std::string_view text);

}  // namespace omzien::search
