#include "features/map/map_request.h"

#include "core/log.h"
#include "core/text.h"
#include "features/search/matching_initiatives.h"

namespace omzien::map {
namespace {

constexpr std::size_t kMaxSearchText = 200;

std::string with_query(std::string path, const std::string& query) {
  return query.empty() ? path : path + "?" + query;
}

std::string joined(std::string_view text, const std::string& filters) {
  if (text.empty()) return filters;
  std::string q = "q=" + url_encode(text);
  return filters.empty() ? q : q + "&" + filters;
}

// Narrows the map to what /zoeken finds: the same search (words, typos, synonyms, filters, near
// me) through the search feature, so the list and the map never disagree.
void apply_search(App& app, MapRequest& map_request) {
  search_pages::SearchRequest search;
  search.text = map_request.search_text;
  search.filters = map_request.query;
  search.near = map_request.nearby.origin;
  auto found = search_pages::find_matching_initiatives(app, search);
  if (!found) {
    log_warning("map search failed: {}", found.error().detail);
    map_request.search_unavailable = true;
    map_request.query.only_ids = std::vector<std::int64_t>{};
    return;
  }
  map_request.suggestion = found->suggestion;
  map_request.corrected = found->corrected;
  map_request.query.only_ids = std::move(found->ids);
}

}  // namespace

MapRequest read_map_request(App& app, const http::Request& request) {
  MapRequest map_request;
  map_request.query = initiatives::DirectoryQuery::from_params(request.query);
  map_request.search_text = utf8_shorten(trim(request.query.get("q")), kMaxSearchText);
  map_request.nearby = apply_near(app, request, map_request.query);
  if (!map_request.search_text.empty()) apply_search(app, map_request);
  return map_request;
}

std::string MapRequest::query_string() const { return joined(search_text, query.to_query_string(1)); }

std::string MapRequest::list_url() const {
  return with_query(search_text.empty() ? "/initiatieven" : "/zoeken", query_string());
}
std::string MapRequest::map_url() const { return with_query("/kaart", query_string()); }
std::string MapRequest::geojson_url() const { return with_query("/kaart/initiatieven.geojson", query_string()); }
std::string MapRequest::embed_url() const { return with_query("/embed/kaart", query_string()); }

std::string MapRequest::map_url_with_text(std::string_view text) const {
  return with_query("/kaart", joined(text, query.to_query_string(1)));
}

std::string MapRequest::map_url_without_filters() const { return with_query("/kaart", joined(search_text, "")); }

initiatives::DirectoryQuery MapRequest::database_query() const {
  initiatives::DirectoryQuery lookup = query;
  // DirectorySort::Distance lists the profiles in the order of only_ids.
  if (!search_text.empty() && lookup.only_ids) lookup.sort = initiatives::DirectorySort::Distance;
  return lookup;
}

}  // namespace omzien::map
