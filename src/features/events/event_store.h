// SQL for events: save, find, list for the agenda and the feed, attendance numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/events/event.h"

namespace omzien::events {

// Saves a new event with a slug made from its title (numbered when taken) and a fresh short code.
Result<Event> insert_event(db::Connection& c, Event event, Seconds now);
// Saves every field of `event` (the slug and short code never change) and its themes.
Result<Event> update_event(db::Connection& c, Event event, Seconds now);

std::optional<Event> find_event(db::Connection& c, std::int64_t id);
std::optional<Event> find_event_by_slug(db::Connection& c, std::string_view slug);
std::optional<Event> find_event_by_short_code(db::Connection& c, std::string_view code);

// Events that have not ended at `now`, soonest first (cancelled and postponed ones too).
std::vector<Event> list_upcoming_events(db::Connection& c, Seconds now);
// Events that ended before `now`, newest first.
std::vector<Event> list_past_events(db::Connection& c, Seconds now);
// Every event, oldest first (monitoring).
std::vector<Event> list_all_events(db::Connection& c);

// Recounts registered, waiting, attended and walk-in people from the registrations; call in the
// same transaction as any change to them.
Result<void> refresh_attendance(db::Connection& c, std::int64_t event_id);

}  // namespace omzien::events
