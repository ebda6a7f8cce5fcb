// Dutch sentences about places and addresses that forms and the map show. Like a feature's
// texts.h: every Dutch sentence the geo code hands to a page lives here.
#pragma once

#include <string_view>

namespace omzien::geo::texts {

inline constexpr std::string_view kEmptyQuery = "Vul een adres, postcode of plaats in.";
inline constexpr std::string_view kInvalidPostcode = "Vul een postcode in zoals 3511 AB.";
inline constexpr std::string_view kInvalidHouseNumber = "Vul een huisnummer in zoals 12, 12a of 12-2.";
inline constexpr std::string_view kAddressNotFound =
    "We konden dit adres niet vinden. Kijk de spelling na, of vul een plaats of wijk in.";
inline constexpr std::string_view kLookupUnavailable =
    "Adressen opzoeken lukt nu even niet. Vul een plaats of wijk in, of probeer het later nog eens.";
inline constexpr std::string_view kPostcodeNeedsLookup =
    "Postcodes opzoeken lukt nu even niet. Vul ook de plaats in, dan gebruiken we het midden daarvan.";
inline constexpr std::string_view kOutsideProvince =
    "Dit adres ligt buiten de provincie Utrecht. Omzien is er voor initiatieven in de provincie Utrecht.";
// Followed by the place's name and a full stop: "... het midden van Zeist."
inline constexpr std::string_view kLookupFailedUsingCentreOf =
    "We konden het adres niet opzoeken; we gebruiken het midden van ";
inline constexpr std::string_view kNoAddressUsingCentreOf = "We vonden geen adres; we gebruiken het midden van ";
// Beside a marker that stands for an area, not an address.
inline constexpr std::string_view kApproximate = "ongeveer";

}  // namespace omzien::geo::texts
