#include "features/map/map_points.h"

#include <atomic>
#include <memory>

#include "app/app.h"
#include "core/log.h"
#include "features/initiatives/initiative_store.h"
#include "features/map/map_point_store.h"

namespace omzien::map {
namespace {

bool same(const MapPoint& a, const MapPoint& b) {
  return a.point.lat == b.point.lat && a.point.lon == b.point.lon && a.precision == b.precision &&
         a.area_name == b.area_name;
}

Result<void> store(db::Connection& c, std::int64_t id, const std::optional<MapPoint>& point) {
  return point ? save_map_point(c, *point) : delete_map_point(c, id);
}

// The point of one changed initiative: recomputed, or forgotten when it is gone or hidden from the map.
Result<void> follow(db::Connection& c, const ContentChange& change) {
  if (change.action == ContentChange::Action::Removed) return delete_map_point(c, change.id);
  auto initiative = initiatives::find_initiative(c, change.id);
  if (!initiative) return delete_map_point(c, change.id);
  return store(c, change.id, map_point_of(*initiative));
}

}  // namespace

void on_content_changed(App& app, std::span<const ContentChange> changes) {
  std::vector<const ContentChange*> ours;
  for (const auto& change : changes)
    if (change.kind == "initiative") ours.push_back(&change);
  if (ours.empty()) return;
  // One transaction for the lot: an import announces hundreds of profiles at once, and a commit
  // per profile made it wait on the disk for each.
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (const ContentChange* change : ours)
      if (auto r = follow(c, *change); !r) return r;
    return {};
  });
  if (done || ours.size() == 1) {
    if (!done) log_error("map point of initiative {}: {}", ours.front()->id, done.error().detail);
    return;
  }
  // One profile's failure must not keep the others off the map: each on its own.
  for (const ContentChange* change : ours) {
    auto one = app.db->write_void([&](db::Connection& c) { return follow(c, *change); });
    if (!one) log_error("map point of initiative {}: {}", change->id, one.error().detail);
  }
}

Result<int> refresh_all_map_points(App& app) {
  struct Loaded {
    std::vector<initiatives::Initiative> initiatives;
    std::unordered_map<std::int64_t, MapPoint> stored;
  };
  Loaded loaded = app.db->read([](db::Connection& c) {
    return Loaded{initiatives::list_initiatives(c, initiatives::Which::All), load_map_points(c)};
  });
  std::vector<std::pair<std::int64_t, std::optional<MapPoint>>> changes;
  for (const auto& initiative : loaded.initiatives) {
    auto point = map_point_of(initiative);
    auto it = loaded.stored.find(initiative.id);
    bool stored = it != loaded.stored.end();
    if (point ? !stored || !same(*point, it->second) : stored) changes.emplace_back(initiative.id, point);
    if (stored) loaded.stored.erase(it);
  }
  for (const auto& [id, gone] : loaded.stored) changes.emplace_back(id, std::nullopt);  // deleted meanwhile
  if (changes.empty()) return 0;
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (const auto& [id, point] : changes)
      if (auto r = store(c, id, point); !r) return r;
    return {};
  });
  if (!done) return done.error();
  return static_cast<int>(changes.size());
}

std::function<void(App&)> refresh_map_points_hourly(const App& app) {
  auto last = std::make_shared<std::atomic<Seconds>>(app.clock.now());
  return [last](App& app) {
    Seconds now = app.clock.now();
    if (now - last->load() < 60 * 60) return;
    last->store(now);
    if (auto refreshed = refresh_all_map_points(app); !refreshed) log_error("map points: {}", refreshed.error().detail);
  };
}

std::unordered_map<std::int64_t, MapPoint> map_points_for(App& app, const std::vector<std::int64_t>& initiative_ids) {
  auto stored = app.db->read([&](db::Connection& c) { return load_map_points(c, initiative_ids); });
  std::unordered_map<std::int64_t, MapPoint> points;
  std::vector<std::int64_t> missing;
  for (auto id : initiative_ids) {
    auto it = stored.find(id);
    if (it != stored.end()) {
      points.emplace(id, it->second);
    } else {
      missing.push_back(id);
    }
  }
  if (missing.empty()) return points;
  // Profiles written while the server did not listen: work their points out now, once.
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (auto id : missing) {
      auto initiative = initiatives::find_initiative(c, id);
      if (!initiative) continue;
      auto point = map_point_of(*initiative);
      if (!point) continue;
      if (auto r = save_map_point(c, *point); !r) return r;
      points.emplace(id, std::move(*point));
    }
    return {};
  });
  if (!done) log_error("map points: {}", done.error().detail);
  return points;
}

}  // namespace omzien::map
