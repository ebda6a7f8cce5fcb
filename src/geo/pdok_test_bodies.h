// For tests only: answers in the format of PDOK Locatieserver v3_1, written by hand after its
// documented and observed shape (response.numFound/start/maxScore/docs[], and for /suggest also
// highlighting and spellcheck). Coordinates and ids are made up but plausible.
#pragma once

#include <string_view>

namespace omzien::geo::testing {

// /free?q=Slotlaan 1 Zeist&fq=type:adres
inline constexpr std::string_view kSlotlaanFree = R"json({
  "response": {
    "numFound": 2, "start": 0, "maxScore": 17.841, "numFoundExact": true,
    "docs": [
      {
        "bron": "BAG", "type": "adres", "id": "adr-5b1c3e0f6d2a4c8e9f7a0b1c2d3e4f50",
        "identificatie": "0355010000012345-0355200000012345",
        "weergavenaam": "Slotlaan 1, 3701GA Zeist",
        "straatnaam": "Slotlaan", "straatnaam_verkort": "Slotlaan", "openbareruimtetype": "Weg",
        "huisnummer": 1, "huis_nlt": "1", "postcode": "3701GA",
        "woonplaatscode": "1583", "woonplaatsnaam": "Zeist",
        "gemeentecode": "0355", "gemeentenaam": "Zeist",
        "provinciecode": "PV26", "provincienaam": "Utrecht", "provincieafkorting": "UT",
        "wijkcode": "WK035501", "wijknaam": "Wijk 01 Zeist-Centrum",
        "buurtcode": "BU03550101", "buurtnaam": "Centrum",
        "centroide_ll": "POINT(5.23412345 52.08901234)",
        "centroide_rd": "POINT(141234.567 455678.901)",
        "score": 17.841
      },
      {
        "bron": "BAG", "type": "adres", "id": "adr-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "weergavenaam": "Slotlaan 1A, 3701GA Zeist",
        "straatnaam": "Slotlaan", "huisnummer": 1, "huisletter": "A", "huis_nlt": "1A", "postcode": "3701GA",
        "woonplaatsnaam": "Zeist", "gemeentecode": "0355", "gemeentenaam": "Zeist",
        "provinciecode": "PV26", "provincienaam": "Utrecht",
        "centroide_ll": "POINT(5.23398765 52.08912345)",
        "score": 15.2
      }
    ]
  }
})json";

// /suggest?q=Slotlaan 1 Zei
inline constexpr std::string_view kSlotlaanSuggest = R"json({
  "response": {
    "numFound": 1, "start": 0, "maxScore": 12.5, "numFoundExact": true,
    "docs": [
      {
        "type": "adres", "weergavenaam": "Slotlaan 1, 3701GA Zeist",
        "id": "adr-5b1c3e0f6d2a4c8e9f7a0b1c2d3e4f50", "score": 12.5,
        "centroide_ll": "POINT(5.23412345 52.08901234)",
        "gemeentecode": "0355", "gemeentenaam": "Zeist", "woonplaatsnaam": "Zeist",
        "postcode": "3701GA", "huisnummer": 1, "straatnaam": "Slotlaan"
      }
    ]
  },
  "highlighting": {
    "adr-5b1c3e0f6d2a4c8e9f7a0b1c2d3e4f50": {"suggest": ["<b>Slotlaan</b> <b>1</b>, 3701GA <b>Zei</b>st"]}
  },
  "spellcheck": {"suggestions": [], "collations": []}
})json";

// /free?q=Zeist&fq=type:woonplaats
inline constexpr std::string_view kZeistWoonplaats = R"json({
  "response": {
    "numFound": 1, "start": 0, "maxScore": 20.1, "numFoundExact": true,
    "docs": [
      {
        "bron": "BAG", "type": "woonplaats", "id": "wpl-3f2a8e5c1b7d4e9a8c6f0b2d4e6a8c0e",
        "identificatie": "1583", "weergavenaam": "Zeist, Zeist, Utrecht",
        "woonplaatscode": "1583", "woonplaatsnaam": "Zeist",
        "gemeentecode": "0355", "gemeentenaam": "Zeist",
        "provinciecode": "PV26", "provincienaam": "Utrecht",
        "centroide_ll": "POINT(5.24703 52.09090)",
        "centroide_rd": "POINT(142123.456 456012.345)",
        "score": 20.1
      }
    ]
  }
})json";

// An address just over the border, in Hilversum (Noord-Holland): inside the province's box, but
// its municipality is not one of the 26.
inline constexpr std::string_view kHilversumFree = R"json({
  "response": {
    "numFound": 1, "start": 0, "maxScore": 16.0, "numFoundExact": true,
    "docs": [
      {
        "type": "adres", "id": "adr-77aa88bb99cc00dd11ee22ff33aa44bb",
        "weergavenaam": "Kerkbrink 6, 1211BX Hilversum",
        "straatnaam": "Kerkbrink", "huisnummer": 6, "postcode": "1211BX",
        "woonplaatsnaam": "Hilversum", "gemeentecode": "0402", "gemeentenaam": "Hilversum",
        "provinciecode": "PV27", "provincienaam": "Noord-Holland",
        "centroide_ll": "POINT(5.17590 52.22350)", "score": 16.0
      }
    ]
  }
})json";

// Nothing found: PDOK's answer to an address it does not know.
inline constexpr std::string_view kNothingFound = R"json({
  "response": {"numFound": 0, "start": 0, "maxScore": 0.0, "numFoundExact": true, "docs": []}
})json";

// Not PDOK at all: what a captive portal or a broken proxy sends.
inline constexpr std::string_view kGarbage = "<html><body><h1>502 Bad Gateway</h1>\x01\x02{{{[[[</body>";

}  // namespace omzien::geo::testing
