#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/amsterdam_time.h"
#include "core/csv.h"
#include "core/qr.h"
#include "core/text.h"
#include "features/events/event_store.h"
#include "features/events/event_view.h"
#include "features/events/handlers.h"
#include "features/events/mails.h"
#include "features/events/registration_store.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "web/page.h"

namespace omzien::events {
namespace {

constexpr int kMessagesPerEventPerDay = 3;
constexpr std::size_t kMaxMessage = 5000;
constexpr int kBlankSheetRows = 14;

std::string status_word(const Registration& r) {
  if (r.status == RegistrationStatus::Waiting) return texts::kPersonWaiting;
  if (r.status == RegistrationStatus::Cancelled) return texts::kPersonCancelled;
  return r.kind == RegistrationKind::WalkIn ? texts::kPersonWalkIn : texts::kPersonRegistered;
}

View person_view(const Registration& r) {
  View v;
  v.set("id", r.id).set("name", r.name).set("email", r.email).set("status", status_word(r));
  v.set("walk_in", r.kind == RegistrationKind::WalkIn).set("attended", r.attended).set("may_mail", r.may_mail);
  v.set("since", format_dutch_datetime(r.confirmed_at.value_or(r.created_at)));
  return v;
}

std::vector<Registration> registrations_of(App& app, const Event& event) {
  return app.db->read([&](db::Connection& c) { return list_registrations(c, event.id); });
}

View event_basics(App& app, const Event& event) {
  Organiser organiser = app.db->read([&](db::Connection& c) { return find_organiser(c, event); });
  return event_view(app, event, organiser, load_themes(app), Audience::Public, app.clock.now());
}

http::Response render_message_form(App& app, const http::Request& request, const Event& event, const std::string& subject,
                                   const std::string& body, bool allow_replies,
                                   std::map<std::string, std::string> errors, int status) {
  View view = event_basics(app, event);
  int recipients = static_cast<int>(app.db->read([&](db::Connection& c) { return message_recipients(c, event.id); }).size());
  view.set("recipients", recipients).set("message_subject", subject).set("message_body", body);
  view.set("allow_replies", allow_replies).set("sender_email", request.viewer.email);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "events/message", std::move(view),
                          {.title = "Bericht aan iedereen", .status = status, .styles = {"css/events.css"}});
}

// Messages about `event` in the last 24 hours, counted from the audit log rather than memory, so
// the limit holds across restarts and on every app server.
int messages_sent_today(App& app, const Event& event) {
  Seconds since = app.clock.now() - 86400;
  int count = 0;
  for (const auto& entry : audit::list_entries(*app.db, "event:" + std::to_string(event.id), 200))
    if (entry.action == "event.message" && entry.at > since) ++count;
  return count;
}

std::string clean_body(std::string_view typed) {
  std::string out;
  for (char c : normalize_nfc(trim(typed))) {
    if (c == '\r') continue;
    out += static_cast<unsigned char>(c) < 0x20 && c != '\n' ? ' ' : c;
  }
  return out;
}

}  // namespace

http::Response show_attendees(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  View confirmed = View::list(), waiting = View::list(), cancelled = View::list();
  for (const auto& r : registrations_of(app, event)) {
    if (r.status == RegistrationStatus::Confirmed) confirmed.push(person_view(r));
    else if (r.status == RegistrationStatus::Waiting) waiting.push(person_view(r));
    else cancelled.push(person_view(r));
  }
  View view = event_basics(app, event);
  view.set("confirmed_people", confirmed).set("waiting_people", waiting).set("cancelled_people", cancelled);
  view.set("has_confirmed", !confirmed.empty_list()).set("has_waiting", !waiting.empty_list());
  view.set("has_cancelled", !cancelled.empty_list()).set("cancelled_total", static_cast<int>(cancelled.size()));
  return web::render_page(app, request, "events/attendees", std::move(view),
                          {.title = "Wie komen er", .styles = {"css/events.css"}});
}

