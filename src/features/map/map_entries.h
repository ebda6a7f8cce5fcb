// What the map shows: the published profiles that match the directory's filters (and near me),
// each with its public point, public fields only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/initiatives/directory_query.h"
#include "features/map/map_point.h"
#include "features/map/markers.h"
#include "features/map/near.h"

namespace omzien {
struct App;
}

namespace omzien::map {

struct MapEntry {
  initiatives::DirectoryEntry entry;
  MapPoint point;
  std::optional<double> distance_km;  // with near me
};

struct MapEntries {
  std::vector<MapEntry> entries;  // nearest first with near me, else newest first
  int without_point = 0;          // matching profiles with nothing to show on a map
};

// Every matching profile with a point (`query` as narrowed by apply_near).
MapEntries find_map_entries(App& app, const initiatives::DirectoryQuery& query, const Nearby& nearby);
// "Overvecht, Utrecht"; only the municipality when the point stands for the municipality.
std::string public_place_label(const initiatives::DirectoryEntry& entry, const MapPoint& point);
// The markers of the platform's current themes.
std::vector<ThemeMarker> load_theme_markers(App& app);

}  // namespace omzien::map
