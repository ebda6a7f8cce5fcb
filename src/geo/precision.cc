// Coarsening a location for the public. The rule that matters: for Neighbourhood and Municipality
// precision, every point returned comes from the gazetteer's tables, so a home address can never
// be read back from the map, the GeoJSON or the page source (issue 5, "Privacy of places").
#include "geo/precision.h"

#include <cmath>

namespace omzien::geo {
namespace {

constexpr std::string_view kProvinceName = "Provincie Utrecht";

bool usable(const std::optional<LatLon>& point) {
  return point && std::isfinite(point->lat) && std::isfinite(point->lon);
}

ShownLocation area(const Place& place) {
  Precision precision = place.kind == PlaceKind::Municipality ? Precision::Municipality : Precision::Neighbourhood;
  return {round_to_4_decimals(place.centre), precision, place.name, true};
}

ShownLocation area(const Municipality& municipality) {
  return {round_to_4_decimals(municipality.centre), Precision::Municipality, municipality.name, true};
}

ShownLocation province() {
  return {round_to_4_decimals(kProvinceCentre), Precision::Municipality, kProvinceName, true};
}

std::optional<ShownLocation> municipality_level(const std::optional<LatLon>& exact, std::string_view place_name,
                                                std::string_view municipality_code) {
  if (municipality_code == kProvinceCode) return province();
  if (const Municipality* m = find_municipality(municipality_code); m && !municipality_code.empty()) return area(*m);
  if (auto place = find_place(place_name)) {
    if (const Municipality* m = find_municipality(place->municipality_code)) return area(*m);
  }
  // Without a municipality, the one whose woonplaats or neighbourhood is nearest; still a centre.
  if (usable(exact) && inside_province(*exact)) {
    if (auto near = nearest_place(*exact)) {
      if (const Municipality* m = find_municipality(near->municipality_code)) return area(*m);
    }
  }
  return std::nullopt;
}

std::optional<ShownLocation> neighbourhood_level(const std::optional<LatLon>& exact, std::string_view place_name,
                                                 std::string_view municipality_code) {
  if (municipality_code == kProvinceCode) return province();
  const Municipality* municipality = municipality_code.empty() ? nullptr : find_municipality(municipality_code);
  std::string_view narrowed = municipality ? municipality->code : std::string_view{};
  if (auto place = find_place(place_name, narrowed)) return area(*place);
  if (municipality && usable(exact)) {
    if (auto near = nearest_place(*exact, municipality->code)) return area(*near);
  }
  return municipality_level(exact, place_name, municipality_code);
}

}  // namespace

std::optional<ShownLocation> shown_location(Precision precision, std::optional<LatLon> exact,
                                            std::string_view place_name, std::string_view municipality_code) {
  switch (precision) {
    case Precision::Exact:
      if (usable(exact)) return ShownLocation{*exact, Precision::Exact, {}, false};
      return neighbourhood_level(exact, place_name, municipality_code);
    case Precision::Neighbourhood:
      return neighbourhood_level(exact, place_name, municipality_code);
    case Precision::Municipality:
      return municipality_level(exact, place_name, municipality_code);
  }
  return std::nullopt;
}

bool is_approximate(Precision precision) { return precision != Precision::Exact; }

bool is_area_centre(LatLon point) {
  auto same = [&](LatLon centre) { return centre.lat == point.lat && centre.lon == point.lon; };
  if (same(round_to_4_decimals(kProvinceCentre))) return true;
  for (const auto& place : places())
    if (same(round_to_4_decimals(place.centre))) return true;
  return false;
}

LatLon round_to_4_decimals(LatLon point) {
  return {std::round(point.lat * 10000.0) / 10000.0, std::round(point.lon * 10000.0) / 10000.0};
}

std::string_view precision_name(Precision precision) {
  switch (precision) {
    case Precision::Exact:
      return "exact";
    case Precision::Neighbourhood:
      return "neighbourhood";
    case Precision::Municipality:
      return "municipality";
  }
  return "municipality";
}

std::optional<Precision> parse_precision(std::string_view name) {
  for (Precision p : {Precision::Exact, Precision::Neighbourhood, Precision::Municipality})
    if (precision_name(p) == name) return p;
  return std::nullopt;
}

}  // namespace omzien::geo
