// The 26 municipalities of the province of Utrecht with their CBS codes (2024) and a centre
// point near their main town hall, from CBS and PDOK public data. The centre is also where an
// initiative that shows only its municipality is drawn (see precision.h), so it lies in a town.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/text.h"
#include "geo/geo.h"

namespace omzien::geo {
namespace {

constexpr Municipality kMunicipalities[] = {
    {"GM0307", "Amersfoort", {52.1561, 5.3878}},
    {"GM0308", "Baarn", {52.2117, 5.2875}},
    {"GM0312", "Bunnik", {52.0665, 5.1985}},
    {"GM0313", "Bunschoten", {52.2432, 5.3776}},
    {"GM0310", "De Bilt", {52.1100, 5.1806}},
    {"GM0736", "De Ronde Venen", {52.2060, 4.8656}},
    {"GM0317", "Eemnes", {52.2540, 5.2571}},
    {"GM0321", "Houten", {52.0283, 5.1681}},
    {"GM0353", "IJsselstein", {52.0199, 5.0434}},
    {"GM0327", "Leusden", {52.1325, 5.4311}},
    {"GM0331", "Lopik", {51.9728, 4.9461}},
    {"GM0335", "Montfoort", {52.0459, 4.9527}},
    {"GM0356", "Nieuwegein", {52.0292, 5.0812}},
    {"GM0589", "Oudewater", {52.0250, 4.8683}},
    {"GM0339", "Renswoude", {52.0740, 5.5396}},
    {"GM0340", "Rhenen", {51.9594, 5.5681}},
    {"GM0342", "Soest", {52.1740, 5.2917}},
    {"GM1904", "Stichtse Vecht", {52.1360, 5.0404}},
    {"GM0344", "Utrecht", {52.0907, 5.1214}},
    {"GM1581", "Utrechtse Heuvelrug", {52.0330, 5.3450}},  // Doorn, by the town hall
    {"GM0345", "Veenendaal", {52.0275, 5.5563}},
    {"GM1961", "Vijfheerenlanden", {51.9920, 5.0920}},  // Vianen, by the town hall
    {"GM0352", "Wijk bij Duurstede", {51.9742, 5.3403}},
    {"GM0632", "Woerden", {52.0857, 4.8833}},
    {"GM0351", "Woudenberg", {52.0806, 5.4153}},
    {"GM0355", "Zeist", {52.0894, 5.2331}},
};

}  // namespace

std::span<const Municipality> municipalities() { return kMunicipalities; }

const Municipality* find_municipality(std::string_view code_or_name) {
  // Codes are looked up for every profile a page or the map shows, so a code is matched as it
  // is first, and the names' keys (ICU folding) are made once, not on every call.
  for (const auto& m : kMunicipalities)
    if (m.code == code_or_name) return &m;
  static const std::vector<std::string> name_keys = [] {
    std::vector<std::string> keys;
    for (const auto& m : kMunicipalities) keys.push_back(place_key(m.name));
    return keys;
  }();
  std::string wanted = place_key(code_or_name);
  for (std::size_t i = 0; i < std::size(kMunicipalities); ++i) {
    const Municipality& m = kMunicipalities[i];
    if (to_lower_ascii(m.code) == wanted || name_keys[i] == wanted) return &m;
  }
  return nullptr;
}

double distance_km(LatLon a, LatLon b) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadians = M_PI / 180.0;
  double dlat = (b.lat - a.lat) * kRadians;
  double dlon = (b.lon - a.lon) * kRadians;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(a.lat * kRadians) * std::cos(b.lat * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool inside_province(LatLon p) { return p.lat >= 51.80 && p.lat <= 52.35 && p.lon >= 4.70 && p.lon <= 5.70; }

}  // namespace omzien::geo
