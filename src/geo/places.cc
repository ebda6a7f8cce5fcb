// Woonplaatsen and well-known neighbourhoods with centre points. The municipalities themselves
// are places too (kind Municipality). FIXME: to be completed with every woonplaats.
#include <vector>

#include "core/text.h"
#include "geo/geo.h"

namespace omzien::geo {
namespace {

constexpr Place kPlaces[] = {
    {"Overvecht", PlaceKind::Neighbourhood, "GM0344", {52.1170, 5.1120}},
    {"Vathorst", PlaceKind::Neighbourhood, "GM0307", {52.1930, 5.4330}},
    {"Maarssen", PlaceKind::Woonplaats, "GM1904", {52.1350, 5.0400}},
    {"Mijdrecht", PlaceKind::Woonplaats, "GM0736", {52.2067, 4.8625}},
    {"Vianen", PlaceKind::Woonplaats, "GM1961", {51.9917, 5.0917}},
    {"Bilthoven", PlaceKind::Woonplaats, "GM0310", {52.1283, 5.2042}},
};

const std::vector<Place>& all_places() {
  static const std::vector<Place> list = [] {
    std::vector<Place> out;
    for (const auto& m : municipalities()) out.push_back({m.name, PlaceKind::Municipality, m.code, m.centre});
    for (const auto& p : kPlaces) out.push_back(p);
    return out;
  }();
  return list;
}

}  // namespace

std::span<const Place> places() { return all_places(); }

std::optional<Place> find_place(std::string_view name, std::string_view municipality_code) {
  std::string wanted = fold(trim(name));
  std::optional<Place> found;
  for (const auto& place : all_places()) {
    if (!municipality_code.empty() && place.municipality_code != municipality_code) continue;
    if (fold(place.name) != wanted) continue;
    if (!found || place.kind == PlaceKind::Municipality) found = place;
  }
  return found;
}

std::vector<Place> places_in(std::string_view municipality_code) {
  std::vector<Place> out;
  for (const auto& place : all_places())
    if (place.municipality_code == municipality_code) out.push_back(place);
  return out;
}

}  // namespace omzien::geo
