#include "features/map/map_point.h"

#include <cmath>

namespace omzien::map {

geo::Precision to_geo_precision(initiatives::LocationPrecision precision) {
  switch (precision) {
    case initiatives::LocationPrecision::Exact:
      return geo::Precision::Exact;
    case initiatives::LocationPrecision::Neighbourhood:
      return geo::Precision::Neighbourhood;
    case initiatives::LocationPrecision::Municipality:
      return geo::Precision::Municipality;
  }
  return geo::Precision::Municipality;
}

std::optional<MapPoint> map_point_of(const initiatives::Initiative& initiative) {
  std::optional<geo::LatLon> exact;
  if (initiative.lat && initiative.lon) exact = geo::LatLon{*initiative.lat, *initiative.lon};
  auto shown = geo::shown_location(to_geo_precision(initiative.location_precision), exact, initiative.place,
                                   initiative.municipality_code);
  if (!shown) return std::nullopt;
  MapPoint point{initiative.id, shown->point, shown->precision, std::string(shown->area_name)};
  if (!point.approximate()) {
    point.point = {std::round(point.point.lat * 1e5) / 1e5, std::round(point.point.lon * 1e5) / 1e5};
  } else if (!geo::is_area_centre(point.point)) {
    return std::nullopt;  // unreachable with geo::shown_location's contract; refuse rather than leak
  }
  return point;
}

}  // namespace omzien::map
