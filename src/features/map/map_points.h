// Keeps the public map points (map_points) in step with the profiles: after every saved or removed
// profile (a content listener), once when the server starts and every hour (writes made by
// `omzien import` or straight into the database while the server did not listen), and for any
// profile the map asks about that has no point yet.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

#include "core/content_change.h"
#include "core/result.h"
#include "features/map/map_point.h"

namespace omzien {
struct App;
}

namespace omzien::map {

// The content listener: recomputes (or forgets) the points of the changed initiatives, all in
// one transaction.
void on_content_changed(App& app, std::span<const ContentChange> changes);
// Recomputes every point and writes only those that differ. Returns how many were written or removed.
Result<int> refresh_all_map_points(App& app);
// A scheduled job (the scheduler calls it every minute) that runs refresh_all_map_points() when
// an hour has passed since the last time (or since now, when it is made).
std::function<void(App&)> refresh_map_points_hourly(const App& app);
// The points of `initiative_ids` (those that have one), computing and storing any not stored yet.
std::unordered_map<std::int64_t, MapPoint> map_points_for(App& app, const std::vector<std::int64_t>& initiative_ids);

}  // namespace omzien::map
