#include "features/map/map_entries.h"

#include "app/app.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/taxonomy.h"
#include "features/map/map_points.h"

namespace omzien::map {

MapEntries find_map_entries(App& app, const initiatives::DirectoryQuery& query, const Nearby& nearby) {
  auto listed = app.db->read([&](db::Connection& c) { return initiatives::find_all_directory_entries(c, query); });
  std::vector<std::int64_t> ids;
  ids.reserve(listed.size());
  for (const auto& entry : listed) ids.push_back(entry.id);
  auto points = map_points_for(app, ids);

  MapEntries found;
  found.entries.reserve(listed.size());
  for (auto& entry : listed) {
    auto point = points.find(entry.id);
    if (point == points.end()) {
      ++found.without_point;
      continue;
    }
    std::optional<double> distance;
    if (auto it = nearby.distances.find(entry.id); it != nearby.distances.end()) distance = it->second;
    found.entries.push_back({std::move(entry), point->second, distance});
  }
  return found;
}

std::string public_place_label(const initiatives::DirectoryEntry& entry, const MapPoint& point) {
  // "Alleen de gemeente" also keeps the woonplaats or neighbourhood out of sight.
  bool municipality_only = point.precision == geo::Precision::Municipality;
  return initiatives::place_label(municipality_only ? "" : entry.place, entry.municipality_code);
}

std::vector<ThemeMarker> load_theme_markers(App& app) {
  return theme_markers(app.db->read([](db::Connection& c) { return list_terms(c, initiatives::Taxonomy::Themes); }));
}

}  // namespace omzien::map
