#include "features/search/indexing.h"

#include <algorithm>

#include "app/app.h"
#include "core/log.h"
#include "core/text.h"
#include "features/events/event_store.h"
#include "features/initiatives/initiative_store.h"
#include "geo/precision.h"
#include "search/event_document.h"
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

// Only what the public event page shows: never the street address, and for a private address
// (someone's home) not the point either, as "near me" could home in on it.
search::Document document_of(db::Connection& c, const events::Event& e) {
  search::EventFields fields;
  fields.id = std::to_string(e.id);
  fields.title = e.title;
  fields.audience = e.audience;
  fields.description = e.description;
  fields.themes = e.themes;
  if (e.organiser_initiative_id)
    if (auto organiser = initiatives::find_initiative(c, *e.organiser_initiative_id);
        organiser && organiser->status == initiatives::Status::Published)
      fields.organiser = organiser->name;
  if (e.has_venue()) {
    fields.place = e.place;
    fields.venue_name = e.venue_name;
    if (!e.address_private && e.lat && e.lon) fields.location = geo::LatLon{*e.lat, *e.lon};
  }
  fields.municipality = e.municipality_code;
  fields.online = e.has_video();
  fields.starts_at = e.starts_at;
  return search::event_document(fields);
}

// Search finds events one can still go to: not ended and not cancelled. Postponed ones stay, as
// they are still going to happen.
bool findable(const events::Event& e, Seconds now) { return !e.cancelled() && e.ends_at > now; }

// A queued or announced change: kind ("initiative", "event") and id.
using Item = std::pair<std::string, std::int64_t>;
constexpr std::size_t kItemsPerCommit = 500;

// Indexes or removes each item as it is now in the database, with one commit for them all.
Result<void> index_items(App& app, const std::vector<Item>& items) {
  Seconds now = app.clock.now();
  std::vector<search::Document> upserts;
  std::vector<std::pair<std::string, std::string>> removals;
  app.db->read([&](db::Connection& c) {
    for (const auto& [kind, id] : items) {
      std::optional<search::Document> document;
      if (kind == search::kEventKind) {
        auto event = events::find_event(c, id);
        if (event && findable(*event, now)) document = document_of(c, *event);
      } else if (auto initiative = initiatives::find_initiative(c, id);
                 initiative && initiative->status == initiatives::Status::Published) {
        document = document_of(*initiative);
      }
      if (document) upserts.push_back(std::move(*document));
      else removals.emplace_back(kind == search::kEventKind ? search::kEventKind : search::kInitiativeKind,
                                 std::to_string(id));
    }
    return 0;
  });
  return app.search_index->update(upserts, removals);
}

}  // namespace

Result<void> open_search_index(App& app) {
  auto index = search::Index::open(app.config.data_dir + "/search");
  if (!index) return index.error();
  app.search_index = std::move(*index);
  auto count = app.search_index->document_count();
  bool empty = !count || *count == 0;
  bool has_profiles = app.db->read([](db::Connection& c) { return initiatives::has_published_initiatives(c); });
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

Result<void> index_event(App& app, std::int64_t id) {
  if (!app.search_index) return {};
  Seconds now = app.clock.now();
  auto document = app.db->read([&](db::Connection& c) -> std::optional<search::Document> {
    auto event = events::find_event(c, id);
    if (!event || !findable(*event, now)) return std::nullopt;
    return document_of(c, *event);
  });
  if (!document) return app.search_index->remove(search::kEventKind, std::to_string(id));
  return app.search_index->upsert(*document);
}

Result<std::size_t> rebuild_search_index(App& app) {
  Seconds now = app.clock.now();
  auto documents = app.db->read([&](db::Connection& c) {
    std::vector<search::Document> out;
    for (const auto& i : initiatives::list_initiatives(c, initiatives::Which::Published)) out.push_back(document_of(i));
    for (const auto& e : events::list_upcoming_events(c, now))
      if (findable(e, now)) out.push_back(document_of(c, e));
    return out;
  });
  if (auto done = app.search_index->rebuild(documents); !done) return done.error();
  return documents.size();
}

void follow_content_changes(App& app, std::span<const ContentChange> changes) {
  std::vector<Item> items;
  for (const auto& change : changes)
    if (change.kind == search::kInitiativeKind || change.kind == search::kEventKind)
      items.emplace_back(change.kind, change.id);
  if (items.empty()) return;
  if (!app.search_index) {
    auto queued = app.db->write_void([&](db::Connection& c) -> Result<void> {
      for (const auto& [kind, id] : items)
        if (auto r = c.prepare("INSERT INTO search_pending (kind, id) VALUES (:kind, :id) ON CONFLICT DO NOTHING")
                         .bind(":kind", kind).bind(":id", id).run();
            !r)
          return r;
      return {};
    });
    if (!queued) log_error("search: could not queue {} changes: {}", items.size(), queued.error().detail);
    return;
  }
  if (auto done = index_items(app, items); !done)
    log_error("search index update failed for {} changes: {}", items.size(), done.error().detail);
}

void index_pending_changes(App& app) {
  if (!app.search_index) return;
  auto pending = app.db->read([](db::Connection& c) {
    std::vector<Item> items;
    auto rows = c.prepare("SELECT kind, id FROM search_pending");
    while (rows.next()) items.emplace_back(rows.text(0), rows.integer(1));
    return items;
  });
  // In chunks with one commit each (a command may have queued a whole import), and each
  // chunk leaves the queue once it is in the index.
  for (std::size_t start = 0; start < pending.size(); start += kItemsPerCommit) {
    std::vector<Item> chunk(pending.begin() + static_cast<std::ptrdiff_t>(start),
                            pending.begin() + static_cast<std::ptrdiff_t>(std::min(pending.size(), start + kItemsPerCommit)));
    if (auto done = index_items(app, chunk); !done) {
      log_error("search index update failed for {} queued changes: {}", chunk.size(), done.error().detail);
      continue;
    }
    (void)app.db->write_void([&](db::Connection& c) -> Result<void> {
      for (const auto& [kind, id] : chunk)
        if (auto r = c.prepare("DELETE FROM search_pending WHERE kind = :kind AND id = :id")
                         .bind(":kind", kind).bind(":id", id).run();
            !r)
          return r;
      return {};
    });
  }
}

void remove_ended_events(App& app) {
  if (!app.search_index) return;
  Seconds now = app.clock.now();
  // Events that ended within the last day: the job runs every minute, so a day covers a server
  // that was down for a while. An older one still in the index is never shown (run_search checks
  // the end), and the next rebuild leaves it out.
  auto ended = app.db->read([&](db::Connection& c) {
    std::vector<std::int64_t> ids;
    for (const auto& e : events::list_past_events(c, now)) {
      if (e.ends_at >= now - 24 * 3600) ids.push_back(e.id);
    }
    return ids;
  });
  for (std::int64_t id : ended)
    if (auto done = app.search_index->remove(search::kEventKind, std::to_string(id)); !done)
      log_error("search: could not remove ended event {}: {}", id, done.error().detail);
}

}  // namespace omzien::search_pages
