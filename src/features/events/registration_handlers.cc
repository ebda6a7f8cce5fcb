#include "app/app.h"
#include "core/crypto.h"
#include "core/ical.h"
#include "core/text.h"
#include "features/events/event_page.h"
#include "features/events/event_store.h"
#include "features/events/event_view.h"
#include "features/events/handlers.h"
#include "features/events/mails.h"
#include "features/events/registration_store.h"
#include "features/events/registrations.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::events {
namespace {

constexpr int kRegistrationsPerIpPerHour = 20;
constexpr int kMailsPerAddressPerHour = 5;

// Names go into mails, lists and CSV files: one line, no control characters.
std::string clean_name(std::string_view typed) {
  std::string name;
  for (char c : normalize_nfc(trim(typed))) name += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
  return trim(name);
}

std::optional<std::string> name_error(const std::string& name) {
  if (name.empty()) return texts::kNameRequired;
  if (utf8_length(name) > 100) return texts::kNameTooLong;
  return std::nullopt;
}

// Who registers: the account's name and address with one click, or what was typed.
Registrant registrant_of(const http::Request& request, RegisterForm& form) {
  Registrant who;
  form.name = clean_name(request.form.get("name"));
  form.email = trim(request.form.get("email"));
  if (request.viewer.logged_in()) {
    who.account_id = request.viewer.account_id;
    who.email = normalize_email(request.viewer.email);
    who.name = request.viewer.name.empty() ? form.name : request.viewer.name;
  } else {
    who.email = normalize_email(form.email);
    who.name = form.name;
  }
  if (auto error = name_error(who.name)) form.errors["name"] = *error;
  if (who.email.empty()) form.errors["email"] = texts::kEmailRequired;
  else if (!is_valid_email(who.email)) form.errors["email"] = texts::kEmailInvalid;
  return who;
}

std::optional<std::string> limit_reached(App& app, const http::Request& request, const std::string& email) {
  if (!app.rate_limiter.allow("event-register-ip:" + request.remote_ip, kRegistrationsPerIpPerHour, 3600))
    return texts::kTooManyRegistrations;
  if (!app.rate_limiter.allow("event-mail:" + hash_token(email), kMailsPerAddressPerHour, 3600))
    return texts::kTooManyMails;
  return std::nullopt;
}

const char* refusal_text(RegisterOutcome outcome) {
  switch (outcome) {
    case RegisterOutcome::AlreadyRegistered: return texts::kAlreadyRegistered;
    case RegisterOutcome::Full: return texts::kFull;
    case RegisterOutcome::Closed: return texts::kRegistrationClosed;
    case RegisterOutcome::Started: return texts::kRegistrationPast;
    case RegisterOutcome::Postponed: return texts::kRegistrationPostponed;
    case RegisterOutcome::Cancelled: return texts::kRegistrationCancelledEvent;
    case RegisterOutcome::Confirmed:
    case RegisterOutcome::Waiting: break;
  }
  return "";
}

struct Found {
  Registration registration;
  Event event;
};
std::optional<Found> find_by_token(App& app, std::string_view token) {
  if (token.empty() || token.size() > 200) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<Found> {
    auto r = find_registration_by_token_hash(c, hash_token(token));
    if (!r) return std::nullopt;
    auto e = find_event(c, r->event_id);
    if (!e) return std::nullopt;
    return Found{*r, *e};
  });
}

// The personal page: the registration with everything a registered person may see, and the
// buttons. Sent with no-referrer: the token is in the address.
http::Response render_registration_page(App& app, const http::Request& request, const std::optional<Found>& found,
                                        const std::string& token, std::map<std::string, std::string> errors = {},
                                        int status = 200) {
  View view;
  if (found) {
    const Registration& r = found->registration;
    Organiser organiser = app.db->read([&](db::Connection& c) { return find_organiser(c, found->event); });
    view = event_view(app, found->event, organiser, load_themes(app), Audience::Registered, app.clock.now());
    view.set("registration_name", r.name).set("token", token);
    view.set("confirmed", r.status == RegistrationStatus::Confirmed);
    view.set("waiting", r.status == RegistrationStatus::Waiting);
    view.set("registration_cancelled", r.status == RegistrationStatus::Cancelled);
    view.set("can_cancel", r.active() && found->event.ends_at > app.clock.now() && !found->event.cancelled());
  }
  view.set("usable", found.has_value());
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "events/registration", std::move(view),
                          {.title = found ? "Je aanmelding" : "Deze link werkt niet",
                           .status = found ? status : 404,
                           .styles = {"css/events.css"},
                           .no_referrer = true});
}

}  // namespace

