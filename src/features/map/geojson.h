// The map's data as GeoJSON (RFC 7946): a FeatureCollection of points with public fields only.
// Served as /kaart/initiatieven.geojson for the map script and for anyone who wants the data
// (the short names are explained on /open-data). 10,000 initiatives must stay small enough for a
// phone, so property names are one letter and empty ones are left out:
//
//   {"type": "FeatureCollection",
//    "profile_url": "https://…/initiatieven/",          a profile's address is this plus its s
//    "themes": {"Vo": {"id": "voedsel", "label": "Voedsel", "colour": 3}, …},   by marker code
//    "features": [{"type": "Feature", "id": 12,
//                  "geometry": {"type": "Point", "coordinates": [5.12136, 52.09071]},
//                  "properties": {"n": name, "z": sentence, "p": place, "s": slug,
//                                 "t": ["Vo", "Ta"] (theme codes, the first draws the marker),
//                                 "a": "Overvecht" (only when the point is approximate: the area it
//                                      is the centre of),
//                                 "k": 2.3 (only with near me: km from there)}}]}
//
// Coordinates carry what the point stands for and no more: 5 decimals (about 1 m) for an exact
// spot, the gazetteer's 4 for an area centre.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/map/map_entries.h"
#include "features/map/markers.h"

namespace omzien::map {

// One Feature per entry, as above; `base_url` makes profile_url.
std::string to_geojson(const std::vector<MapEntry>& entries, const std::vector<ThemeMarker>& markers,
                       std::string_view base_url);

}  // namespace omzien::map
