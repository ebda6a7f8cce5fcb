// Finding the spot of a profile from its location fields (postcode + house number, an address or
// a place): PDOK Locatieserver first for addresses and postcodes, the gazetteer for places it
// knows and whenever PDOK fails. Used when a profile is saved (the server-side way, no JavaScript
// needed) and by the JSON look-up behind the small map in the form, where the pin can be dragged.
// Never fails: without a spot the profile is saved all the same, with a Dutch notice.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/view.h"
#include "features/initiatives/initiative.h"
#include "geo/geo.h"
#include "http/request.h"

namespace omzien {
struct App;
}

namespace omzien::map {

// The location fields of the profile form, as typed.
struct LocationInput {
  std::string address;            // "Slotlaan 12a": street and house number
  std::string postcode;           // "3701 ga"
  std::string place;              // woonplaats or neighbourhood
  std::string municipality_code;  // CBS code, or geo::kProvinceCode
};

struct FoundSpot {
  std::optional<geo::LatLon> point;  // inside the province; nullopt when nothing was found
  std::string label;                 // what was found: "Slotlaan 1, 3701GA Zeist", "Zeist"
  std::string notice;                // Dutch: where the spot came from, or why there is none
  bool from_pdok = false;
};

// Looks up the spot of `input`. Asks app.pdok only for addresses, postcodes and places the
// gazetteer does not know; a point outside the province is never returned.
FoundSpot find_spot(App& app, const LocationInput& input);

// Sets after.lat/lon when a profile is saved and returns the Dutch notice to show with "saved" (or
// ""): the pin the beheerder placed on the small map (form fields pin_lat, pin_lon) when it lies in
// the province; else, when the location fields changed (or there is no point yet), find_spot();
// else the point stays. `before` is null for a new profile.
std::string locate_profile(App& app, const http::Params& form, const initiatives::Initiative* before,
                           initiatives::Initiative& after);

// "Saved." + " " + notice, or just "Saved." when there is no notice.
std::string with_notice(std::string_view message, std::string_view notice);

// Members the form template's location section uses ("location": lookup URL, tiles, the pin to
// show: the one just placed, else the saved point). Only beheerders see the form, so the saved
// exact point may be in it.
void add_location_fields(const App& app, View& view, const http::Request& request,
                         const initiatives::Initiative* existing);

// Scripts and styles of the form's small map.
std::vector<std::string> location_scripts();
std::vector<std::string> location_styles();

}  // namespace omzien::map