http::Response register_person(App& app, const http::Request& request) {
  auto event = event_of_route(app, request);
  if (!event) return web::error_page(app, request, 404);
  RegisterForm form;
  Registrant who = registrant_of(request, form);
  if (!form.errors.empty()) return render_event_page(app, request, *event, form, 422);
  if (auto limited = limit_reached(app, request, who.email)) {
    form.errors["register"] = *limited;
    return render_event_page(app, request, *event, form, 429);
  }
  auto outcome = register_for_event(app, event->id, who);
  if (!outcome) return web::page_for_error(app, request, outcome.error());
  if (*outcome == RegisterOutcome::Confirmed || *outcome == RegisterOutcome::Waiting) {
    app.notify_content_changed({"event", event->id, ContentChange::Action::Saved});
    return web::redirect_with_flash(app, "/bijeenkomsten/" + event->slug,
                                    *outcome == RegisterOutcome::Confirmed ? texts::kRegistered : texts::kOnWaitingList);
  }
  form.errors["register"] = refusal_text(*outcome);
  return render_event_page(app, request, *event, form, 409);
}

// The GET of the mailed link changes nothing: mail scanners open every link.
http::Response show_registration_link(App& app, const http::Request& request) {
  const std::string& token = request.query.get("t");
  return render_registration_page(app, request, find_by_token(app, token), token);
}

http::Response cancel_by_link(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto found = find_by_token(app, token);
  if (!found) return render_registration_page(app, request, found, token);
  if (found->event.ends_at <= app.clock.now())
    return render_registration_page(app, request, found, token, {{"cancel", texts::kAlreadyOver}}, 409);
  auto outcome = cancel_registration(app, found->registration.id);
  if (!outcome) return web::page_for_error(app, request, outcome.error());
  if (*outcome == CancelOutcome::AlreadyCancelled)
    return render_registration_page(app, request, found, token, {{"cancel", texts::kAlreadyCancelledRegistration}}, 409);
  app.notify_content_changed({"event", found->event.id, ContentChange::Action::Saved});
  http::Response response = web::redirect_with_flash(app, "/aanmelding?t=" + token, texts::kRegistrationCancelled);
  response.set_header("Referrer-Policy", "no-referrer");
  return response;
}

http::Response rename_by_link(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto found = find_by_token(app, token);
  if (!found) return render_registration_page(app, request, found, token);
  std::string name = clean_name(request.form.get("name"));
  if (auto error = name_error(name)) return render_registration_page(app, request, found, token, {{"name", *error}}, 422);
  if (auto done = rename_registration(app, found->registration.id, name); !done)
    return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/aanmelding?t=" + token, texts::kNameChanged);
}

// A logged-in person's own registration, without the mailed link.
http::Response show_own_registration(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto event = event_of_route(app, request);
  if (!event) return web::error_page(app, request, 404);
  auto mine = app.db->read([&](db::Connection& c) -> std::optional<Registration> {
    if (auto r = find_active_registration_of_account(c, event->id, request.viewer.account_id)) return r;
    return find_registration_by_email(c, event->id, normalize_email(request.viewer.email));
  });
  if (!mine) return web::redirect_with_flash(app, "/bijeenkomsten/" + event->slug, texts::kNotRegistered, "error");
  return render_registration_page(app, request, Found{*mine, *event}, registration_token(app, *mine));
}

// The personal calendar file: with the video link and the full address.
http::Response send_personal_calendar(App& app, const http::Request& request) {
  auto found = find_by_token(app, request.query.get("t"));
  if (!found) return web::error_page(app, request, 404);
  Organiser organiser = app.db->read([&](db::Connection& c) { return find_organiser(c, found->event); });
  bool confirmed = found->registration.status == RegistrationStatus::Confirmed;
  ical::Calendar calendar;
  calendar.events.push_back(calendar_event(app, found->event, organiser, load_themes(app),
                                           confirmed ? Audience::Registered : Audience::Public, app.clock.now(),
                                           manage_url(app, found->registration)));
  http::Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = ical::write_calendar(calendar);
  response.set_header("Content-Disposition", "attachment; filename=\"" + found->event.slug + ".ics\"");
  response.set_header("Cache-Control", "private, no-store");
  response.set_header("Referrer-Policy", "no-referrer");
  return response;
}

}  // namespace omzien::events
