// What an organiser does to an event, each as one write transaction with its audit line and the
// mails it causes: create, change (a new time, place or video link mails everyone registered),
// postpone, cancel, and the verslag afterwards.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/events/event.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// Who does it, for the audit log.
struct Actor {
  std::int64_t account_id = 0;
  std::string label;
};

struct Saved {
  Event event;
  int mailed = 0;  // change mails queued
};

// Dutch sentences for what registered people must know about `after` compared to `before`:
// the time, the place, the video link, the way to take part. Empty when nothing of that changed.
std::vector<std::string> changes_that_matter(const Event& before, const Event& after);

Result<Event> create_event(App& app, const Actor& actor, Event event);
// Saves `after` (the form applied to `before`). A new time makes a postponed event rescheduled,
// keeps the old date for calendars and search engines, and asks for new reminders; changes that
// matter raise the calendar SEQUENCE and mail everyone registered; free places (a higher
// capacity) go to the waiting list.
Result<Saved> save_event_changes(App& app, const Actor& actor, const Event& before, Event after);
// Postponed without a new date yet; registrations stay. Mails everyone registered.
Result<Saved> postpone_event(App& app, const Actor& actor, const Event& event, const std::string& note);
// Cancelled for good; calendars get STATUS:CANCELLED. Mails everyone registered.
Result<Saved> cancel_event(App& app, const Actor& actor, const Event& event, const std::string& note);
Result<Event> save_report(App& app, const Actor& actor, const Event& event, const std::string& report);

}  // namespace omzien::events
