// The check-in page for the organiser's phone on the day: one button per person (a plain form
// POST, so it works without JavaScript; events-checkin.js makes it instant), and walk-ins.
#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/text.h"
#include "features/events/event_store.h"
#include "features/events/handlers.h"
#include "features/events/registration_store.h"
#include "features/events/registrations.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "web/page.h"

namespace omzien::events {
namespace {

struct WalkInForm {
  std::string name = {};
  std::string email = {};
  bool may_mail = false;
  std::map<std::string, std::string> errors = {};
};

http::Response render_check_in(App& app, const http::Request& request, const Event& event, const WalkInForm& form,
                               int status) {
  auto people = app.db->read([&](db::Connection& c) { return list_registrations(c, event.id); });
  View list = View::list();
  int present = 0, expected = 0;
  for (const auto& r : people) {
    if (r.status != RegistrationStatus::Confirmed) continue;
    ++expected;
    present += r.attended ? 1 : 0;
    list.push(View().set("id", r.id).set("name", r.name).set("attended", r.attended)
                  .set("walk_in", r.kind == RegistrationKind::WalkIn));
  }
  View view;
  std::string path = "/bijeenkomsten/" + event.slug;
  view.set("title", event.title).set("path", path).set("people", list).set("has_people", expected > 0);
  view.set("present", present).set("expected", expected);
  view.set("walk_in_name", form.name).set("walk_in_email", form.email).set("walk_in_may_mail", form.may_mail);
  web::add_form_errors(view, form.errors);
  return web::render_page(app, request, "events/checkin", std::move(view),
                          {.title = "Inchecken", .status = status, .scripts = {"js/events-checkin.js"},
                           .styles = {"css/events.css"}});
}

bool wants_json(const http::Request& request) {
  return request.header("Accept").find("application/json") != std::string::npos;
}

// After a tick: the counts for the script, or back to the person's row for a plain form.
http::Response answer(App& app, const http::Request& request, const Event& event, const Registration& r,
                      const std::string& message) {
  if (wants_json(request)) {
    auto fresh = app.db->read([&](db::Connection& c) { return find_event(c, event.id); });
    int expected = fresh ? fresh->registered_count + fresh->walk_in_count : 0;
    nlohmann::json body = {{"id", r.id}, {"attended", r.attended}, {"message", message},
                           {"present", fresh ? fresh->attended_count : 0}, {"expected", expected}};
    http::Response response = http::Response::json(200, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    response.set_header("Cache-Control", "private, no-store");
    return response;
  }
  return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug + "/inchecken#persoon-" + std::to_string(r.id),
                                  message);
}

// Someone who registered in advance agreed to mails about this event then; at the door the
// organiser need not ask again.
bool registered_with(App& app, const Event& event, const std::string& email) {
  auto r = app.db->read([&](db::Connection& c) { return find_registration_by_email(c, event.id, email); });
  return r && r->active() && r->may_mail && r->kind == RegistrationKind::Registration;
}

std::optional<std::int64_t> read_id(const std::string& text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  return std::stoll(text);
}

}  // namespace

http::Response show_check_in(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  return render_check_in(app, request, event, {}, 200);
}

http::Response check_in(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  auto id = read_id(request.form.get("registration_id"));
  if (!id) return web::error_page(app, request, 404);
  bool attended = request.form.get("attended") == "ja";
  auto done = set_presence(app, event.id, *id, attended, request.viewer.account_id, request.viewer.display_name());
  if (!done) return web::page_for_error(app, request, done.error());
  app.notify_content_changed({"event", event.id, ContentChange::Action::Saved});
  return answer(app, request, event, *done,
                fmt::format(fmt::runtime(attended ? texts::kCheckedIn : texts::kCheckedOut), done->name));
}

http::Response add_walk_in(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  WalkInForm form;
  for (char c : normalize_nfc(trim(request.form.get("name"))))
    form.name += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  form.email = trim(request.form.get("email"));
  form.may_mail = request.form.get("may_mail") == "ja";
  std::string email = normalize_email(form.email);
  if (form.name.empty()) form.errors["walk_in_name"] = texts::kNameRequired;
  else if (utf8_length(form.name) > 100) form.errors["walk_in_name"] = texts::kNameTooLong;
  if (!email.empty() && !is_valid_email(email)) form.errors["walk_in_email"] = texts::kWalkInEmailInvalid;
  else if (!email.empty() && !form.may_mail && !registered_with(app, event, email))
    form.errors["walk_in_may_mail"] = texts::kConsentNeeded;
  if (!form.errors.empty()) return render_check_in(app, request, event, form, 422);
  auto added = events::add_walk_in(app, event.id, {form.name, email, form.may_mail}, request.viewer.account_id,
                                   request.viewer.display_name());
  if (!added) return web::page_for_error(app, request, added.error());
  app.notify_content_changed({"event", event.id, ContentChange::Action::Saved});
  const char* text = added->first == WalkInOutcome::Added ? texts::kWalkInAdded : texts::kWalkInWasRegistered;
  return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug + "/inchecken",
                                  fmt::format(fmt::runtime(text), added->second.name));
}

}  // namespace omzien::events
