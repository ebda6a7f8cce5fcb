// Words that carry no meaning for search.
// - Stop words: Dutch function words (the Snowball list), the remnants of "'t", "zo'n", "m'n",
//   and English function words ("help for the elderly"). Indexed only for phrases such as
//   "alleen zijn"; never needed to match.
// - Filler words of a question or request ("waar kan ik", "ik zoek", "wie helpt", "moeite met"):
//   ordinary words in a text, left out of a query that has other words.
#pragma once

#include <string_view>

namespace omzien::search {

// True for a folded stop word: "de", "het", "waar", "kan", "mijn", "the".
bool is_stopword(std::string_view folded_word);
// True for a folded filler word of a question: "zoek", "graag", "hulp", "moeite", "laten".
bool is_query_filler(std::string_view folded_word);

}  // namespace omzien::search
