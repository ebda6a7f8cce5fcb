#include "features/events/reminders.h"

#include "app/app.h"
#include "core/log.h"
#include "features/events/event_store.h"
#include "features/events/mails.h"
#include "features/events/registration_store.h"

namespace omzien::events {

int send_due_reminders(App& app) {
  Seconds now = app.clock.now();
  auto due = app.db->read([&](db::Connection& c) { return due_reminders(c, now, kReminderWindow, kReminderWindow); });
  int sent = 0;
  // One transaction per reminder: a failing one does not hold back the others.
  for (const auto& item : due) {
    auto done = app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
      auto event = find_event(c, item.event_id);
      auto registration = find_registration(c, item.registration_id);
      if (!event || !registration || registration->reminded_at) return false;
      if (auto marked = mark_reminded(c, registration->id, app.clock.now()); !marked) return marked.error();
      if (auto queued = queue_reminder_mail(app, c, *event, *registration); !queued) return queued.error();
      return true;
    });
    if (!done) log_error("event reminder {}: {}", item.registration_id, done.error().detail);
    else if (*done) ++sent;
  }
  return sent;
}

int forget_old_registrations(App& app) {
  auto deleted = app.db->write<int>([&](db::Connection& c) {
    return delete_registrations_of_events_ended_before(c, app.clock.now() - kKeepRegistrations);
  });
  if (!deleted) {
    log_error("forgetting old event registrations: {}", deleted.error().detail);
    return 0;
  }
  return *deleted;
}

void run_event_jobs(App& app) {
  send_due_reminders(app);
  forget_old_registrations(app);
}

}  // namespace omzien::events
