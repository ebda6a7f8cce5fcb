// SQL for the public map points (table map_points): save, remove, read all or those in a box.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "db/db.h"
#include "features/map/map_point.h"

namespace omzien::map {

// A box of latitudes and longitudes (degrees, WGS 84), edges included.
struct Box {
  double south = 0;
  double west = 0;
  double north = 0;
  double east = 0;
};

// Saves the point of point.initiative_id, replacing the one it had.
Result<void> save_map_point(db::Connection& c, const MapPoint& point);
// Forgets the point of an initiative (nothing to show, or the profile is gone).
Result<void> delete_map_point(db::Connection& c, std::int64_t initiative_id);
// Every stored point, by initiative id.
std::unordered_map<std::int64_t, MapPoint> load_map_points(db::Connection& c);
// The stored points of these initiatives, by initiative id.
std::unordered_map<std::int64_t, MapPoint> load_map_points(db::Connection& c, const std::vector<std::int64_t>& ids);
// The stored points inside `box`.
std::vector<MapPoint> find_map_points_in(db::Connection& c, const Box& box);

}  // namespace omzien::map
