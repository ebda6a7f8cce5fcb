#include "features/events/mails.h"

#include <fmt/core.h>

#include "app/app.h"
#include "core/crypto.h"
#include "core/ical.h"
#include "features/events/event_view.h"
#include "features/events/registration_store.h"
#include "features/events/texts.h"
#include "web/compose_mail.h"

namespace omzien::events {
namespace {

std::string subject(const char* pattern, const Event& e) { return fmt::format(fmt::runtime(pattern), e.title); }

// The event as a registered person sees it, plus their name and link, for every mail template.
struct MailContext {
  Organiser organiser;
  std::vector<initiatives::Term> themes;
};
MailContext load_context(db::Connection& c, const Event& e) {
  return {find_organiser(c, e), initiatives::list_terms(c, initiatives::Taxonomy::Themes)};
}

View mail_view(const App& app, const Event& e, const MailContext& context, const Registration& r) {
  View v = event_view(app, e, context.organiser, context.themes, Audience::Registered, app.clock.now());
  v.set("name", r.name).set("manage_url", manage_url(app, r));
  return v;
}

mail::Attachment calendar_attachment(const App& app, const Event& e, const MailContext& context, const Registration& r) {
  ical::Calendar calendar;
  calendar.events.push_back(
      calendar_event(app, e, context.organiser, context.themes, Audience::Registered, app.clock.now(), manage_url(app, r)));
  return {"bijeenkomst.ics", "text/calendar; charset=utf-8; method=PUBLISH", ical::write_calendar(calendar)};
}

Result<void> queue(App& app, db::Connection& c, const Registration& r, mail::Message message) {
  message.to_name = r.name;
  message.kind = "event";
  auto queued = app.queue_mail(c, message);
  if (!queued) return queued.error();
  return {};
}

bool mailable(const Registration& r) { return r.active() && r.may_mail && !r.email.empty(); }

}  // namespace

std::string registration_token(const App& app, const Registration& r) {
  return keyed_hash(app.secret, "event-registration:" + r.link_nonce);
}

std::string registration_token_hash(const App& app, const Registration& r) {
  return hash_token(registration_token(app, r));
}

std::string manage_url(const App& app, const Registration& r) {
  return app.url("/aanmelding?t=" + registration_token(app, r));
}

Result<void> queue_registration_mail(App& app, db::Connection& c, const Event& e, const Registration& r,
                                     RegistrationMail kind) {
  MailContext context = load_context(c, e);
  View v = mail_view(app, e, context, r);
  v.set("confirmed", kind == RegistrationMail::Confirmed).set("waiting", kind == RegistrationMail::Waiting);
  v.set("promoted", kind == RegistrationMail::Promoted);
  const char* pattern = kind == RegistrationMail::Waiting    ? texts::kMailWaiting
                        : kind == RegistrationMail::Promoted ? texts::kMailPromoted
                                                             : texts::kMailConfirmed;
  auto message = web::compose_mail(app, r.email, subject(pattern, e), "events/mail_registration", std::move(v));
  if (kind != RegistrationMail::Waiting) message.attachments.push_back(calendar_attachment(app, e, context, r));
  return queue(app, c, r, std::move(message));
}

Result<void> queue_cancellation_mail(App& app, db::Connection& c, const Event& e, const Registration& r,
                                     CalendarEntry had_place) {
  if (r.email.empty() || !r.may_mail) return {};
  MailContext context = load_context(c, e);
  View v = mail_view(app, e, context, r);
  v.set("had_place", had_place == CalendarEntry::Yes);
  auto message = web::compose_mail(app, r.email, subject(texts::kMailSelfCancelled, e), "events/mail_cancelled", std::move(v));
  if (had_place == CalendarEntry::Yes) {
    ical::Calendar calendar;
    ical::Event entry = calendar_event(app, e, context.organiser, context.themes, Audience::Public, app.clock.now());
    // For this person the event is off; a higher SEQUENCE makes calendar apps take the change.
    entry.status = ical::Status::Cancelled;
    ++entry.sequence;
    calendar.events.push_back(std::move(entry));
    message.attachments.push_back(
        {"bijeenkomst.ics", "text/calendar; charset=utf-8; method=PUBLISH", ical::write_calendar(calendar)});
  }
  return queue(app, c, r, std::move(message));
}

Result<int> queue_change_mails(App& app, db::Connection& c, const Event& e, ChangeMail kind,
                               const std::vector<std::string>& changes) {
  MailContext context = load_context(c, e);
  const char* pattern = kind == ChangeMail::Cancelled   ? texts::kMailCancelled
                        : kind == ChangeMail::Postponed ? texts::kMailPostponed
                                                        : texts::kMailChanged;
  int count = 0;
  for (const auto& r : list_registrations(c, e.id)) {
    if (!mailable(r) || r.kind != RegistrationKind::Registration) continue;
    View v = mail_view(app, e, context, r);
    View change_list = View::list();
    for (const auto& change : changes) change_list.push(View(change));
    v.set("changes", change_list).set("has_changes", !changes.empty());
    v.set("changed", kind == ChangeMail::Changed).set("was_postponed", kind == ChangeMail::Postponed);
    v.set("was_cancelled", kind == ChangeMail::Cancelled);
    v.set("on_waiting_list", r.status == RegistrationStatus::Waiting);
    auto message = web::compose_mail(app, r.email, subject(pattern, e), "events/mail_change", std::move(v));
    // A calendar file with the same UID and a higher SEQUENCE updates (or cancels) the entry.
    if (r.status == RegistrationStatus::Confirmed) message.attachments.push_back(calendar_attachment(app, e, context, r));
    if (auto done = queue(app, c, r, std::move(message)); !done) return done.error();
    ++count;
  }
  return count;
}

Result<void> queue_reminder_mail(App& app, db::Connection& c, const Event& e, const Registration& r) {
  MailContext context = load_context(c, e);
  auto message = web::compose_mail(app, r.email, subject(texts::kMailReminder, e), "events/mail_reminder",
                                   mail_view(app, e, context, r));
  return queue(app, c, r, std::move(message));
}

std::vector<Registration> message_recipients(db::Connection& c, std::int64_t event_id) {
  std::vector<Registration> out;
  for (auto& r : list_registrations(c, event_id))
    if (mailable(r) && r.status == RegistrationStatus::Confirmed) out.push_back(std::move(r));
  return out;
}

Result<int> queue_organiser_message(App& app, db::Connection& c, const Event& e, const OrganiserMessage& m) {
  MailContext context = load_context(c, e);
  int count = 0;
  for (const auto& r : message_recipients(c, e.id)) {
    View v = mail_view(app, e, context, r);
    v.set("message_subject", m.subject).set("message_body", m.body);
    auto message = web::compose_mail(app, r.email, fmt::format(fmt::runtime(texts::kMailMessage), m.subject, e.title),
                                     "events/mail_message", std::move(v));
    message.reply_to = m.reply_to;
    if (auto done = queue(app, c, r, std::move(message)); !done) return done.error();
    ++count;
  }
  return count;
}

}  // namespace omzien::events
