#include "features/search/matching_initiatives.h"

#include <algorithm>
#include <charconv>

#include "app/app.h"
#include "search/index.h"
#include "search/initiative_document.h"

namespace omzien::search_pages {

Result<MatchingInitiatives> find_matching_initiatives(App& app, const SearchRequest& request) {
  if (!app.search_index) return Error{ErrorKind::Unavailable, "search index not open"};
  auto documents = app.search_index->document_count();
  if (!documents) return documents.error();
  SearchRequest every_page = request;
  every_page.filters.page = 1;
  search::SearchQuery query = initiative_search_query(every_page);
  // One list of every match: no index holds more documents than it counts.
  query.limit = std::max<std::size_t>(*documents, 1);
  query.count_facets = false;
  auto results = app.search_index->search(query);
  if (!results) return results.error();

  MatchingInitiatives found;
  found.suggestion = results->suggestion;
  found.corrected = results->corrected;
  found.ids.reserve(results->hits.size());
  for (const auto& hit : results->hits) {
    if (hit.similar || hit.kind != search::kInitiativeKind) continue;
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(hit.id.data(), hit.id.data() + hit.id.size(), id);
    if (error == std::errc() && end == hit.id.data() + hit.id.size()) found.ids.push_back(id);
  }
  return found;
}

}  // namespace omzien::search_pages
