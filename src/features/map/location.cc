#include "features/map/location.h"

#include <fmt/core.h>

#include <charconv>
#include <cmath>

#include "app/app.h"
#include "core/text.h"
#include "features/map/texts.h"
#include "geo/geocode.h"
#include "geo/postcode.h"
#include "geo/texts.h"

namespace omzien::map {
namespace {

std::optional<double> parse_number(std::string_view text) {
  text = std::string_view(text).substr(0, 40);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// About 10 cm: more would only pretend precision.
geo::LatLon rounded(geo::LatLon point) {
  return {std::round(point.lat * 1e6) / 1e6, std::round(point.lon * 1e6) / 1e6};
}

std::string municipality_name(std::string_view code) {
  const geo::Municipality* m = code == geo::kProvinceCode ? nullptr : geo::find_municipality(code);
  return m ? std::string(m->name) : "";
}

// "Slotlaan 12a" -> "12a": the last word that starts with a digit, with what follows it.
std::optional<geo::HouseNumber> house_number_in(std::string_view address) {
  std::vector<std::string> words = split(trim(address), ' ');
  for (std::size_t i = words.size(); i > 0; --i) {
    const std::string& word = words[i - 1];
    if (word.empty() || word[0] < '0' || word[0] > '9') continue;
    std::string rest;
    for (std::size_t j = i - 1; j < words.size(); ++j) rest += (rest.empty() ? "" : " ") + words[j];
    return geo::parse_house_number(rest);
  }
  return std::nullopt;
}

// What a geocode() or geocode_address() result means for the form.
FoundSpot spot_from(const Result<geo::Geocoded>& found, const LocationInput& input) {
  FoundSpot spot;
  if (!found) {
    bool postcode_only = input.address.empty() && input.place.empty() && !input.postcode.empty();
    spot.notice = postcode_only && found.error().kind == ErrorKind::Unavailable ? geo::texts::kPostcodeNeedsLookup
                                                                                 : geo::geocode_error_message(found.error());
    return spot;
  }
  const geo::GeocodeHit& hit = found->hits.front();
  spot.notice = geo::geocode_notice(*found);
  if (!hit.point || !hit.inside_province || !geo::inside_province(*hit.point)) {
    if (spot.notice.empty()) spot.notice = geo::texts::kOutsideProvince;
    return spot;
  }
  spot.point = rounded(*hit.point);
  spot.label = hit.display_name;
  spot.from_pdok = found->source == geo::GeocodeSource::Pdok;
  if (spot.notice.empty()) spot.notice = fmt::format(fmt::runtime(texts::kFoundAt), hit.display_name);
  return spot;
}

FoundSpot spot_of_place(const geo::Place& place) {
  return {rounded(place.centre), std::string(place.name), "", false};
}

}  // namespace

FoundSpot find_spot(App& app, const LocationInput& input) {
  geo::PdokClient* pdok = app.pdok.get();
  std::string town = input.place.empty() ? municipality_name(input.municipality_code) : input.place;
  auto postcode = geo::normalize_postcode(input.postcode);
  auto house_number = house_number_in(input.address);
  if (postcode && house_number)
    return spot_from(geo::geocode_address(*postcode, *house_number, town, pdok), input);
  if (!trim(input.address).empty() || postcode) {
    std::string text = trim(input.address);
    if (postcode) text += (text.empty() ? "" : ", ") + geo::format_postcode(*postcode);
    if (!town.empty()) text += (text.empty() ? "" : " ") + town;
    return spot_from(geo::geocode(text, pdok), input);
  }
  if (input.place.empty()) return {};
  // A place: the gazetteer knows most, without asking anyone.
  std::string_view within = input.municipality_code == geo::kProvinceCode ? "" : std::string_view(input.municipality_code);
  if (auto place = geo::find_place(input.place, within)) return spot_of_place(*place);
  std::string municipality = municipality_name(input.municipality_code);
  return spot_from(geo::geocode(municipality.empty() ? input.place : input.place + ", " + municipality, pdok), input);
}

std::string locate_profile(App& app, const http::Params& form, const initiatives::Initiative* before,
                           initiatives::Initiative& after) {
  std::string lead;
  auto lat = parse_number(form.get("pin_lat"));
  auto lon = parse_number(form.get("pin_lon"));
  if (lat && lon) {
    if (geo::inside_province({*lat, *lon})) {
      geo::LatLon pin = rounded({*lat, *lon});
      after.lat = pin.lat;
      after.lon = pin.lon;
      return texts::kPinSaved;
    }
    lead = texts::kPinOutsideProvince;
  }
  bool changed = !before || !before->lat || !before->lon || before->address != after.address ||
                 before->postcode != after.postcode || before->place != after.place ||
                 before->municipality_code != after.municipality_code;
  if (!changed && lead.empty()) return "";
  FoundSpot spot = find_spot(app, {after.address, after.postcode, after.place, after.municipality_code});
  after.lat = spot.point ? std::optional(spot.point->lat) : std::nullopt;
  after.lon = spot.point ? std::optional(spot.point->lon) : std::nullopt;
  std::string notice = spot.notice;
  if (!spot.point && !notice.empty()) notice += std::string(" ") + texts::kNoSpotSaved;
  return with_notice(lead, notice);
}

std::string with_notice(std::string_view message, std::string_view notice) {
  if (notice.empty()) return std::string(message);
  if (message.empty()) return std::string(notice);
  return std::string(message) + " " + std::string(notice);
}

void add_location_fields(const App& app, View& view, const http::Request& request,
                         const initiatives::Initiative* existing) {
  View location;
  location.set("lookup_url", "/kaart/zoek-adres");
  location.set("tiles", app.config.map_tile_url).set("attribution", app.config.map_tile_attribution);
  std::string pin_lat = request.form.get("pin_lat");
  std::string pin_lon = request.form.get("pin_lon");
  if (parse_number(pin_lat) && parse_number(pin_lon)) {
    location.set("pin_lat", pin_lat).set("pin_lon", pin_lon);
    location.set("lat", pin_lat).set("lon", pin_lon);
  } else if (existing && existing->lat && existing->lon) {
    location.set("lat", fmt::format("{:.6f}", *existing->lat)).set("lon", fmt::format("{:.6f}", *existing->lon));
  }
  view.set("location", location);
}

std::vector<std::string> location_scripts() {
  return {"vendor/leaflet/leaflet.js", "js/map-location.js"};
}

std::vector<std::string> location_styles() { return {"vendor/leaflet/leaflet.css", "css/map.css"}; }

}  // namespace omzien::map
