// A client for PDOK Locatieserver (Kadaster's free geocoder of Dutch addresses, postcodes and
// places): https://api.pdok.nl/bzk/locatieserver/search/v3_1, endpoints /free and /suggest.
// Answers are cached in memory; every failure is a value, so a form still saves without PDOK.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "geo/pdok_cache.h"
#include "geo/pdok_response.h"
#include "geo/postcode.h"

namespace omzien::geo {

struct PdokOptions {
  std::string base_url;                     // Config::pdok_url, without /free; a test's loopback server
  std::chrono::milliseconds timeout{3000};  // for the whole request: connect, ask, read
  std::size_t cache_entries = 2000;         // answers kept in memory (0: no cache)
  std::chrono::seconds cache_lifetime{24 * 60 * 60};
  int rows = 10;  // hits asked for per request (1 to 50)
};

// What to look for with search(); PDOK's type filter.
enum class LookupKind { Address, Postcode, Woonplaats, AnyPlace };

class PdokClient {
 public:
  explicit PdokClient(PdokOptions options);

  // /free: the best hits for `text` ("Slotlaan 1 Zeist", "3701 GA", "Overvecht") of `kind`
  // (AnyPlace: municipalities, woonplaatsen, wijken, buurten, streets, postcodes and addresses).
  // Fails with ErrorKind::Invalid for empty text, ErrorKind::Unavailable when PDOK does not answer
  // within the timeout, answers with an HTTP error or answers something that is not PDOK's JSON.
  Result<std::vector<GeocodeHit>> search(std::string_view text, LookupKind kind = LookupKind::AnyPlace);
  // /suggest: hits of `kind` while someone is still typing ("Slotlaan 1 Zei"), with their points.
  // Fails as search().
  Result<std::vector<GeocodeHit>> suggest(std::string_view text, LookupKind kind = LookupKind::AnyPlace);
  // The address at a postcode (normalized: "3701GA") and house number. Fails as search(); an
  // address PDOK does not know is an empty list.
  Result<std::vector<GeocodeHit>> find_address(std::string_view postcode, const HouseNumber& house_number);

  const PdokOptions& options() const { return options_; }

 private:
  Result<std::vector<GeocodeHit>> fetch(const std::string& path_and_query);

  PdokOptions options_;
  PdokCache cache_;
};

}  // namespace omzien::geo
