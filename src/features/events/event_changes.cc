#include "features/events/event_changes.h"

#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "features/events/event_store.h"
#include "features/events/mails.h"
#include "features/events/registration_store.h"
#include "features/events/registrations.h"
#include "features/events/texts.h"

namespace omzien::events {
namespace {

Result<void> record(App& app, db::Connection& c, const Actor& actor, std::string action, const Event& e,
                    std::string detail) {
  return audit::record(c, {.at = app.clock.now(),
                           .actor_account_id = actor.account_id,
                           .actor_label = actor.label,
                           .action = std::move(action),
                           .subject = "event:" + std::to_string(e.id),
                           .detail = std::move(detail)});
}

std::string mode_words(Mode mode) {
  switch (mode) {
    case Mode::Offline: return texts::kModeOfflineWords;
    case Mode::Online: return texts::kModeOnlineWords;
    case Mode::Hybrid: return texts::kModeHybridWords;
  }
  return texts::kModeOfflineWords;
}

// Sets the status (with the note), raises the sequence and mails everyone registered.
Result<Saved> change_status(App& app, const Actor& actor, const Event& event, Status status, const std::string& note,
                            ChangeMail mail, const char* audit_action, const char* audit_text) {
  return app.db->write<Saved>([&](db::Connection& c) -> Result<Saved> {
    auto fresh = find_event(c, event.id);
    if (!fresh) return not_found("event " + std::to_string(event.id));
    if (fresh->cancelled()) return conflict("event " + std::to_string(event.id) + " is cancelled already");
    fresh->status = status;
    fresh->status_note = note;
    ++fresh->sequence;
    auto saved = update_event(c, *fresh, app.clock.now());
    if (!saved) return saved.error();
    auto mailed = queue_change_mails(app, c, *saved, mail, {});
    if (!mailed) return mailed.error();
    if (auto r = record(app, c, actor, audit_action, *saved, audit_text); !r) return r.error();
    return Saved{*saved, *mailed};
  });
}

}  // namespace

std::vector<std::string> changes_that_matter(const Event& before, const Event& after) {
  std::vector<std::string> changes;
  if (before.starts_at != after.starts_at || before.ends_at != after.ends_at) changes.push_back(texts::kChangeTime);
  if (before.mode != after.mode)
    changes.push_back(fmt::format(fmt::runtime(texts::kChangeMode), mode_words(after.mode)));
  bool place_changed = before.venue_name != after.venue_name || before.address != after.address ||
                       before.postcode != after.postcode || before.place != after.place;
  if (after.has_venue() && before.has_venue() && place_changed) changes.push_back(texts::kChangePlace);
  if (after.has_video() && before.has_video() && before.online_url != after.online_url)
    changes.push_back(texts::kChangeVideo);
  return changes;
}

Result<Event> create_event(App& app, const Actor& actor, Event event) {
  return app.db->write<Event>([&](db::Connection& c) -> Result<Event> {
    event.created_by = actor.account_id;
    auto saved = insert_event(c, event, app.clock.now());
    if (!saved) return saved;
    if (auto r = record(app, c, actor, "event.create", *saved, texts::kAuditCreated); !r) return r.error();
    return saved;
  });
}

Result<Saved> save_event_changes(App& app, const Actor& actor, const Event& before, Event after) {
  return app.db->write<Saved>([&](db::Connection& c) -> Result<Saved> {
    auto changes = changes_that_matter(before, after);
    bool new_time = before.starts_at != after.starts_at;
    if (new_time) {
      after.previous_starts_at = before.starts_at;
      if (!after.cancelled()) after.status = Status::Rescheduled;
      if (auto r = forget_reminders(c, after.id); !r) return r.error();
    }
    if (!changes.empty()) ++after.sequence;
    auto saved = update_event(c, after, app.clock.now());
    if (!saved) return saved.error();
    int mailed = 0;
    if (!changes.empty()) {
      auto queued = queue_change_mails(app, c, *saved, ChangeMail::Changed, changes);
      if (!queued) return queued.error();
      mailed = *queued;
    }
    if (auto moved = fill_free_places(app, c, saved->id); !moved) return moved.error();
    if (auto r = record(app, c, actor, "event.update", *saved, texts::kAuditUpdated); !r) return r.error();
    auto reread = find_event(c, saved->id);
    return Saved{reread.value_or(*saved), mailed};
  });
}

Result<Saved> postpone_event(App& app, const Actor& actor, const Event& event, const std::string& note) {
  return change_status(app, actor, event, Status::Postponed, note, ChangeMail::Postponed, "event.postpone",
                       texts::kAuditPostponed);
}

Result<Saved> cancel_event(App& app, const Actor& actor, const Event& event, const std::string& note) {
  return change_status(app, actor, event, Status::Cancelled, note, ChangeMail::Cancelled, "event.cancel",
                       texts::kAuditCancelled);
}

Result<Event> save_report(App& app, const Actor& actor, const Event& event, const std::string& report) {
  return app.db->write<Event>([&](db::Connection& c) -> Result<Event> {
    auto fresh = find_event(c, event.id);
    if (!fresh) return not_found("event " + std::to_string(event.id));
    fresh->report = report;
    fresh->report_at = app.clock.now();
    auto saved = update_event(c, *fresh, app.clock.now());
    if (!saved) return saved;
    if (auto r = record(app, c, actor, "event.report", *saved, texts::kAuditReport); !r) return r.error();
    return saved;
  });
}

}  // namespace omzien::events
