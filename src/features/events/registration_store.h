// SQL for registrations: add, find (by personal link, address or account), change status, the
// waiting list's order, check-in, reminders due, and removing old personal data.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/events/registration.h"

namespace omzien::events {

// Saves a new registration with the hash of its personal link; returns it with its id. Fails with
// Conflict when the address is already on this event's list (in any status).
Result<Registration> insert_registration(db::Connection& c, Registration registration, std::string_view token_hash,
                                         Seconds now);
// Saves name, status, may_mail, account, times, and (when not empty) a new link.
Result<void> update_registration(db::Connection& c, const Registration& registration, std::string_view token_hash,
                                 Seconds now);

std::optional<Registration> find_registration(db::Connection& c, std::int64_t id);
std::optional<Registration> find_registration_by_token_hash(db::Connection& c, std::string_view token_hash);
// This event's registration of `email` (any status).
std::optional<Registration> find_registration_by_email(db::Connection& c, std::int64_t event_id, std::string_view email);
// This event's registration of `account_id` that is not cancelled, if any.
std::optional<Registration> find_active_registration_of_account(db::Connection& c, std::int64_t event_id,
                                                                std::int64_t account_id);

// Confirmed registrations made in advance (walk-ins do not take places).
int count_confirmed(db::Connection& c, std::int64_t event_id);
// The first on the waiting list, if any.
std::optional<Registration> next_waiting(db::Connection& c, std::int64_t event_id);
// Everyone on the list, by name (cancelled ones too).
std::vector<Registration> list_registrations(db::Connection& c, std::int64_t event_id);

Result<void> set_attended(db::Connection& c, std::int64_t id, bool attended, Seconds now);
Result<void> mark_reminded(db::Connection& c, std::int64_t id, Seconds now);
// Forgets every reminder of the event (its time changed: remind again before the new date).
Result<void> forget_reminders(db::Connection& c, std::int64_t event_id);

// Confirmed registrations (made in advance, with an address) of scheduled or rescheduled events
// that start in (now, now + window], were confirmed before `confirmed_before_start` seconds ahead
// of the start, and have had no reminder.
struct DueReminder {
  std::int64_t registration_id = 0;
  std::int64_t event_id = 0;
};
std::vector<DueReminder> due_reminders(db::Connection& c, Seconds now, Seconds window, Seconds confirmed_before_start);

// Deletes the registrations (names, addresses) of events that ended before `ended_before`.
// The event's numbers stay. Returns how many rows went.
Result<int> delete_registrations_of_events_ended_before(db::Connection& c, Seconds ended_before);

}  // namespace omzien::events
