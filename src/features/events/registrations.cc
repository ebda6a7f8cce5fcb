#include "features/events/registrations.h"

#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "features/events/event_store.h"
#include "features/events/event_view.h"
#include "features/events/mails.h"
#include "features/events/registration_store.h"
#include "features/events/texts.h"

namespace omzien::events {
namespace {

std::optional<RegisterOutcome> refusal(RegistrationState state) {
  switch (state) {
    case RegistrationState::Cancelled: return RegisterOutcome::Cancelled;
    case RegistrationState::Postponed: return RegisterOutcome::Postponed;
    case RegistrationState::Started: return RegisterOutcome::Started;
    case RegistrationState::Closed: return RegisterOutcome::Closed;
    case RegistrationState::Open:
    case RegistrationState::WaitingList:
    case RegistrationState::Full: break;
  }
  return std::nullopt;
}

bool has_free_place(db::Connection& c, const Event& event) {
  return !event.capacity || count_confirmed(c, event.id) < *event.capacity;
}

// Saves `r` with a fresh personal link (a new registration, or someone coming back).
Result<Registration> save_with_new_link(App& app, db::Connection& c, Registration r, bool is_new, Seconds now) {
  r.link_nonce = random_token();
  std::string token_hash = registration_token_hash(app, r);
  if (is_new) return insert_registration(c, std::move(r), token_hash, now);
  if (auto done = update_registration(c, r, token_hash, now); !done) return done.error();
  return r;
}

Result<void> record(App& app, db::Connection& c, std::int64_t event_id, std::int64_t actor, const std::string& label,
                    std::string action, std::string detail) {
  return audit::record(c, {.at = app.clock.now(),
                           .actor_account_id = actor,
                           .actor_label = label,
                           .action = std::move(action),
                           .subject = "event:" + std::to_string(event_id),
                           .detail = std::move(detail)});
}

}  // namespace

Result<RegisterOutcome> register_for_event(App& app, std::int64_t event_id, const Registrant& registrant) {
  return app.db->write<RegisterOutcome>([&](db::Connection& c) -> Result<RegisterOutcome> {
    auto event = find_event(c, event_id);
    if (!event) return not_found("event " + std::to_string(event_id));
    Seconds now = app.clock.now();
    if (auto refused = refusal(registration_state(*event, now))) return *refused;
    auto existing = find_registration_by_email(c, event_id, registrant.email);
    if (existing && existing->active()) return RegisterOutcome::AlreadyRegistered;
    bool place = has_free_place(c, *event);
    if (!place && !event->waiting_list) return RegisterOutcome::Full;

    Registration r = existing.value_or(Registration{});
    r.event_id = event_id;
    r.kind = RegistrationKind::Registration;
    r.name = registrant.name;
    r.email = registrant.email;
    if (registrant.account_id) r.account_id = registrant.account_id;
    r.status = place ? RegistrationStatus::Confirmed : RegistrationStatus::Waiting;
    r.may_mail = true;
    r.confirmed_at = place ? std::optional<Seconds>(now) : std::nullopt;
    r.reminded_at.reset();
    r.cancelled_at.reset();
    r.created_at = now;  // someone coming back joins the end of the waiting list
    auto saved = save_with_new_link(app, c, r, !existing, now);
    if (!saved) return saved.error();
    auto mail = place ? RegistrationMail::Confirmed : RegistrationMail::Waiting;
    if (auto queued = queue_registration_mail(app, c, *event, *saved, mail); !queued) return queued.error();
    if (auto done = refresh_attendance(c, event_id); !done) return done.error();
    return place ? RegisterOutcome::Confirmed : RegisterOutcome::Waiting;
  });
}

Result<CancelOutcome> cancel_registration(App& app, std::int64_t registration_id) {
  return app.db->write<CancelOutcome>([&](db::Connection& c) -> Result<CancelOutcome> {
    auto r = find_registration(c, registration_id);
    if (!r) return not_found("registration " + std::to_string(registration_id));
    if (!r->active()) return CancelOutcome::AlreadyCancelled;
    bool had_place = r->status == RegistrationStatus::Confirmed && r->kind == RegistrationKind::Registration;
    r->status = RegistrationStatus::Cancelled;
    r->cancelled_at = app.clock.now();
    if (auto done = update_registration(c, *r, "", app.clock.now()); !done) return done.error();
    if (auto event = find_event(c, r->event_id); event && r->kind == RegistrationKind::Registration) {
      auto entry = had_place ? CalendarEntry::Yes : CalendarEntry::No;
      if (auto queued = queue_cancellation_mail(app, c, *event, *r, entry); !queued) return queued.error();
    }
    if (had_place)
      if (auto moved = fill_free_places(app, c, r->event_id); !moved) return moved.error();
    if (auto done = refresh_attendance(c, r->event_id); !done) return done.error();
    return CancelOutcome::Cancelled;
  });
}

Result<void> rename_registration(App& app, std::int64_t registration_id, const std::string& name) {
  return app.db->write_void([&](db::Connection& c) -> Result<void> {
    auto r = find_registration(c, registration_id);
    if (!r) return not_found("registration " + std::to_string(registration_id));
    r->name = name;
    return update_registration(c, *r, "", app.clock.now());
  });
}

Result<int> fill_free_places(App& app, db::Connection& c, std::int64_t event_id) {
  auto event = find_event(c, event_id);
  if (!event) return not_found("event " + std::to_string(event_id));
  Seconds now = app.clock.now();
  if (event->cancelled() || event->postponed() || now >= event->starts_at) return 0;
  int moved = 0;
  while (has_free_place(c, *event)) {
    auto next = next_waiting(c, event_id);
    if (!next) break;
    next->status = RegistrationStatus::Confirmed;
    next->confirmed_at = now;
    if (auto done = update_registration(c, *next, "", now); !done) return done.error();
    if (auto queued = queue_registration_mail(app, c, *event, *next, RegistrationMail::Promoted); !queued)
      return queued.error();
    ++moved;
  }
  if (auto done = refresh_attendance(c, event_id); !done) return done.error();
  return moved;
}

Result<Registration> set_presence(App& app, std::int64_t event_id, std::int64_t registration_id, bool attended,
                                  std::int64_t actor_account_id, const std::string& actor_label) {
  return app.db->write<Registration>([&](db::Connection& c) -> Result<Registration> {
    auto r = find_registration(c, registration_id);
    if (!r || r->event_id != event_id || r->status != RegistrationStatus::Confirmed)
      return not_found("confirmed registration " + std::to_string(registration_id));
    if (auto done = set_attended(c, r->id, attended, app.clock.now()); !done) return done.error();
    if (auto done = refresh_attendance(c, event_id); !done) return done.error();
    if (auto done = record(app, c, event_id, actor_account_id, actor_label, "event.check_in",
                           fmt::format(fmt::runtime(texts::kAuditCheckIn), r->id));
        !done)
      return done.error();
    r->attended = attended;
    return *r;
  });
}

Result<std::pair<WalkInOutcome, Registration>> add_walk_in(App& app, std::int64_t event_id, const WalkIn& walk_in,
                                                           std::int64_t actor_account_id, const std::string& actor_label) {
  using Outcome = std::pair<WalkInOutcome, Registration>;
  return app.db->write<Outcome>([&](db::Connection& c) -> Result<Outcome> {
    if (!find_event(c, event_id)) return not_found("event " + std::to_string(event_id));
    Seconds now = app.clock.now();
    std::optional<Registration> existing;
    if (!walk_in.email.empty()) existing = find_registration_by_email(c, event_id, walk_in.email);
    Registration r = existing.value_or(Registration{});
    WalkInOutcome outcome = existing ? WalkInOutcome::WasRegistered : WalkInOutcome::Added;
    if (existing) {
      // Someone on the list (even on the waiting list, or cancelled) who came after all.
      if (r.status != RegistrationStatus::Confirmed) r.confirmed_at = now;
      r.status = RegistrationStatus::Confirmed;
      r.cancelled_at.reset();
      r.may_mail = r.may_mail || walk_in.may_mail;
      if (auto done = update_registration(c, r, "", now); !done) return done.error();
    } else {
      r.event_id = event_id;
      r.kind = RegistrationKind::WalkIn;
      r.name = walk_in.name;
      r.email = walk_in.email;
      r.status = RegistrationStatus::Confirmed;
      r.may_mail = walk_in.may_mail && !walk_in.email.empty();
      r.confirmed_at = now;
      auto saved = save_with_new_link(app, c, r, true, now);
      if (!saved) return saved.error();
      r = *saved;
    }
    if (auto done = set_attended(c, r.id, true, now); !done) return done.error();
    r.attended = true;
    if (auto done = refresh_attendance(c, event_id); !done) return done.error();
    if (auto done = record(app, c, event_id, actor_account_id, actor_label, "event.walk_in",
                           fmt::format(fmt::runtime(texts::kAuditWalkIn), r.id));
        !done)
      return done.error();
    return Outcome{outcome, r};
  });
}

}  // namespace omzien::events
