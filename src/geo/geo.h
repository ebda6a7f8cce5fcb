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
  std::string_view name;  // "Overvecht", "Bilthoven", "Zeist"
  PlaceKind kind = PlaceKind::Woonplaats;
  std::string_view municipality_code;  // "GM0344"; empty for the province
  LatLon centre;
};

// Another way people write a place: "Driebergen" for Driebergen-Rijsenburg, "Spakenburg" for
// Bunschoten-Spakenburg, "De Uithof" for Utrecht Science Park.
struct PlaceAlias {
  std::string_view alias;              // "Spakenburg"
  std::string_view name;               // the place's name in places(): "Bunschoten-Spakenburg"
  std::string_view municipality_code;  // the place's municipality: "GM0313"
};

// The code used for "hele provincie" (initiatives that work province-wide).
inline constexpr std::string_view kProvinceCode = "PV26";
inline constexpr LatLon kProvinceCentre{52.085, 5.18};

// The 26 municipalities of the province, sorted by name.
std::span<const Municipality> municipalities();
// By CBS code ("GM0355") or name ("Zeist", any case and accents); nullptr when unknown.
const Municipality* find_municipality(std::string_view code_or_name);
// Every known place: first the municipalities, then the woonplaatsen (every BAG woonplaats of the
// province), then the neighbourhoods (wijken and well-known buurten and village cores).
// A woonplaats may share its name with its municipality ("Zeist" is both).
std::span<const Place> places();
// Every alias; each names a place in places().
std::span<const PlaceAlias> place_aliases();
// A place by name: case, accents, hyphens, apostrophes and extra spaces are ignored ("oud zuilen"
// finds Oud-Zuilen, "’t Goy" finds 't Goy). When a name is both a municipality and a woonplaats
// ("Zeist"), the municipality is returned; a woonplaats goes before a neighbourhood of the same name.
// Only when no name matches are the aliases tried ("Driebergen"). `municipality_code` narrows the
// search to places inside that municipality.
std::optional<Place> find_place(std::string_view name, std::string_view municipality_code = {});
// Places inside one municipality (the municipality itself first).
std::vector<Place> places_in(std::string_view municipality_code);
// The woonplaats or neighbourhood whose centre is nearest to `point`, among those inside
// `municipality_code` (or the whole province when empty); nullopt when there is none.
std::optional<Place> nearest_place(LatLon point, std::string_view municipality_code = {});
// The key place names are compared by: folded (case, accents), with hyphens, apostrophes and other
// punctuation as spaces, and runs of spaces as one. "Oud-Zuilen" and "oud  zuilen" give "oud zuilen".
std::string place_key(std::string_view name);

// Great-circle distance in kilometres.
double distance_km(LatLon a, LatLon b);
// True when the point lies in (a box around) the province of Utrecht.
bool inside_province(LatLon point);

}  // namespace omzien::geo
