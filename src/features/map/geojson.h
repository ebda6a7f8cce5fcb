// The map's data as GeoJSON (RFC 7946): a FeatureCollection of points with public fields only.
// Served as /kaart/initiatieven.geojson for the map script and for anyone who wants the data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/map/map_entries.h"
#include "features/map/markers.h"

namespace omzien::map {

// One Feature per entry: coordinates [lon, lat] of the public point; properties name, sentence,
// place, url (`base_url` + "/initiatieven/" + slug), themes (ids), theme and theme_label (the
// first), marker and colour (markers.h), approximate, area (what an approximate point is the
// centre of) and distance_km (with near me).
std::string to_geojson(const std::vector<MapEntry>& entries, const std::vector<ThemeMarker>& markers,
                       std::string_view base_url);

}  // namespace omzien::map
