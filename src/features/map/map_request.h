// The query of a map page (/kaart, /embed/kaart, the GeoJSON): the directory's filters, near me
// and the search words, read once from the GET parameters, plus the links that keep them.
#pragma once

#include <string>

#include "features/initiatives/directory_query.h"
#include "features/map/near.h"
#include "http/request.h"

namespace omzien {
struct App;
}

namespace omzien::map {

struct MapRequest {
  initiatives::DirectoryQuery query;  // narrowed by near me (only_ids)
  Nearby nearby;
  // q: search words, passed on in every link. FIXME: the map does not filter on them yet; that
  // comes with the search feature (src/search), which will hand over the matching ids.
  std::string search_text;

  // "thema=voedsel&bij=Zeist&km=5&q=…" without the page number: for the other views of this set.
  std::string query_string() const;
  // The list view of the same set: /zoeken with search words, else /initiatieven.
  std::string list_url() const;
  std::string map_url() const;
  std::string geojson_url() const;
  std::string embed_url() const;
};

// Reads the parameters and applies near me (which may ask PDOK, rate-limited).
MapRequest read_map_request(App& app, const http::Request& request);

}  // namespace omzien::map
