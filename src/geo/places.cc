// The gazetteer's look-ups: by name (with aliases), by municipality and by nearness. The tables are
// in woonplaatsen.cc, neighbourhoods.cc and place_aliases.cc; the municipalities are places too
// (kind Municipality). Keys are computed once, so search may call find_place() per query word.
#include <limits>
#include <vector>

#include "core/text.h"
#include "geo/gazetteer_data.h"
#include "geo/geo.h"

namespace omzien::geo {
namespace {

struct Index {
  std::vector<Place> places;
  std::vector<std::string> keys;        // place_key of each place
  std::vector<std::string> alias_keys;  // place_key of each alias
};

const Index& index() {
  static const Index built = [] {
    Index out;
    for (const auto& m : municipalities()) out.places.push_back({m.name, PlaceKind::Municipality, m.code, m.centre});
    for (const auto& p : data::woonplaatsen()) out.places.push_back(p);
    for (const auto& p : data::neighbourhoods()) out.places.push_back(p);
    for (const auto& p : out.places) out.keys.push_back(place_key(p.name));
    for (const auto& a : data::aliases()) out.alias_keys.push_back(place_key(a.alias));
    return out;
  }();
  return built;
}

// Lower ranks win when one name means several places.
int rank(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::Municipality:
      return 0;
    case PlaceKind::Woonplaats:
      return 1;
    case PlaceKind::Neighbourhood:
      return 2;
    case PlaceKind::Province:
      return 3;
  }
  return 4;
}

std::optional<Place> find_by_key(const Index& idx, const std::string& key, std::string_view municipality_code) {
  std::optional<Place> found;
  for (std::size_t i = 0; i < idx.places.size(); ++i) {
    const Place& place = idx.places[i];
    if (!municipality_code.empty() && place.municipality_code != municipality_code) continue;
    if (idx.keys[i] != key) continue;
    if (!found || rank(place.kind) < rank(found->kind)) found = place;
  }
  return found;
}

// Bytes of UTF-8 punctuation that people use inside names: dashes U+2010..U+2015 and quotes
// U+2018..U+201F (E2 80 90..9F), and the acute accent U+00B4 (C2 B4) typed as an apostrophe.
std::size_t punctuation_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 2 < text.size() && byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) >= 0x90 && byte(i + 2) <= 0x9F)
    return 3;
  if (i + 1 < text.size() && byte(i) == 0xC2 && byte(i + 1) == 0xB4) return 2;
  return 0;
}

}  // namespace

std::string place_key(std::string_view name) {
  std::string folded = fold(name);
  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size();) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    std::size_t punctuation = punctuation_length(folded, i);
    bool separator = punctuation > 0 || (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')));
    if (separator) {
      pending_space = !key.empty();
      i += punctuation > 0 ? punctuation : 1;
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    key.push_back(static_cast<char>(c));
    ++i;
  }
  return key;
}

std::span<const Place> places() { return index().places; }

std::span<const PlaceAlias> place_aliases() { return data::aliases(); }

std::optional<Place> find_place(std::string_view name, std::string_view municipality_code) {
  const Index& idx = index();
  std::string key = place_key(name);
  if (key.empty()) return std::nullopt;
  if (auto found = find_by_key(idx, key, municipality_code)) return found;
  auto aliases = data::aliases();
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    if (idx.alias_keys[i] != key) continue;
    if (!municipality_code.empty() && aliases[i].municipality_code != municipality_code) continue;
    if (auto found = find_by_key(idx, place_key(aliases[i].name), aliases[i].municipality_code)) return found;
  }
  return std::nullopt;
}

std::vector<Place> places_in(std::string_view municipality_code) {
  std::vector<Place> out;
  for (const auto& place : index().places)
    if (place.municipality_code == municipality_code) out.push_back(place);
  return out;
}

std::optional<Place> nearest_place(LatLon point, std::string_view municipality_code) {
  std::optional<Place> nearest;
  double best = std::numeric_limits<double>::infinity();
  for (const auto& place : index().places) {
    if (place.kind != PlaceKind::Woonplaats && place.kind != PlaceKind::Neighbourhood) continue;
    if (!municipality_code.empty() && place.municipality_code != municipality_code) continue;
    double km = distance_km(point, place.centre);
    if (km < best) {
      best = km;
      nearest = place;
    }
  }
  return nearest;
}

}  // namespace omzien::geo
