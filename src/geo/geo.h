// Places in the province of Utrecht: the 26 municipalities (CBS codes), their woonplaatsen and
// well-known neighbourhoods, each with a centre point; and distances between points.
// Written by us from public facts (CBS, PDOK); shipped in the program so it works offline.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace omzien::geo {

struct LatLon {
  double lat = 0;
  double lon = 0;
};

enum class PlaceKind { Province, Municipality, Woonplaats, Neighbourhood };

struct Municipality {
  std::string_view code;  // CBS code, "GM0355"
  std::string_view name;  // "Zeist"
  LatLon centre;
};

struct Place {
  std::string_view name;               // "Overvecht", "Bilthoven", "Zeist"
  PlaceKind kind = PlaceKind::Woonplaats;
  std::string_view municipality_code;  // "GM0344"; empty for the province
  LatLon centre;
};

// The code used for "hele provincie" (initiatives that work province-wide).
inline constexpr std::string_view kProvinceCode = "PV26";
inline constexpr LatLon kProvinceCentre{52.085, 5.18};

// The 26 municipalities of the province, sorted by name.
std::span<const Municipality> municipalities();
// By CBS code ("GM0355") or name ("Zeist", any case and accents); nullptr when unknown.
const Municipality* find_municipality(std::string_view code_or_name);
// Every known place (municipalities, woonplaatsen, neighbourhoods).
std::span<const Place> places();
// A place by name (folded: case and accents ignored). When a name is both a municipality and a
// woonplaats ("Zeist"), the municipality is returned. `municipality_code` narrows the search.
std::optional<Place> find_place(std::string_view name, std::string_view municipality_code = {});
// Places inside one municipality.
std::vector<Place> places_in(std::string_view municipality_code);

// Great-circle distance in kilometres.
double distance_km(LatLon a, LatLon b);
// True when the point lies in (a box around) the province of Utrecht.
bool inside_province(LatLon point);

}  // namespace omzien::geo
