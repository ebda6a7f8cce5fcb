// Handlers of the map: the page, its GeoJSON, the embeddable map and the address look-up.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::map {

// GET /kaart?<directory filters>: the map with the same results as a list beside it.
http::Response show_map(App& app, const http::Request& request);
// GET /kaart/initiatieven.geojson?<directory filters>: public points and fields (geojson.h).
http::Response send_geojson(App& app, const http::Request& request);
// GET /embed/kaart?<directory filters>: the map alone, for other websites' iframes.
http::Response show_embed(App& app, const http::Request& request);
// GET /kaart/zoek-adres: JSON for the profile form's small map. ?q=… gives suggestions while
// typing; ?adres=…&postcode=…&plaats=…&gemeente=… gives the spot as find_spot() finds it.
// Logged-in people only, rate-limited per account.
http::Response look_up_address(App& app, const http::Request& request);

}  // namespace omzien::map
