// GET /kaart/zoek-adres: the JSON behind the profile form's small map (static/js/map-location.js).
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/text.h"
#include "features/map/location.h"
#include "features/map/map_handlers.h"
#include "features/map/texts.h"
#include "geo/geocode.h"
#include "geo/texts.h"

namespace omzien::map {
namespace {

// Typing sends a request per pause; this leaves room for a long form, not for harvesting PDOK.
constexpr int kLookupsPerWindow = 120;
constexpr Seconds kLookupWindow = 10 * 60;
constexpr std::size_t kMaxText = 200;

nlohmann::json hit_json(const geo::GeocodeHit& hit) {
  return {{"label", hit.display_name}, {"lat", hit.point->lat}, {"lon", hit.point->lon},
          {"street", hit.street},      {"house_number", hit.house_number},
          {"postcode", hit.postcode.empty() ? "" : geo::format_postcode(hit.postcode)},
          {"place", hit.woonplaats},   {"municipality_code", hit.municipality_code}};
}

// Suggestions while typing: PDOK's /suggest, else the gazetteer's place named in the text.
nlohmann::json suggestions(App& app, std::string_view text) {
  nlohmann::json results = nlohmann::json::array();
  std::string notice;
  Result<std::vector<geo::GeocodeHit>> hits = Error{ErrorKind::Unavailable, "no PDOK client"};
  if (app.pdok) hits = app.pdok->suggest(text);
  if (hits) {
    for (const auto& hit : *hits)
      if (hit.point && hit.inside_province) results.push_back(hit_json(hit));
  } else if (auto place = geo::find_place(text)) {
    geo::GeocodeHit hit{.display_name = std::string(place->name), .point = place->centre,
                        .municipality_code = std::string(place->municipality_code)};
    results.push_back(hit_json(hit));
  } else {
    notice = geo::texts::kLookupUnavailable;
  }
  return {{"results", std::move(results)}, {"notice", notice}};
}

nlohmann::json spot_json(App& app, const http::Params& query) {
  LocationInput input{utf8_shorten(trim(query.get("adres")), kMaxText), utf8_shorten(trim(query.get("postcode")), 20),
                      utf8_shorten(trim(query.get("plaats")), kMaxText), utf8_shorten(trim(query.get("gemeente")), 10)};
  FoundSpot spot = find_spot(app, input);
  nlohmann::json answer = {{"found", spot.point.has_value()}, {"label", spot.label}, {"notice", spot.notice}};
  if (spot.point) {
    answer["lat"] = spot.point->lat;
    answer["lon"] = spot.point->lon;
  }
  return answer;
}

http::Response json_response(int status, const nlohmann::json& body) {
  http::Response response =
      http::Response::json(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

http::Response look_up_address(App& app, const http::Request& request) {
  if (!request.viewer.logged_in()) return json_response(403, {{"error", texts::kLoginToLookUp}});
  if (!app.rate_limiter.allow("address-lookup:" + std::to_string(request.viewer.account_id), kLookupsPerWindow,
                              kLookupWindow))
    return json_response(429, {{"error", texts::kLookUpTooOften}});
  std::string text = utf8_shorten(trim(request.query.get("q")), kMaxText);
  if (request.query.has("q")) {
    if (text.empty()) return json_response(200, {{"results", nlohmann::json::array()}, {"notice", ""}});
    return json_response(200, suggestions(app, text));
  }
  return json_response(200, spot_json(app, request.query));
}

}  // namespace omzien::map
