// Marks the words of a text that made a hit match, so a page can show why it was found
// (<mark>…</mark>). Uses the same analysis as search: "Café" is marked for the query "cafe",
// "buurtmoestuin" for "moestuin".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/analyzer.h"

namespace omzien::search {

struct TextSegment {
  std::string text;      // a piece of the original text, unchanged
  bool matched = false;  // true: show it marked
};

// `text` cut into segments; concatenated they give `text` back. A word is matched when one of its
// terms is in `matched_terms` (Hit::matched_terms).
std::vector<TextSegment> highlight(const Analyzer& analyzer, std::string_view text,
                                   const std::vector<std::string>& matched_terms);

}  // namespace omzien::search
