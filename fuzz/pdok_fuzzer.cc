// Fuzzes what geo reads from outside: PDOK's JSON (with the WKT points inside it), WKT on its own,
// postcodes, house numbers and place names.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "geo/geo.h"
#include "geo/pdok_response.h"
#include "geo/postcode.h"
#include "geo/wkt.h"

namespace {

void check_point(const omzien::geo::LatLon& point) {
  if (!std::isfinite(point.lat) || !std::isfinite(point.lon)) __builtin_trap();
  if (point.lat < -90 || point.lat > 90 || point.lon < -180 || point.lon > 180) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace omzien::geo;
  std::string_view input(reinterpret_cast<const char*>(data), size);

  if (auto point = parse_wkt_point(input)) check_point(*point);

  if (auto hits = parse_pdok_response(input, 10)) {
    if (hits->size() > 10) __builtin_trap();
    for (const auto& hit : *hits) {
      if (hit.display_name.empty() || hit.display_name.size() > 300) __builtin_trap();
      if (hit.point) check_point(*hit.point);
      if (!hit.municipality_code.empty() && hit.municipality_code.size() != 6) __builtin_trap();
    }
  }

  if (auto postcode = normalize_postcode(input)) {
    if (postcode->size() != 6 || normalize_postcode(format_postcode(*postcode)) != postcode) __builtin_trap();
  }

  if (auto house = parse_house_number(input)) {
    if (house->number < 1 || house->number > 99999 || house->letter.size() > 1 || house->addition.size() > 4)
      __builtin_trap();
    auto again = parse_house_number(format_house_number(*house));
    if (!again || again->number != house->number || again->letter + again->addition != house->letter + house->addition)
      __builtin_trap();
  }

  if (size <= 256) {
    std::string key = place_key(input);
    if (!key.empty() && (key.front() == ' ' || key.back() == ' ')) __builtin_trap();
    if (auto place = find_place(input)) {
      if (find_municipality(place->municipality_code) == nullptr) __builtin_trap();
    }
  }
  return 0;
}
