// Geocoding with a fallback. PDOK knows every address; the gazetteer knows only places, but it is
// always there. Issue 5: "Without internet, or if PDOK fails, a gazetteer shipped in the project
// still works", and the profile is still saved.
#include "geo/geocode.h"

#include <algorithm>

#include "core/text.h"
#include "geo/texts.h"

namespace omzien::geo {
namespace {

constexpr std::size_t kLongestPlaceWords = 5;  // "Tienhoven aan de Lek" has four

bool all_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool mentions_postcode(std::string_view text) {
  std::vector<std::string> words = split(place_key(text), ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (normalize_postcode(words[i])) return true;
    if (i + 1 < words.size() && normalize_postcode(words[i] + words[i + 1])) return true;
  }
  return false;
}

// The whole text as a place, else the place named last in it, longest name first at each position:
// addresses end with their place ("Slotlaan 1, 3701 GA Den Dolder"), queries often too.
std::optional<Place> place_in_text(std::string_view text) {
  if (auto whole = find_place(text)) return whole;
  std::vector<std::string> words = split(place_key(text), ' ');
  for (std::size_t end = words.size(); end > 0; --end) {
    for (std::size_t length = std::min(kLongestPlaceWords, end); length > 0; --length) {
      std::string candidate;
      for (std::size_t i = end - length; i < end; ++i) candidate += (candidate.empty() ? "" : " ") + words[i];
      if (length == 1 && all_digits(candidate)) continue;
      if (auto place = find_place(candidate)) return place;
    }
  }
  return std::nullopt;
}

std::string_view pdok_type_of(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::Municipality:
      return "gemeente";
    case PlaceKind::Woonplaats:
      return "woonplaats";
    case PlaceKind::Neighbourhood:
      return "wijk";
    case PlaceKind::Province:
      return "provincie";
  }
  return "woonplaats";
}

Geocoded from_gazetteer(const Place& place, bool pdok_failed) {
  GeocodeHit hit;
  hit.display_name = std::string(place.name);
  hit.type = std::string(pdok_type_of(place.kind));
  hit.point = place.centre;
  hit.municipality_code = std::string(place.municipality_code);
  if (const Municipality* m = find_municipality(place.municipality_code)) {
    hit.municipality_name = std::string(m->name);
    if (m->name != place.name) hit.display_name += ", " + std::string(m->name);
  }
  if (place.kind == PlaceKind::Woonplaats) hit.woonplaats = std::string(place.name);
  hit.inside_province = true;
  return Geocoded{GeocodeSource::Gazetteer, {std::move(hit)}, place, pdok_failed};
}

void province_first(std::vector<GeocodeHit>& hits) {
  std::stable_partition(hits.begin(), hits.end(), [](const GeocodeHit& hit) { return hit.inside_province; });
}

}  // namespace

Result<Geocoded> geocode(std::string_view text, PdokClient* pdok) {
  if (trim(text).empty()) return Error{ErrorKind::Invalid, "empty geocoding query"};
  bool pdok_failed = pdok == nullptr;
  if (pdok) {
    auto hits = pdok->search(text);
    if (!hits && hits.error().kind == ErrorKind::Invalid) return hits.error();
    pdok_failed = !hits;
    if (hits && !hits->empty()) {
      province_first(*hits);
      if (hits->front().inside_province) return Geocoded{GeocodeSource::Pdok, std::move(*hits), std::nullopt, false};
      // Only places elsewhere ("Elst" in Gelderland): a place of this province named in the text wins.
      if (auto place = place_in_text(text)) return from_gazetteer(*place, false);
      return Geocoded{GeocodeSource::Pdok, std::move(*hits), std::nullopt, false};
    }
  }
  if (auto place = place_in_text(text)) return from_gazetteer(*place, pdok_failed);
  if (!pdok_failed) return Error{ErrorKind::NotFound, "neither PDOK nor the gazetteer knows the text"};
  if (mentions_postcode(text)) return Error{ErrorKind::Unavailable, "PDOK failed; postcodes need PDOK"};
  return Error{ErrorKind::Unavailable, "PDOK failed; the text names no known place"};
}

Result<Geocoded> geocode_address(std::string_view postcode, const HouseNumber& house_number, std::string_view place,
                                 PdokClient* pdok) {
  bool pdok_failed = pdok == nullptr;
  if (pdok) {
    auto hits = pdok->find_address(postcode, house_number);
    if (!hits && hits.error().kind == ErrorKind::Invalid) return hits.error();
    pdok_failed = !hits;
    if (hits && !hits->empty()) {
      province_first(*hits);
      return Geocoded{GeocodeSource::Pdok, std::move(*hits), std::nullopt, false};
    }
  }
  if (auto found = find_place(place)) return from_gazetteer(*found, pdok_failed);
  if (pdok_failed) return Error{ErrorKind::Unavailable, "PDOK failed; postcodes need PDOK"};
  return Error{ErrorKind::NotFound, "PDOK does not know the address"};
}

std::string geocode_notice(const Geocoded& geocoded) {
  if (geocoded.source == GeocodeSource::Gazetteer && geocoded.place) {
    std::string_view lead = geocoded.pdok_failed ? texts::kLookupFailedUsingCentreOf : texts::kNoAddressUsingCentreOf;
    return std::string(lead) + std::string(geocoded.place->name) + ".";
  }
  if (!geocoded.hits.empty() && !geocoded.hits.front().inside_province) return std::string(texts::kOutsideProvince);
  return {};
}

std::string_view geocode_error_message(const Error& error) {
  switch (error.kind) {
    case ErrorKind::Invalid:
      return texts::kEmptyQuery;
    case ErrorKind::NotFound:
      return texts::kAddressNotFound;
    default:
      return texts::kLookupUnavailable;
  }
}

}  // namespace omzien::geo
