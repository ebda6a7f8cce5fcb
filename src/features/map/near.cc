#include "features/map/near.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "app/app.h"
#include "core/templates.h"
#include "core/text.h"
#include "features/map/map_point_store.h"
#include "features/map/texts.h"
#include "geo/geocode.h"
#include "geo/pdok.h"
#include "geo/postcode.h"

namespace omzien::map {
namespace {

constexpr int kDistanceChoices[] = {1, 2, 5, 10, 25, 50};
// Visitors may make the server ask PDOK this often (postcodes, places the gazetteer does not know).
constexpr int kLookupsPerWindow = 60;
constexpr Seconds kLookupWindow = 10 * 60;

// A box that holds every point within `km` of `origin` (a degree of longitude shrinks with the latitude).
Box box_around(geo::LatLon origin, double km) {
  double lat_degrees = km / 110.574;
  double lon_degrees = km / (111.320 * std::cos(origin.lat * M_PI / 180.0));
  return {origin.lat - lat_degrees, origin.lon - lon_degrees, origin.lat + lat_degrees, origin.lon + lon_degrees};
}

struct Origin {
  std::optional<geo::LatLon> point;
  std::string label;
  std::string error;
  bool transient = false;  // the error may go away (PDOK down, too many look-ups)
};

// A place the gazetteer knows needs no network; postcodes and other names go to PDOK.
Origin find_origin(App& app, const http::Request& request, const initiatives::DirectoryQuery& query) {
  if (query.near_place.empty()) return {geo::LatLon{*query.near_lat, *query.near_lon}, texts::kYourLocation};
  if (auto place = geo::find_place(query.near_place)) return {place->centre, std::string(place->name)};
  if (!app.rate_limiter.allow("near:" + request.remote_ip, kLookupsPerWindow, kLookupWindow))
    return {std::nullopt, "", texts::kNearTooOften, true};
  auto found = geo::geocode(query.near_place, app.pdok.get());
  if (!found) {
    bool unavailable = found.error().kind == ErrorKind::Unavailable;
    return {std::nullopt, "", unavailable ? texts::kNearUnavailable : texts::kNearNotFound, unavailable};
  }
  const geo::GeocodeHit& hit = found->hits.front();
  if (!hit.point) return {std::nullopt, "", texts::kNearNotFound};
  if (!hit.inside_province) return {std::nullopt, "", texts::kNearOutsideProvince};
  auto postcode = geo::normalize_postcode(query.near_place);
  return {hit.point, postcode ? geo::format_postcode(*postcode) : query.near_place};
}

}  // namespace

std::vector<Distance> within(const std::vector<MapPoint>& candidates, geo::LatLon origin, double km) {
  std::vector<Distance> found;
  for (const auto& candidate : candidates) {
    double distance = geo::distance_km(origin, candidate.point);
    if (distance <= km) found.push_back({candidate.initiative_id, distance});
  }
  std::sort(found.begin(), found.end(), [](const Distance& a, const Distance& b) {
    return a.km != b.km ? a.km < b.km : a.initiative_id < b.initiative_id;
  });
  return found;
}

Nearby apply_near(App& app, const http::Request& request, initiatives::DirectoryQuery& query) {
  Nearby nearby;
  if (!query.has_near()) return nearby;
  nearby.asked = true;
  Origin origin = find_origin(app, request, query);
  nearby.origin = origin.point;
  nearby.origin_label = origin.label;
  nearby.error = origin.error;
  nearby.transient_error = origin.transient;
  if (!origin.point) return nearby;

  double km = query.near_km;
  auto candidates = app.db->read([&](db::Connection& c) { return find_map_points_in(c, box_around(*origin.point, km)); });
  std::vector<std::int64_t> ids;
  for (const auto& found : within(candidates, *origin.point, km)) {
    ids.push_back(found.initiative_id);
    nearby.distances.emplace(found.initiative_id, found.km);
  }
  query.only_ids = std::move(ids);
  return nearby;
}

std::string format_distance(double km) {
  if (km < 1.0) return fmt::format("{} m", std::max(100, static_cast<int>(std::round(km * 10.0)) * 100));
  if (km >= 10.0) return fmt::format("{} km", static_cast<int>(std::round(km)));
  std::string text = fmt::format("{:.1f} km", km);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string Nearby::distance_label(std::int64_t initiative_id) const {
  auto it = distances.find(initiative_id);
  return it == distances.end() ? "" : format_distance(it->second);
}

std::string render_near_fields(const initiatives::DirectoryQuery& query, const Nearby& nearby, std::string_view path,
                               std::string_view search_text) {
  View view;
  view.set("near_place", query.near_place);
  bool by_position = query.near_place.empty() && query.near_lat && query.near_lon;
  view.set("by_position", by_position);
  if (by_position) view.set("lat", fmt::format("{:.4f}", *query.near_lat)).set("lon", fmt::format("{:.4f}", *query.near_lon));
  int chosen = query.has_near() ? query.near_km : 5;
  View choices = View::list();
  for (int km : kDistanceChoices) choices.push(View().set("km", km).set("selected", km == chosen));
  view.set("distances", choices);
  view.set("asked", nearby.asked);
  view.set("found", nearby.origin.has_value());
  view.set("origin_label", nearby.origin_label).set("km", query.near_km);
  view.set("error", nearby.error);
  initiatives::DirectoryQuery without = query;
  without.near_place.clear();
  without.near_lat.reset();
  without.near_lon.reset();
  if (without.sort == initiatives::DirectorySort::Distance) without.sort = initiatives::DirectorySort::Newest;
  std::string rest = without.to_query_string(1);
  if (!search_text.empty()) rest = "q=" + url_encode(search_text) + (rest.empty() ? "" : "&" + rest);
  view.set("clear_url", std::string(path) + (rest.empty() ? "" : "?" + rest));
  return render_template("map/near_fields", view);
}

}  // namespace omzien::map
