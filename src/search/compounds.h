// Dutch compound words, driven by the compound flags of the hunspell-nl dictionary: splitting
// "buurtmoestuin" into "buurt" + "moes" + "tuin", and deciding that "taal" + "café" may be
// written as one word "taalcafé".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/dutch_dictionary.h"

namespace omzien::search {

// The parts of a folded compound word, in order, each at least 3 letters: the first may begin a
// compound, the last may end one, those between may continue one. Fewest parts win; on a tie the
// longest last part ("stads" + "landbouw", not "stadsland" + "bouw"). Words of their own in the
// dictionary (koelkast, buurtmoestuin) split only into parts of 4 letters or more. Empty when no
// split fits.
std::vector<std::string> split_compound(const DutchDictionary& dictionary, std::string_view folded_word);

// True when two folded words may be written as one compound: "taal" + "cafe", "voedsel" + "bank",
// "koel" + "kast" (a dictionary word).
bool may_join(const DutchDictionary& dictionary, std::string_view first, std::string_view second);

}  // namespace omzien::search
