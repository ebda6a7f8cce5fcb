#include "features/map/map_request.h"

#include "core/text.h"

namespace omzien::map {
namespace {

constexpr std::size_t kMaxSearchText = 200;

std::string with_query(std::string path, const std::string& query) {
  return query.empty() ? path : path + "?" + query;
}

}  // namespace

MapRequest read_map_request(App& app, const http::Request& request) {
  MapRequest map_request;
  map_request.query = initiatives::DirectoryQuery::from_params(request.query);
  map_request.search_text = utf8_shorten(trim(request.query.get("q")), kMaxSearchText);
  map_request.nearby = apply_near(app, request, map_request.query);
  return map_request;
}

std::string MapRequest::query_string() const {
  std::string filters = query.to_query_string(1);
  if (search_text.empty()) return filters;
  std::string q = "q=" + url_encode(search_text);
  return filters.empty() ? q : q + "&" + filters;
}

std::string MapRequest::list_url() const {
  return with_query(search_text.empty() ? "/initiatieven" : "/zoeken", query_string());
}
std::string MapRequest::map_url() const { return with_query("/kaart", query_string()); }
std::string MapRequest::geojson_url() const { return with_query("/kaart/initiatieven.geojson", query_string()); }
std::string MapRequest::embed_url() const { return with_query("/embed/kaart", query_string()); }

}  // namespace omzien::map
