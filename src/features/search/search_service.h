// One search as the results page, the JSON API and the quality benchmark all run it: the GET
// parameters of the directory plus q, the engine's answer, and the profiles behind the hits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/events/event.h"
#include "features/initiatives/directory_query.h"
#include "features/initiatives/initiative.h"
#include "geo/geo.h"
#include "http/request.h"
#include "search/search_query.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

inline constexpr std::size_t kPageSize = 20;
inline constexpr std::size_t kMaxApiLimit = 100;
// Upcoming events shown beside the initiatives on the results page: a few, the best first.
inline constexpr std::size_t kEventsShown = 3;

struct SearchRequest {
  std::string text;                     // q
  initiatives::DirectoryQuery filters;  // thema, doelgroep, gemeente, fase, pagina
  std::size_t limit = kPageSize;
  // Also look for upcoming events (the results page; the API lists initiatives only).
  enum class Events { Leave, Include } events = Events::Leave;
  // Near me ("binnen 5 km van Zeist"): the spot map::apply_near found for filters.near_*, or
  // nullopt. With it, only initiatives within filters.near_km count, nearest first unless
  // sorted by name.
  std::optional<geo::LatLon> near;

  static SearchRequest from_params(const http::Params& params, std::size_t default_limit);
  // "q=...&thema=..." without the page, for links that keep the search.
  std::string to_query_string(int page = 0) const;
};

struct FoundInitiative {
  search::Hit hit;
  initiatives::Initiative initiative;
};

struct FoundEvent {
  search::Hit hit;
  events::Event event;
};

struct SearchOutcome {
  search::SearchResults results;            // the engine's answer (counts, suggestion, place, alternatives)
  std::vector<FoundInitiative> initiatives;  // the hits with their profiles, in order
  // With Events::Include, a query text and on the first page: up to kEventsShown upcoming events
  // that match it (theme and municipality filters apply; the other filters are about initiatives
  // and leave events out).
  std::vector<FoundEvent> events;
};

// The engine's query over initiatives for `request`: words, filters, near me, order and page,
// exactly as run_search asks it (other views of the same results start from it).
search::SearchQuery initiative_search_query(const SearchRequest& request);

// Runs the search over published initiatives (and upcoming events when asked). Hits whose profile
// is gone or hidden, or whose event ended or was cancelled (an index a moment behind), are left out.
Result<SearchOutcome> run_search(App& app, const SearchRequest& request);

// Counts a search that found nothing or little (fewer than 3 results), per week, without any
// personal data; staff read these to learn what people need.
void record_if_missed(App& app, const std::string& text, std::size_t total);

}  // namespace omzien::search_pages
