// Keeps the search index in step with the database: one profile or event after a change, or everything.
#pragma once

#include <cstdint>
#include <span>

#include "core/content_change.h"
#include "core/result.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

// Opens (or creates) the index in DATA/search; rebuilds it when it is empty while profiles
// exist, or when it was built with another analysis.
Result<void> open_search_index(App& app);
// Indexes or removes the initiative `id` as it is now in the database (published: indexed;
// hidden or gone: removed).
Result<void> index_initiative(App& app, std::int64_t id);
// Indexes or removes the event `id` as it is now (upcoming and not cancelled: indexed; ended,
// cancelled or gone: removed).
Result<void> index_event(App& app, std::int64_t id);
// Removes events that ended from the index (a scheduled job: an event ends without a save).
void remove_ended_events(App& app);
// Rebuilds the whole index from the database (`omzien reindex`).
Result<std::size_t> rebuild_search_index(App& app);
// The content listener: follows every saved, hidden or deleted profile and every saved event,
// all `changes` with one commit. Without the index (held by another process) the changes are
// queued in the database for index_pending_changes.
void follow_content_changes(App& app, std::span<const ContentChange> changes);
// Indexes the queued changes (a scheduled job of the process that holds the index).
void index_pending_changes(App& app);

}  // namespace omzien::search_pages
