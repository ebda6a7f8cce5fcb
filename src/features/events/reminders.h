// What the server does by itself for bijeenkomsten: the reminder mail the day before, and
// forgetting who came once an event is long over (the numbers stay).
#pragma once

#include "core/clock.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// A reminder goes out in the 24 hours before the start, to people whose place was confirmed
// before that day began (someone who registered this afternoon just had their confirmation).
inline constexpr Seconds kReminderWindow = 24 * 3600;
// Names and addresses of people who came are deleted this long after the event ended.
inline constexpr Seconds kKeepRegistrations = 90 * 86400;

// Queues every due reminder, each marked as sent in the same transaction: never twice, never for
// cancelled registrations or cancelled or postponed events. Returns how many were queued.
int send_due_reminders(App& app);
// Deletes the registrations of events that ended more than kKeepRegistrations ago.
int forget_old_registrations(App& app);
// Both of the above: the scheduled job "event reminders".
void run_event_jobs(App& app);

}  // namespace omzien::events
