// The query of a map page (/kaart, /embed/kaart, the GeoJSON): the directory's filters, near me
// and the search words, read once from the GET parameters, plus the links that keep them.
#pragma once

#include <optional>
#include <string>

#include "features/initiatives/directory_query.h"
#include "features/map/near.h"
#include "http/request.h"

namespace omzien {
struct App;
}

namespace omzien::map {

struct MapRequest {
  initiatives::DirectoryQuery query;  // narrowed by near me and the search words (only_ids)
  Nearby nearby;
  // q: search words. The map shows what /zoeken finds for them with the same filters.
  std::string search_text;
  std::optional<std::string> suggestion;  // "Bedoelde je …?" from the search
  bool corrected = false;                 // the search also looked for `suggestion`
  bool search_unavailable = false;        // the search index could not answer

  // "q=…&thema=voedsel&bij=Zeist&km=5" without the page number: for the other views of this set.
  std::string query_string() const;
  // The list view of the same set: /zoeken with search words, else /initiatieven.
  std::string list_url() const;
  std::string map_url() const;
  std::string geojson_url() const;
  std::string embed_url() const;
  // The same map with other search words ("" for none), filters kept.
  std::string map_url_with_text(std::string_view text) const;
  // The same map without the filters (near me included), search words kept.
  std::string map_url_without_filters() const;
  // The query for the database: with search words the profiles come in the search's order (best
  // match first, or nearest first with near me), as on /zoeken.
  initiatives::DirectoryQuery database_query() const;
};

// Reads the parameters, applies near me (which may ask PDOK, rate-limited) and the search words.
MapRequest read_map_request(App& app, const http::Request& request);

}  // namespace omzien::map
