#include "app/app.h"
#include "core/text.h"
#include "features/events/event_changes.h"
#include "features/events/handlers.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "web/page.h"

namespace omzien::events {
namespace {

constexpr std::size_t kMaxNote = 1000;
constexpr std::size_t kMaxReport = 10000;

enum class Step { Postpone, Cancel };

std::string clean_text(std::string_view typed) {
  std::string out;
  for (char c : normalize_nfc(trim(typed))) {
    if (c == '\r') continue;
    out += static_cast<unsigned char>(c) < 0x20 && c != '\n' ? ' ' : c;
  }
  return out;
}

http::Response render_step(App& app, const http::Request& request, const Event& event, Step step,
                           const std::string& note, std::map<std::string, std::string> errors, int status) {
  View view;
  view.set("title", event.title).set("path", "/bijeenkomsten/" + event.slug).set("note", note);
  view.set("postpone", step == Step::Postpone).set("cancel", step == Step::Cancel);
  view.set("people", event.registered_count + event.waiting_count);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "events/status", std::move(view),
                          {.title = step == Step::Postpone ? "Bijeenkomst uitstellen" : "Bijeenkomst afgelasten",
                           .status = status,
                           .styles = {"css/events.css"}});
}

// Organisers only; never for an event that is over or cancelled already.
std::optional<http::Response> check_step(App& app, const http::Request& request, Event& event) {
  if (auto denied = require_organiser(app, request, event)) return denied;
  std::string back = "/bijeenkomsten/" + event.slug;
  if (event.cancelled()) return web::redirect_with_flash(app, back, texts::kAlreadyCancelled, "error");
  if (event.ends_at <= app.clock.now()) return web::redirect_with_flash(app, back, texts::kAlreadyOver, "error");
  return std::nullopt;
}

http::Response do_step(App& app, const http::Request& request, Step step) {
  Event event;
  if (auto stop = check_step(app, request, event)) return *stop;
  std::string note = clean_text(request.form.get("note"));
  if (utf8_length(note) > kMaxNote) return render_step(app, request, event, step, note, {{"note", texts::kNoteTooLong}}, 422);
  auto saved = step == Step::Postpone ? postpone_event(app, actor_of(request), event, note)
                                      : cancel_event(app, actor_of(request), event, note);
  if (!saved) return web::page_for_error(app, request, saved.error());
  app.notify_content_changed({"event", event.id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug,
                                  step == Step::Postpone ? texts::kPostponed : texts::kCancelled);
}

http::Response render_report(App& app, const http::Request& request, const Event& event, const std::string& report,
                             std::map<std::string, std::string> errors, int status) {
  View view;
  view.set("title", event.title).set("path", "/bijeenkomsten/" + event.slug).set("report", report);
  view.set("attended_count", event.attended_count).set("walk_in_count", event.walk_in_count);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "events/report", std::move(view),
                          {.title = "Verslag", .status = status, .styles = {"css/events.css"}});
}

}  // namespace

http::Response show_postpone_form(App& app, const http::Request& request) {
  Event event;
  if (auto stop = check_step(app, request, event)) return *stop;
  return render_step(app, request, event, Step::Postpone, "", {}, 200);
}

http::Response postpone(App& app, const http::Request& request) { return do_step(app, request, Step::Postpone); }

http::Response show_cancel_form(App& app, const http::Request& request) {
  Event event;
  if (auto stop = check_step(app, request, event)) return *stop;
  return render_step(app, request, event, Step::Cancel, "", {}, 200);
}

http::Response cancel(App& app, const http::Request& request) { return do_step(app, request, Step::Cancel); }

http::Response show_report_form(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  if (event.starts_at > app.clock.now())
    return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug, texts::kReportNotYet, "error");
  return render_report(app, request, event, event.report, {}, 200);
}

http::Response save_report(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  if (event.starts_at > app.clock.now())
    return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug, texts::kReportNotYet, "error");
  std::string report = clean_text(request.form.get("report"));
  if (utf8_length(report) > kMaxReport)
    return render_report(app, request, event, report, {{"report", texts::kReportTooLong}}, 422);
  auto saved = save_report(app, actor_of(request), event, report);
  if (!saved) return web::page_for_error(app, request, saved.error());
  app.notify_content_changed({"event", event.id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug, texts::kReportSaved);
}

}  // namespace omzien::events
