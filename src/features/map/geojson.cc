#include "features/map/geojson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace omzien::map {

std::string to_geojson(const std::vector<MapEntry>& entries, const std::vector<ThemeMarker>& markers,
                       std::string_view base_url) {
  nlohmann::json features = nlohmann::json::array();
  for (const auto& [entry, point, distance] : entries) {
    ThemeMarker marker = marker_for(markers, entry.themes.empty() ? std::string() : entry.themes.front());
    nlohmann::json properties = {
        {"name", entry.name},
        {"sentence", entry.sentence},
        {"place", public_place_label(entry, point)},
        {"url", std::string(base_url) + "/initiatieven/" + entry.slug},
        {"themes", entry.themes},
        {"theme", marker.theme_id},
        {"theme_label", marker.label},
        {"marker", marker.code},
        {"colour", marker.colour},
        {"approximate", point.approximate()},
    };
    if (point.approximate()) properties["area"] = point.area_name;
    if (distance) properties["distance_km"] = std::round(*distance * 10.0) / 10.0;
    features.push_back({{"type", "Feature"},
                        {"id", entry.id},
                        {"geometry", {{"type", "Point"}, {"coordinates", {point.point.lon, point.point.lat}}}},
                        {"properties", std::move(properties)}});
  }
  nlohmann::json collection = {{"type", "FeatureCollection"}, {"features", std::move(features)}};
  // Invalid UTF-8 cannot be stored (text is normalised on save); replace rather than throw anyway.
  return collection.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace omzien::map
