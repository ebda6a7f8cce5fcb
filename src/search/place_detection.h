// Finds the name of a place of the province in a query ("taalcafe amersfoort", "repair cafe
// overvecht", "wijk bij duurstede", "voedselbank heuvelrug"), from the gazetteer in geo/geo.h.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "search/analyzer.h"
#include "search/search_query.h"

namespace omzien::search {

struct PlaceMatch {
  DetectedPlace place;
  std::size_t first_token = 0;  // the words of the query that name it
  std::size_t token_count = 0;
};

// The longest place name in `tokens` (municipalities before woonplaatsen before neighbourhoods when
// a name is shared). Names match without a leading article ("bilt" for De Bilt) and municipalities
// of several words also by their last word when it is 5 letters or more ("heuvelrug"). A name shared
// by several places of the same kind is ambiguous and not detected.
std::optional<PlaceMatch> detect_place(const std::vector<Token>& tokens);

}  // namespace omzien::search
