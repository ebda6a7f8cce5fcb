// Folding one word for the search analysis (decoding UTF-8 is in core/text.h).
#pragma once

#include <string>
#include <string_view>

#include "core/text.h"

namespace omzien::search {

// A word folded for search: lower case, no diacritics (ICU, as omzien::fold), and the Dutch
// ligature "ĳ" written as "ij". Fast for plain ASCII words.
std::string fold_search_word(std::string_view word);

}  // namespace omzien::search
