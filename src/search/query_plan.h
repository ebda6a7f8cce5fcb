// Internal: turns the text of a search into a Xapian query. Each meaningful word (or phrase with
// a synonym, such as "alleen zijn") becomes a concept that matches its term, its compound parts,
// its synonyms and, for an unknown word, its spelling correction; concepts combine with OR, and
// documents matching more of them rank higher. A place name is taken out and returned apart.
#pragma once

#include <map>
#include <utility>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/analyzer.h"
#include "search/place_detection.h"

namespace omzien::search {

struct QueryPlan {
  std::vector<Token> tokens;                      // the analysed query text
  std::optional<PlaceMatch> place;
  bool has_concepts = false;                      // false: nothing to match but (maybe) a place
  Xapian::Query query;                            // the concepts; empty when has_concepts is false
  std::vector<std::size_t> concept_tokens;        // tokens that are (part of) a concept
  std::map<std::string, std::string> term_words;  // term -> the query word(s) it came from
  std::map<std::string, std::vector<int>> term_concepts;  // term -> the concepts it stands for
  // concept -> groups of terms that match it only together: the parts of its compound word ("punt"
  // alone is no match for "lichtpunt") and the words of a phrase ("gratis" alone is no match for
  // "gratis kleding").
  std::multimap<int, std::vector<std::string>> concept_groups;
  int concept_count = 0;                          // concepts a document can match
  std::string corrected_text;                     // the text with corrections; empty if none
};

QueryPlan plan_query(std::string_view text, const Analyzer& analyzer, const Xapian::Database& database,
                     bool detect_places);

// The text with some words replaced: (token index, new word), in token order.
std::string text_replacing(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<std::pair<std::size_t, std::string>>& replacements);
// The text with the tokens in [first, first + count) left out ("repair cafe" for
// "repair cafe overvecht").
std::string text_without(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t count);

}  // namespace omzien::search
