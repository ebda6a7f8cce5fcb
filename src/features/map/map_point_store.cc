#include "features/map/map_point_store.h"

#include <nlohmann/json.hpp>

namespace omzien::map {
namespace {

constexpr std::string_view kSave = R"sql(
  INSERT INTO map_points (initiative_id, lat, lon, precision, area_name)
  VALUES (:id, :lat, :lon, :precision, :area_name)
  ON CONFLICT (initiative_id) DO UPDATE SET
    lat = excluded.lat, lon = excluded.lon, precision = excluded.precision, area_name = excluded.area_name
)sql";
constexpr std::string_view kDelete = "DELETE FROM map_points WHERE initiative_id = :id";
constexpr std::string_view kSelectAll = "SELECT initiative_id, lat, lon, precision, area_name FROM map_points";
constexpr std::string_view kSelectSome = R"sql(
  SELECT initiative_id, lat, lon, precision, area_name FROM map_points
  WHERE initiative_id IN (SELECT value FROM json_each(:ids))
)sql";
constexpr std::string_view kSelectInBox = R"sql(
  SELECT initiative_id, lat, lon, precision, area_name FROM map_points
  WHERE lat BETWEEN :south AND :north AND lon BETWEEN :west AND :east
)sql";

MapPoint read_point(const db::Statement& row) {
  MapPoint point;
  point.initiative_id = row.integer(0);
  point.point = {row.real(1), row.real(2)};
  point.precision = geo::parse_precision(row.text(3)).value_or(geo::Precision::Municipality);
  point.area_name = row.text(4);
  return point;
}

}  // namespace

Result<void> save_map_point(db::Connection& c, const MapPoint& point) {
  return c.prepare(kSave)
      .bind(":id", point.initiative_id)
      .bind(":lat", point.point.lat)
      .bind(":lon", point.point.lon)
      .bind(":precision", geo::precision_name(point.precision))
      .bind(":area_name", point.area_name)
      .run();
}

Result<void> delete_map_point(db::Connection& c, std::int64_t initiative_id) {
  return c.prepare(kDelete).bind(":id", initiative_id).run();
}

std::unordered_map<std::int64_t, MapPoint> load_map_points(db::Connection& c) {
  std::unordered_map<std::int64_t, MapPoint> points;
  auto select = c.prepare(kSelectAll);
  while (select.next()) {
    MapPoint point = read_point(select);
    points.emplace(point.initiative_id, std::move(point));
  }
  return points;
}

std::unordered_map<std::int64_t, MapPoint> load_map_points(db::Connection& c, const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, MapPoint> points;
  auto select = c.prepare(kSelectSome);
  select.bind(":ids", nlohmann::json(ids).dump());
  while (select.next()) {
    MapPoint point = read_point(select);
    points.emplace(point.initiative_id, std::move(point));
  }
  return points;
}

std::vector<MapPoint> find_map_points_in(db::Connection& c, const Box& box) {
  std::vector<MapPoint> points;
  auto select = c.prepare(kSelectInBox);
  select.bind(":south", box.south).bind(":north", box.north).bind(":west", box.west).bind(":east", box.east);
  while (select.next()) points.push_back(read_point(select));
  return points;
}

}  // namespace omzien::map
