// The point where an initiative may be shown in public, and how to work it out from a profile.
// Many initiatives run from someone's home: for "neighbourhood" and "municipality" precision the
// point is an area centre from the gazetteer, never the exact point (issue 5, privacy of places).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "features/initiatives/initiative.h"
#include "geo/geo.h"
#include "geo/precision.h"

namespace omzien::map {

struct MapPoint {
  std::int64_t initiative_id = 0;
  geo::LatLon point;
  geo::Precision precision = geo::Precision::Exact;  // what `point` stands for
  std::string area_name;                             // "Overvecht", "Zeist"; empty when exact

  bool approximate() const { return precision != geo::Precision::Exact; }
};

// The public point of `initiative` (geo::shown_location), or nullopt when nothing is known to
// show. An exact point is rounded to 5 decimals (about 1 m). For approximate points the result is
// checked once more to be an area centre: a bug elsewhere must not put a home on the map.
std::optional<MapPoint> map_point_of(const initiatives::Initiative& initiative);

// The gazetteer's precision for a profile's precision.
geo::Precision to_geo_precision(initiatives::LocationPrecision precision);

}  // namespace omzien::map
