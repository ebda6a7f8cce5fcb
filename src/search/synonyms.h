// Synonyms of this domain ("statushouders" = "nieuwkomers" = "vluchtelingen"), read from a small
// text format that staff can extend without a code change:
//
//   # a comment
//   ouderen, senioren, 65-plussers          each finds the others, as if it were the same word
//   kapot, laten maken => reparatie         the left also finds the right (ranked a little lower),
//                                           not the other way round
//
// The built-in list (src/search/data/synonyms.txt) is compiled into the program; an extra list
// can be added at run time (Index::set_extra_synonyms). Phrases are analysed like all text, so
// "Repair Café", "repair cafe" and "repaircafés" are the same entry as far as search is concerned.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "search/analyzer.h"

namespace omzien::search {

struct SynonymRule {
  std::vector<std::string> from;  // phrases as written
  std::vector<std::string> to;    // empty for a group: every phrase of `from` finds the others
};

// Analysed phrase -> analysed phrases it also finds. A phrase is its terms joined by one space
// ("alleen zijn", "65 plusser", "taalcaf"); a related phrase (from "=>") starts with
// kRelatedMark.
using SynonymTable = std::map<std::string, std::vector<std::string>>;
inline constexpr char kRelatedMark = '~';

// The built-in list, as text.
std::string_view builtin_synonyms();
// Reads the format above. Fails with ErrorKind::Invalid naming the line of a malformed rule.
Result<std::vector<SynonymRule>> parse_synonyms(std::string_view text);
// The table of `rules`, analysed with `analyzer`.
SynonymTable build_synonym_table(const std::vector<SynonymRule>& rules, const Analyzer& analyzer);
// The analysed form of a phrase: the terms of its words joined by a space ("alleen zijn").
std::string analysed_phrase(std::string_view phrase, const Analyzer& analyzer);

}  // namespace omzien::search
