// A search and its results, as the web pages and the API see them.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/geo.h"

namespace omzien::search {

struct FacetFilter {
  std::string name;                 // a facet name (document.h)
  std::vector<std::string> values;  // any of these (OR); filters on several facets combine with AND
};

enum class Order {
  Relevance,  // best match first; a place in the query or `near` lifts what is close
  Distance,   // nearest to `near` first (needs `near`)
  Name,       // by Document::sort_name
  Newest,     // by Document::created, newest first
};

struct SearchQuery {
  std::string text;                 // as typed: "taalcafe amersfoort"; empty lists everything
  std::vector<FacetFilter> filters;
  std::vector<std::string> kinds;   // only these kinds ("initiative"); empty: all kinds
  std::optional<geo::LatLon> near;  // "near me"
  double radius_km = 0;             // with `near`: only within this distance; 0: no limit
  Order order = Order::Relevance;
  std::size_t offset = 0;
  std::size_t limit = 20;
  bool count_facets = true;         // fill SearchResults::facet_counts
  bool detect_place = true;         // treat place names in `text` as "in or near this place"
};

struct Hit {
  std::string kind;
  std::string id;
  std::string external_id;
  double score = 0;                        // relevance, for ordering only
  std::optional<double> distance_km;       // from `near` or the place in the query
  std::vector<std::string> matched_words;  // the query's words that matched: "moestuin"
  std::vector<std::string> matched_terms;  // for Index::highlight
  // Not a match of the query but like its best matches ("lichtpunt" finds Lichtpunt, then other
  // initiatives of that kind). Offered when few documents match every word; not in `total`.
  bool similar = false;
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct DetectedPlace {
  std::string name;               // "Amersfoort", "De Bilt", "Overvecht"
  geo::PlaceKind kind = geo::PlaceKind::Woonplaats;
  std::string municipality_code;  // "GM0307"
  geo::LatLon centre;
};

// A way out of an empty result page.
struct Alternative {
  enum class Reason {
    Spelling,        // "mantelzorg" for "mantelzrog"
    WithoutWord,     // the query without one of its words (or without the place)
    WithoutFilters,  // the same text without facet, kind and distance filters
  };
  Reason reason = Reason::Spelling;
  std::string text;        // the query text to offer as a link
  std::size_t count = 0;   // how many results it gives (estimate)
};

struct SearchResults {
  std::vector<Hit> hits;
  std::size_t total = 0;  // matches in all (an estimate for very large result sets)
  // Facet name -> value counts for the current query and filters, most frequent first.
  std::map<std::string, std::vector<FacetCount>> facet_counts;
  // True for a very long result list: `total` and the counts are then estimated from the first
  // few thousand matches ("ongeveer 5.400").
  bool counts_are_estimates = false;
  // "Bedoelde je …?": a corrected query, offered when the query found nothing or little.
  std::optional<std::string> suggestion;
  // True when misspelled words were searched as their correction (the hits include it).
  bool corrected = false;
  std::optional<DetectedPlace> place;
  // Only when nothing was found: other queries that do find something, best first.
  std::vector<Alternative> alternatives;
};

}  // namespace omzien::search
