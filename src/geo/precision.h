// Where an initiative may be shown in public (map, GeoJSON, page source). Many initiatives run
// from someone's home; such an initiative is shown at the centre of its neighbourhood, woonplaats
// or municipality, and the exact point never leaves the server.
#pragma once

#include <optional>
#include <string_view>

#include "geo/geo.h"

namespace omzien::geo {

// How precisely a location may be shown in public, chosen by the initiative.
enum class Precision { Exact, Neighbourhood, Municipality };

// The location as it may be shown in public.
struct ShownLocation {
  LatLon point;                            // an area centre unless `precision` is Exact
  Precision precision = Precision::Exact;  // what `point` stands for; may be coarser than asked
  std::string_view area_name;              // "Overvecht", "Bilthoven", "Zeist"; empty when Exact
  bool approximate = false;                // true unless Exact: draw the "ongeveer" marker
};

// The point that may be shown for a location with `precision`:
// - Exact: `exact` itself; without it, as Neighbourhood (then approximate).
// - Neighbourhood: the centre of `place_name` (a neighbourhood, woonplaats or alias) inside
//   `municipality_code`; else, when only `exact` is known, the nearest neighbourhood or woonplaats
//   centre of that municipality; else the municipality centre.
// - Municipality: the centre of `municipality_code`, or of the municipality of `place_name`.
// kProvinceCode gives the province centre. For Neighbourhood and Municipality the result is always
// an area centre from the gazetteer (is_area_centre() holds), never `exact`. nullopt when nothing is
// known to show.
std::optional<ShownLocation> shown_location(Precision precision, std::optional<LatLon> exact,
                                            std::string_view place_name, std::string_view municipality_code);

// True when a location with this precision is drawn as approximate ("ongeveer").
bool is_approximate(Precision precision);
// True when `point` is exactly the centre of a gazetteer place or of the province: what every
// approximate point must be. Tests of the map and the GeoJSON use it to prove nothing leaks.
bool is_area_centre(LatLon point);
// The point rounded to 4 decimals (about 10 m), as area centres are written.
LatLon round_to_4_decimals(LatLon point);

// "exact", "neighbourhood", "municipality": for storage and form values.
std::string_view precision_name(Precision precision);
// The inverse of precision_name(); nullopt for anything else.
std::optional<Precision> parse_precision(std::string_view name);

}  // namespace omzien::geo
