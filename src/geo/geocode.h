// Finding the point of what someone typed (an address, a postcode, a place, a neighbourhood): PDOK
// Locatieserver first; when PDOK fails, is slow or does not know it, the gazetteer shipped with
// the program. The result says who answered, so the form can tell the user.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "geo/geo.h"
#include "geo/pdok.h"

namespace omzien::geo {

enum class GeocodeSource { Pdok, Gazetteer };

struct Geocoded {
  GeocodeSource source = GeocodeSource::Pdok;
  // Best first; hits inside the province before those outside (check hits[0].inside_province).
  // From the gazetteer: one hit, the centre of `place`.
  std::vector<GeocodeHit> hits;
  std::optional<Place> place;  // the gazetteer's place when source is Gazetteer
  bool pdok_failed = false;    // PDOK was down, too slow or answered nonsense
};

// Geocodes free text ("Slotlaan 1 Zeist", "3701 GA", "repair cafe overvecht"). Asks `pdok` when
// given (nullptr: offline). Falls back to the gazetteer when PDOK fails, finds nothing, or finds
// only places outside the province: the whole text, else the last place name in it ("Slotlaan 1,
// Zeist" gives Zeist). Fails with ErrorKind::Invalid for empty text, ErrorKind::NotFound when
// neither knows it, ErrorKind::Unavailable when PDOK failed and the text names no known place
// (a postcode alone: there is no postcode table offline).
Result<Geocoded> geocode(std::string_view text, PdokClient* pdok);

// Geocodes a form's postcode (normalized, "3701GA") and house number, falling back to the centre
// of `place` (a woonplaats or neighbourhood, may be empty) when PDOK fails or does not know the
// address. Fails with ErrorKind::NotFound or ErrorKind::Unavailable as geocode().
Result<Geocoded> geocode_address(std::string_view postcode, const HouseNumber& house_number, std::string_view place,
                                 PdokClient* pdok);

// The Dutch sentence to show beside a result, or empty when there is nothing to say: the fallback
// ("We konden het adres niet opzoeken; we gebruiken het midden van Zeist.") or texts::kOutsideProvince.
std::string geocode_notice(const Geocoded& geocoded);
// The Dutch sentence for a failed geocode(): texts::kEmptyQuery, kAddressNotFound or kLookupUnavailable.
std::string_view geocode_error_message(const Error& error);

}  // namespace omzien::geo
