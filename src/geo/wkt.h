// Points in Well-Known Text, as PDOK Locatieserver writes them: "POINT(5.2331 52.0894)".
// WKT puts the LONGITUDE FIRST; this is the one place that knows it.
#pragma once

#include <optional>
#include <string_view>

#include "geo/geo.h"

namespace omzien::geo {

// The point of "POINT(lon lat)". Accepts upper or lower case, spaces around the parts, signs and
// decimals ("POINT (-0.5 51.2)"). Refuses everything else, so untrusted input is safe: other
// geometries, "EMPTY", Z/M coordinates, exponents, inf/nan, a third number, trailing text, more
// than 128 bytes, and coordinates outside -180..180 (lon) and -90..90 (lat).
std::optional<LatLon> parse_wkt_point(std::string_view text);

}  // namespace omzien::geo
