#include "features/search/indexing.h"

#include "app/app.h"
#include "core/log.h"
#include "core/text.h"
#include "features/initiatives/initiative_store.h"
#include "geo/precision.h"
#include "search/index.h"
#include "search/initiative_document.h"

namespace omzien::search_pages {
namespace {

// Only the point that may be shown in public goes into the index: "near me" and distance
// ranking must not let anyone home in on the exact spot of an initiative run from home.
std::optional<geo::LatLon> public_point(const initiatives::Initiative& i) {
  geo::Precision precision = i.location_precision == initiatives::LocationPrecision::Exact ? geo::Precision::Exact
                             : i.location_precision == initiatives::LocationPrecision::Municipality
                                 ? geo::Precision::Municipality
                                 : geo::Precision::Neighbourhood;
  std::optional<geo::LatLon> exact;
  if (i.lat && i.lon) exact = geo::LatLon{*i.lat, *i.lon};
  auto shown = geo::shown_location(precision, exact, i.place, i.municipality_code);
  if (!shown) return std::nullopt;
  return shown->point;
}

search::Document document_of(const initiatives::Initiative& i) {
  search::InitiativeFields fields;
  fields.id = std::to_string(i.id);
  fields.external_id = i.external_id;
  fields.name = i.name;
  fields.summary = i.sentence;
  fields.description = i.description;
  fields.themes = i.themes;
  fields.target_groups = i.target_groups;
  fields.offers = i.offers;
  fields.needs = i.needs;
  fields.municipality = i.municipality_code;
  fields.place = i.place;
  fields.location = public_point(i);
  fields.phase = i.phase;
  fields.created = i.created_at;
  search::Document document = search::initiative_document(fields);
  document.sort_name = dutch_sort_key(i.name);
  return document;
}

}  // namespace

Result<void> open_search_index(App& app) {
  auto index = search::Index::open(app.config.data_dir + "/search");
  if (!index) return index.error();
  app.search_index = std::move(*index);
  auto count = app.search_index->document_count();
  bool empty = !count || *count == 0;
  bool has_profiles = app.db->read([](db::Connection& c) {
    return !initiatives::list_initiatives(c, initiatives::Which::Published).empty();
  });
  if ((empty && has_profiles) || app.search_index->needs_rebuild()) {
    auto rebuilt = rebuild_search_index(app);
    if (!rebuilt) return rebuilt.error();
    log_info("search index rebuilt: {} documents", *rebuilt);
  }
  return {};
}

Result<void> index_initiative(App& app, std::int64_t id) {
  if (!app.search_index) return {};
  auto initiative = app.db->read([&](db::Connection& c) { return initiatives::find_initiative(c, id); });
  if (!initiative || initiative->status != initiatives::Status::Published)
    return app.search_index->remove(search::kInitiativeKind, std::to_string(id));
  return app.search_index->upsert(document_of(*initiative));
}

Result<std::size_t> rebuild_search_index(App& app) {
  auto all = app.db->read([](db::Connection& c) { return initiatives::list_initiatives(c, initiatives::Which::Published); });
  std::vector<search::Document> documents;
  documents.reserve(all.size());
  for (const auto& i : all) documents.push_back(document_of(i));
  if (auto done = app.search_index->rebuild(documents); !done) return done.error();
  return documents.size();
}

void follow_content_change(App& app, const ContentChange& change) {
  if (change.kind != search::kInitiativeKind) return;
  if (!app.search_index) {
    auto queued = app.db->write_void([&](db::Connection& c) -> Result<void> {
      return c.prepare("INSERT INTO search_pending (kind, id) VALUES (:kind, :id) ON CONFLICT DO NOTHING")
          .bind(":kind", change.kind)
          .bind(":id", change.id)
          .run();
    });
    if (!queued) log_error("search: could not queue initiative {}: {}", change.id, queued.error().detail);
    return;
  }
  if (auto done = index_initiative(app, change.id); !done)
    log_error("search index update failed for initiative {}: {}", change.id, done.error().detail);
}

void index_pending_changes(App& app) {
  if (!app.search_index) return;
  auto pending = app.db->read([](db::Connection& c) {
    std::vector<std::int64_t> ids;
    auto rows = c.prepare("SELECT id FROM search_pending WHERE kind = :kind");
    rows.bind(":kind", search::kInitiativeKind);
    while (rows.next()) ids.push_back(rows.integer(0));
    return ids;
  });
  for (std::int64_t id : pending) {
    if (auto done = index_initiative(app, id); !done) {
      log_error("search index update failed for initiative {}: {}", id, done.error().detail);
      continue;
    }
    (void)app.db->write_void([&](db::Connection& c) -> Result<void> {
      return c.prepare("DELETE FROM search_pending WHERE kind = :kind AND id = :id")
          .bind(":kind", search::kInitiativeKind)
          .bind(":id", id)
          .run();
    });
  }
}

}  // namespace omzien::search_pages
