// The initiatives a search finds, all of them, as ids: for pages that show the same results
// another way (the map and its GeoJSON), so they never disagree with /zoeken about what matches.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/search/search_service.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

struct MatchingInitiatives {
  // Every match, in the order of the results page: best first, or nearest first with near me.
  std::vector<std::int64_t> ids;
  // "Bedoelde je …?" as on /zoeken; with `corrected` the ids already include the corrected words.
  std::optional<std::string> suggestion;
  bool corrected = false;
};

// What run_search would find for `request` on all its pages together (the page number and limit
// are ignored): the same words, typo correction, filters and near me. Initiatives that are only
// like the matches ("lijkt op wat je zoekt") are left out. The ids may include a profile hidden a
// moment ago; callers show only published ones. Fails with ErrorKind::Unavailable without an index.
Result<MatchingInitiatives> find_matching_initiatives(App& app, const SearchRequest& request);

}  // namespace omzien::search_pages
