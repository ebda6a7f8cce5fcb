// The gazetteer's tables, for places.cc only: woonplaatsen, neighbourhoods and aliases.
// Each table lives in its own source file so a change to one is easy to review.
#pragma once

#include <span>

#include "geo/geo.h"

namespace omzien::geo::data {

// Every woonplaats of the BAG in the province, grouped by municipality.
std::span<const Place> woonplaatsen();
// Wijken, well-known buurten and village cores that are no woonplaats of their own.
std::span<const Place> neighbourhoods();
// Other ways people write a place.
std::span<const PlaceAlias> aliases();

}  // namespace omzien::geo::data
