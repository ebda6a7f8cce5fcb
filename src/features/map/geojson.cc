#include "features/map/geojson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace omzien::map {
namespace {

// A public point never has more digits than it stands for (map_point.h rounds, this keeps it so
// even for a point stored before that rule).
double rounded(double degrees, bool approximate) {
  double scale = approximate ? 1e4 : 1e5;
  return std::round(degrees * scale) / scale;
}

nlohmann::json theme_legend(const std::vector<ThemeMarker>& markers) {
  nlohmann::json legend = nlohmann::json::object();
  for (const auto& marker : markers)
    legend[marker.code] = {{"id", marker.theme_id}, {"label", marker.label}, {"colour", marker.colour}};
  return legend;
}

nlohmann::json properties_of(const MapEntry& found, const std::vector<ThemeMarker>& markers) {
  const auto& [entry, point, distance] = found;
  nlohmann::json properties = {{"n", entry.name}, {"s", entry.slug}};
  if (!entry.sentence.empty()) properties["z"] = entry.sentence;
  std::string place = public_place_label(entry, point);
  if (!place.empty()) properties["p"] = place;
  if (!entry.themes.empty()) {
    nlohmann::json codes = nlohmann::json::array();
    for (const auto& theme : entry.themes) codes.push_back(marker_for(markers, theme).code);
    properties["t"] = std::move(codes);
  }
  if (point.approximate()) properties["a"] = point.area_name.empty() ? place : point.area_name;
  if (distance) properties["k"] = std::round(*distance * 10.0) / 10.0;
  return properties;
}

}  // namespace

std::string to_geojson(const std::vector<MapEntry>& entries, const std::vector<ThemeMarker>& markers,
                       std::string_view base_url) {
  nlohmann::json features = nlohmann::json::array();
  for (const auto& found : entries) {
    bool approximate = found.point.approximate();
    nlohmann::json coordinates = {rounded(found.point.point.lon, approximate), rounded(found.point.point.lat, approximate)};
    features.push_back({{"type", "Feature"},
                        {"id", found.entry.id},
                        {"geometry", {{"type", "Point"}, {"coordinates", std::move(coordinates)}}},
                        {"properties", properties_of(found, markers)}});
  }
  nlohmann::json collection = {{"type", "FeatureCollection"},
                               {"profile_url", std::string(base_url) + "/initiatieven/"},
                               {"themes", theme_legend(markers)},
                               {"features", std::move(features)}};
  // Invalid UTF-8 cannot be stored (text is normalised on save); replace rather than throw anyway.
  return collection.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace omzien::map
