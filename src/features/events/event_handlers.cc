#include "app/app.h"
#include "core/ical.h"
#include "features/events/event_changes.h"
#include "features/events/event_form.h"
#include "features/events/event_page.h"
#include "features/events/event_store.h"
#include "features/events/event_view.h"
#include "features/events/handlers.h"
#include "features/events/permissions.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "features/events/venue_location.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::events {
namespace {

http::Response render_form(App& app, const http::Request& request, const EventForm& form, const Event* existing,
                           int status) {
  auto organisers = organiser_choices(app, request.viewer, existing);
  View view = form.to_view(load_themes(app), organisers);
  web::add_form_errors(view, form.errors);
  view.set("editing", existing != nullptr);
  view.set("action", existing ? "/bijeenkomsten/" + existing->slug + "/bewerken" : std::string("/bijeenkomsten"));
  if (existing) view.set("slug", existing->slug).set("event_title", existing->title);
  if (existing) view.set("has_registrations", existing->registered_count + existing->waiting_count > 0);
  return web::render_page(app, request, "events/form", std::move(view),
                          {.title = existing ? "Bijeenkomst bewerken" : "Nieuwe bijeenkomst",
                           .status = status,
                           .scripts = {"js/events-form.js"},
                           .styles = {"css/events.css"}});
}

http::Response calendar_response(std::string body, const std::string& filename) {
  http::Response response;
  response.content_type = "text/calendar; charset=utf-8";
  response.body = std::move(body);
  response.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return response;
}

}  // namespace

http::Response show_event(App& app, const http::Request& request) {
  auto event = event_of_route(app, request);
  if (!event) return web::error_page(app, request, 404);
  return render_event_page(app, request, *event);
}

http::Response send_event_calendar(App& app, const http::Request& request) {
  auto event = event_of_route(app, request);
  if (!event) return web::error_page(app, request, 404);
  Organiser organiser = app.db->read([&](db::Connection& c) { return find_organiser(c, *event); });
  ical::Calendar calendar;
  calendar.events.push_back(
      calendar_event(app, *event, organiser, load_themes(app), Audience::Public, app.clock.now()));
  return calendar_response(ical::write_calendar(calendar), event->slug + ".ics");
}

// A flyer's short link: /b/k3m9px, typed from paper or scanned from the QR code.
http::Response follow_short_link(App& app, const http::Request& request) {
  auto event = app.db->read([&](db::Connection& c) { return find_event_by_short_code(c, request.route.at("code")); });
  if (!event) return web::error_page(app, request, 404);
  return http::Response::redirect("/bijeenkomsten/" + event->slug, 302);
}

http::Response show_new_form(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  if (!can_create(app, request.viewer)) return web::error_page(app, request, 403);
  EventForm form;
  auto organisers = organiser_choices(app, request.viewer);
  // One choice, or the foundation for LinkingPins and staff, is chosen already; a beheerder of
  // several initiatives picks one.
  if (!organisers.empty() && (organisers.size() == 1 || organisers[0].value == kFoundationValue))
    form.organiser = organisers[0].value;
  return render_form(app, request, form, nullptr, 200);
}

http::Response create(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  if (!can_create(app, request.viewer)) return web::error_page(app, request, 403);
  EventForm form = EventForm::from_request(request);
  if (!form.validate(load_themes(app), organiser_choices(app, request.viewer), app.clock.now()))
    return render_form(app, request, form, nullptr, 422);
  Event event;
  form.apply_to(event);
  locate_venue(app, event);
  auto created = create_event(app, actor_of(request), event);
  if (!created) return web::page_for_error(app, request, created.error());
  app.notify_content_changed({"event", created->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/bijeenkomsten/" + created->slug, texts::kCreated);
}

http::Response show_edit_form(App& app, const http::Request& request) {
  Event event;
  if (auto denied = require_organiser(app, request, event)) return *denied;
  if (event.cancelled())
    return web::redirect_with_flash(app, "/bijeenkomsten/" + event.slug, texts::kCannotChangeCancelled, "error");
  return render_form(app, request, EventForm::from_event(event), &event, 200);
}

http::Response update(App& app, const http::Request& request) {
  Event before;
  if (auto denied = require_organiser(app, request, before)) return *denied;
  if (before.cancelled())
    return web::redirect_with_flash(app, "/bijeenkomsten/" + before.slug, texts::kCannotChangeCancelled, "error");
  EventForm form = EventForm::from_request(request);
  if (!form.validate(load_themes(app), organiser_choices(app, request.viewer, &before), app.clock.now(),
                     before.starts_at))
    return render_form(app, request, form, &before, 422);
  Event after = before;
  form.apply_to(after);
  locate_venue(app, after, &before);
  auto saved = save_event_changes(app, actor_of(request), before, after);
  if (!saved) return web::page_for_error(app, request, saved.error());
  app.notify_content_changed({"event", saved->event.id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/bijeenkomsten/" + saved->event.slug,
                                  saved->mailed > 0 ? texts::kSavedAndMailed : texts::kSaved);
}

}  // namespace omzien::events
