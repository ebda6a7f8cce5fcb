// What PDOK Locatieserver answers, read into our own type. Separate from the HTTP client so the
// parser can be tested and fuzzed without a network.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "geo/geo.h"

namespace omzien::geo {

// One found address, postcode, street, woonplaats or municipality.
struct GeocodeHit {
  std::string id;                 // PDOK's id ("adr-..."); empty for gazetteer hits
  std::string display_name;       // weergavenaam: "Slotlaan 1, 3701GA Zeist"
  std::string type;               // "adres", "postcode", "weg", "woonplaats", "gemeente", "wijk", "buurt"
  std::optional<LatLon> point;    // centroide_ll; absent when PDOK gave none or an unreadable one
  std::string municipality_code;  // "GM0355" (PDOK's gemeentecode "0355")
  std::string municipality_name;  // gemeentenaam: "Zeist"
  std::string woonplaats;         // woonplaatsnaam: "Zeist"
  std::string postcode;           // "3701GA"
  std::string house_number;       // huis_nlt, else huisnummer + huisletter + "-" toevoeging: "1", "12A-2"
  std::string street;             // straatnaam: "Slotlaan"
  // False when the point lies outside the province: a municipality code that is not one of the 26,
  // or else a point outside the province's box. The caller shows a Dutch message (texts.h).
  bool inside_province = true;
};

// Reads a Locatieserver body: response.docs[] of /free or /suggest. Fields of the wrong type are
// left empty and documents without a display name are skipped; at most `max_hits` are returned.
// Fails with ErrorKind::Unavailable when the body is no JSON or has no response.docs array, because
// then the service is not working as PDOK does.
Result<std::vector<GeocodeHit>> parse_pdok_response(std::string_view body, std::size_t max_hits = 25);

// "GM0355" for "0355" or "GM0355"; empty when it is no four-digit code.
std::string municipality_code_from_pdok(std::string_view gemeentecode);

}  // namespace omzien::geo
