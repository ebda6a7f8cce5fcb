// Template data of the map pages: the filter form, the legend, the list beside the map and the
// map element's settings (data attributes that static/js/map.js reads).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/view.h"
#include "features/initiatives/directory_query.h"
#include "features/initiatives/taxonomy.h"
#include "features/map/map_point.h"
#include "features/map/map_request.h"
#include "features/map/markers.h"

namespace omzien {
struct App;
}

namespace omzien::map {

using PointsById = std::unordered_map<std::int64_t, MapPoint>;

// Everything /kaart shows: filters with counts, near me, the map settings, the legend and one page
// of the list with links that keep the filters.
// `points` holds the public points of the page's entries (their place label follows the precision).
View map_page_view(const App& app, const MapRequest& request, const initiatives::DirectoryPage& page,
                   const PointsById& points, const std::vector<initiatives::Term>& themes,
                   const std::vector<initiatives::Term>& groups);
// The map element's settings: GeoJSON URL, tiles, attribution, near me's circle.
View map_settings_view(const App& app, const MapRequest& request);
// The legend: every current theme's marker, and the "ongeveer" marker.
View legend_view(const std::vector<ThemeMarker>& markers, const std::vector<initiatives::Term>& themes);

}  // namespace omzien::map