http::Response send_attendees_csv(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  std::vector<std::vector<std::string>> rows = {
      {texts::kCsvName, texts::kCsvEmail, texts::kCsvStatus, texts::kCsvAttended, texts::kCsvMayMail, texts::kCsvSince}};
  for (const auto& r : registrations_of(app, event))
    rows.push_back({r.name, r.email, status_word(r), r.attended ? texts::kYes : texts::kNo, r.may_mail ? texts::kYes : texts::kNo,
                    format_dutch_datetime(r.created_at)});
  // The names and addresses leave the server: staff can see who took them.
  auto logged = app.db->write_void([&](db::Connection& c) {
    return audit::record(c, {.at = app.clock.now(),
                             .actor_account_id = request.viewer.account_id,
                             .actor_label = request.viewer.display_name(),
                             .action = "event.export",
                             .subject = "event:" + std::to_string(event.id),
                             .detail = texts::kAuditExport});
  });
  if (!logged) return web::page_for_error(app, request, logged.error());
  http::Response response;
  response.content_type = "text/csv; charset=utf-8";
  // Formula neutralisation is on by default: a name like "=HYPERLINK(...)" stays text in Excel.
  response.body = csv::write(rows);
  response.set_header("Content-Disposition", "attachment; filename=\"deelnemers-" + event.slug + ".csv\"");
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

http::Response show_message_form(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  return render_message_form(app, request, event, "", "", false, {}, 200);
}

http::Response send_message(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  std::string subject = clean_body(request.form.get("subject"));
  for (char& c : subject)
    if (c == '\n') c = ' ';
  std::string body = clean_body(request.form.get("body"));
  bool allow_replies = request.form.get("allow_replies") == "ja";
  std::map<std::string, std::string> errors;
  if (subject.empty()) errors["subject"] = texts::kMessageSubjectRequired;
  else if (utf8_length(subject) > 150) errors["subject"] = texts::kMessageSubjectTooLong;
  if (body.empty()) errors["body"] = texts::kMessageBodyRequired;
  else if (utf8_length(body) > kMaxMessage) errors["body"] = texts::kMessageTooLong;
  if (!errors.empty()) return render_message_form(app, request, event, subject, body, allow_replies, errors, 422);
  if (messages_sent_today(app, event) >= kMessagesPerEventPerDay)
    return render_message_form(app, request, event, subject, body, allow_replies, {{"body", texts::kMessageLimit}}, 429);
  OrganiserMessage message{subject, body, allow_replies ? request.viewer.email : ""};
  auto sent = app.db->write<int>([&](db::Connection& c) -> Result<int> {
    auto count = queue_organiser_message(app, c, event, message);
    if (!count) return count;
    if (auto r = audit::record(c, {.at = app.clock.now(),
                                   .actor_account_id = request.viewer.account_id,
                                   .actor_label = request.viewer.display_name(),
                                   .action = "event.message",
                                   .subject = "event:" + std::to_string(event.id),
                                   .detail = fmt::format(fmt::runtime(texts::kAuditMessage), *count)});
        !r)
      return r.error();
    return count;
  });
  if (!sent) return web::page_for_error(app, request, sent.error());
  if (*sent == 0)
    return render_message_form(app, request, event, subject, body, allow_replies, {{"body", texts::kMessageNobody}}, 409);
  return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug,
                                  fmt::format(fmt::runtime(texts::kMessageSent), *sent));
}

// The A4 flyer: public facts, a QR code and the short link. Anyone may print it and hang it up.
http::Response show_flyer(App& app, const http::Request& request) {
  auto event = event_of_route(app, request);
  if (!event) return web::error_page(app, request, 404);
  View view = event_basics(app, *event);
  std::string short_url = app.url("/b/" + event->short_code);
  // qr_svg draws the SVG from the URL itself and escapes its label; no user HTML goes in.
  view.set("qr_svg", qr_svg(short_url, fmt::format(fmt::runtime(texts::kQrLabel), event->title)));
  view.set("short_url", short_url).set("short_url_text", short_url.substr(short_url.find("://") + 3));
  return web::render_page(app, request, "events/flyer", std::move(view),
                          {.title = event->title + " (flyer)", .styles = {"css/events.css"}});
}

// The sign-up sheet for the table at the door: names of who registered to tick, and empty rows
// for walk-ins, who say themselves whether they may be mailed.
http::Response show_sign_up_sheet(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  View names = View::list();
  for (const auto& r : registrations_of(app, event))
    if (r.status == RegistrationStatus::Confirmed) names.push(View().set("name", r.name));
  View blank = View::list();
  for (int i = 0; i < kBlankSheetRows; ++i) blank.push(View().set("row", i + 1));
  View view = event_basics(app, event);
  view.set("names", names).set("has_names", !names.empty_list()).set("blank_rows", blank);
  return web::render_page(app, request, "events/sign_up_sheet", std::move(view),
                          {.title = "Intekenlijst", .styles = {"css/events.css"}});
}

}  // namespace omzien::events
