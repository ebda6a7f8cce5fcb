// Near me: "binnen 5 km van Zeist" for the directory and the map. Finds the spot (a place from the
// gazetteer, a postcode or other place through PDOK, or the browser's position) and narrows a
// DirectoryQuery to the profiles whose public point lies within the distance, nearest first: a
// bounding box on map_points, then the exact distance. Only public points are used, so a distance
// never tells more about a home than the map does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "features/initiatives/directory_query.h"
#include "features/map/map_point.h"
#include "geo/geo.h"
#include "http/request.h"

namespace omzien {
struct App;
}

namespace omzien::map {

struct Nearby {
  bool asked = false;                 // the query has near-me parameters
  std::optional<geo::LatLon> origin;  // where "near" is; nullopt when it could not be found
  std::string origin_label;           // "Zeist", "3701 GA", "jouw plek"
  std::string error;                  // Dutch, when the place could not be found
  bool transient_error = false;       // PDOK was down or the visitor asked too often: do not cache the page
  std::unordered_map<std::int64_t, double> distances;  // km from `origin`, for profiles within reach

  // "800 m", "2,3 km", "12 km"; "" for a profile without a distance.
  std::string distance_label(std::int64_t initiative_id) const;
};

// One profile within reach.
struct Distance {
  std::int64_t initiative_id = 0;
  double km = 0;
};

// The points within `km` of `origin`, nearest first (ties by id). Pure: tests and the bench call it.
std::vector<Distance> within(const std::vector<MapPoint>& candidates, geo::LatLon origin, double km);
// Resolves the near-me parameters of `query` and, when the spot is known, sets query.only_ids to
// the profiles within query.near_km, nearest first. Without near-me parameters it does nothing.
// Asking PDOK (a postcode, a place the gazetteer does not know) is rate-limited per visitor.
Nearby apply_near(App& app, const http::Request& request, initiatives::DirectoryQuery& query);
// "2,3 km" for 2.3: Dutch decimals, metres below 1 km.
std::string format_distance(double km);
// The near-me fields of a filter form (a fieldset), rendered from templates/near_fields.mustache.
// `path` is the page the form belongs to ("/initiatieven", "/kaart", "/zoeken"), for the link that
// ends near me; `search_text` (q) stays in that link.
std::string render_near_fields(const initiatives::DirectoryQuery& query, const Nearby& nearby, std::string_view path,
                               std::string_view search_text = {});

}  // namespace omzien::map
