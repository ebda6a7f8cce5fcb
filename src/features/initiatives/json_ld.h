// schema.org JSON-LD of a public profile, for search engines and other platforms: an NGO with
// only its public fields, and its location only as precise as its beheerders allow.
#pragma once

#include <string>
#include <string_view>

#include "features/initiatives/initiative.h"

namespace omzien::initiatives {

// The JSON for <script type="application/ld+json">, already escaped for that place (see
// escape_json_for_script). `base_url` makes the absolute URLs ("https://omzien.nl").
//  - exact: street address, postcode and the point (geo);
//  - neighbourhood: the woonplaats or neighbourhood only (addressLocality);
//  - municipality: the municipality only.
// E-mail and telephone only when marked public; areaServed carries the CBS municipality code.
std::string profile_json_ld(const Initiative& initiative, std::string_view base_url);

// JSON text made safe inside a <script> element: '<', '>' and '&' become \u003c, \u003e and
// \u0026 (so "</script>" and "<!--" cannot occur), U+2028 and U+2029 become \u2028 and \u2029.
// The JSON means exactly the same afterwards.
std::string escape_json_for_script(std::string_view json);

}  // namespace omzien::initiatives
