// Handlers of bijeenkomsten: the agenda and its feed, event pages, the organiser's form and tools,
// registering and the personal link, the session kit.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// The agenda (agenda_handlers.cc).
http::Response show_agenda(App& app, const http::Request& request);
http::Response show_past_events(App& app, const http::Request& request);
http::Response send_feed(App& app, const http::Request& request);

// One event and the organiser's form (event_handlers.cc).
http::Response show_event(App& app, const http::Request& request);
http::Response send_event_calendar(App& app, const http::Request& request);
http::Response follow_short_link(App& app, const http::Request& request);
http::Response show_new_form(App& app, const http::Request& request);
http::Response create(App& app, const http::Request& request);
http::Response show_edit_form(App& app, const http::Request& request);
http::Response update(App& app, const http::Request& request);

// Postponing, cancelling, the verslag (status_handlers.cc).
http::Response show_postpone_form(App& app, const http::Request& request);
http::Response postpone(App& app, const http::Request& request);
http::Response show_cancel_form(App& app, const http::Request& request);
http::Response cancel(App& app, const http::Request& request);
http::Response show_report_form(App& app, const http::Request& request);
http::Response save_report(App& app, const http::Request& request);

// Registering and the personal link (registration_handlers.cc).
http::Response register_person(App& app, const http::Request& request);
http::Response show_registration_link(App& app, const http::Request& request);
http::Response cancel_by_link(App& app, const http::Request& request);
http::Response rename_by_link(App& app, const http::Request& request);
http::Response show_own_registration(App& app, const http::Request& request);
http::Response send_personal_calendar(App& app, const http::Request& request);

// The organiser's list, messages and the session kit (kit_handlers.cc, checkin_handlers.cc).
http::Response show_attendees(App& app, const http::Request& request);
http::Response send_attendees_csv(App& app, const http::Request& request);
http::Response show_message_form(App& app, const http::Request& request);
http::Response send_message(App& app, const http::Request& request);
http::Response show_flyer(App& app, const http::Request& request);
http::Response show_sign_up_sheet(App& app, const http::Request& request);
http::Response show_check_in(App& app, const http::Request& request);
http::Response check_in(App& app, const http::Request& request);
http::Response add_walk_in(App& app, const http::Request& request);

}  // namespace omzien::events
