#include "features/search/search_service.h"

#include "app/app.h"
#include "core/log.h"
#include "core/text.h"
#include "features/events/event_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/search/missed_search_store.h"
#include "search/event_document.h"
#include "search/index.h"
#include "search/initiative_document.h"

namespace omzien::search_pages {
namespace {

constexpr std::size_t kFewResults = 3;

std::vector<search::FacetFilter> facet_filters(const initiatives::DirectoryQuery& q) {
  std::vector<search::FacetFilter> filters;
  if (!q.themes.empty()) filters.push_back({std::string(search::kThemeFacet), q.themes});
  if (!q.target_groups.empty()) filters.push_back({std::string(search::kTargetGroupFacet), q.target_groups});
  if (!q.municipalities.empty()) filters.push_back({std::string(search::kMunicipalityFacet), q.municipalities});
  if (!q.phase.empty()) filters.push_back({std::string(search::kPhaseFacet), {q.phase}});
  return filters;
}

std::optional<std::int64_t> number_of(const std::string& id) {
  try {
    return std::stoll(id);
  } catch (...) {
    return std::nullopt;
  }
}

// The events part of the results page: a second, small search over the event kind.
Result<std::vector<FoundEvent>> find_events(App& app, const SearchRequest& request) {
  std::vector<FoundEvent> found;
  const auto& f = request.filters;
  if (request.events != SearchRequest::Events::Include || request.text.empty() || f.page > 1 ||
      !f.target_groups.empty() || !f.phase.empty())
    return found;
  search::SearchQuery query;
  query.text = request.text;
  query.kinds = {std::string(search::kEventKind)};
  query.filters = facet_filters(f);
  query.limit = kEventsShown;
  query.count_facets = false;
  auto results = app.search_index->search(query);
  if (!results) return results.error();
  Seconds now = app.clock.now();
  app.db->read([&](db::Connection& c) {
    for (const auto& hit : results->hits) {
      if (hit.similar) continue;  // only events that match what was typed
      auto id = number_of(hit.id);
      auto event = id ? events::find_event(c, *id) : std::nullopt;
      if (!event || event->cancelled() || event->ends_at <= now) continue;
      found.push_back({hit, std::move(*event)});
    }
  });
  return found;
}

}  // namespace

SearchRequest SearchRequest::from_params(const http::Params& params, std::size_t default_limit) {
  SearchRequest r;
  r.text = utf8_shorten(trim(params.get("q")), 200);
  r.filters = initiatives::DirectoryQuery::from_params(params);
  r.limit = default_limit;
  if (auto limit = params.find("limit")) {
    try {
      r.limit = std::clamp<std::size_t>(static_cast<std::size_t>(std::stoul(*limit)), 1, kMaxApiLimit);
    } catch (...) {
    }
  }
  return r;
}

std::string SearchRequest::to_query_string(int page) const {
  std::string filters = this->filters.to_query_string(page ? page : 1);
  std::string out = text.empty() ? "" : "q=" + url_encode(text);
  if (!filters.empty()) out += (out.empty() ? "" : "&") + filters;
  return out;
}

search::SearchQuery initiative_search_query(const SearchRequest& request) {
  search::SearchQuery query;
  query.text = request.text;
  query.kinds = {std::string(search::kInitiativeKind)};
  query.filters = facet_filters(request.filters);
  query.limit = request.limit;
  query.offset = static_cast<std::size_t>(request.filters.page - 1) * request.limit;
  if (request.text.empty())
    query.order = request.filters.sort == initiatives::DirectorySort::Name ? search::Order::Name : search::Order::Newest;
  if (request.near) {
    query.near = request.near;
    query.radius_km = request.filters.near_km;
    // Nearest first, as in the directory, unless sorted by name.
    if (request.filters.sort != initiatives::DirectorySort::Name) query.order = search::Order::Distance;
  }
  return query;
}

Result<SearchOutcome> run_search(App& app, const SearchRequest& request) {
  if (!app.search_index) return Error{ErrorKind::Unavailable, "search index not open"};
  search::SearchQuery query = initiative_search_query(request);
  auto results = app.search_index->search(query);
  if (!results) return results.error();
  SearchOutcome outcome;
  outcome.results = std::move(*results);
  app.db->read([&](db::Connection& c) {
    for (const auto& hit : outcome.results.hits) {
      auto id = number_of(hit.id);
      if (!id) continue;
      auto initiative = initiatives::find_initiative(c, *id);
      if (!initiative || initiative->status != initiatives::Status::Published) continue;
      outcome.initiatives.push_back({hit, std::move(*initiative)});
    }
  });
  auto events = find_events(app, request);
  if (!events) return events.error();
  outcome.events = std::move(*events);
  return outcome;
}

void record_if_missed(App& app, const std::string& text, std::size_t total) {
  if (text.empty() || total >= kFewResults) return;
  std::string folded = utf8_shorten(fold(text), 100);
  auto done = app.db->write_void([&](db::Connection& c) {
    return record_missed_search(c, folded, total, app.clock.now());
  });
  if (!done) log_warning("search miss not recorded: {}", done.error().detail);
}

}  // namespace omzien::search_pages
