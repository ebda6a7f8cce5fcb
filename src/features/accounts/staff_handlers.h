// Handlers for staff: the second factor, and helping people who cannot get in
// (look someone up, send a login mail, read out a code, change their address).
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

http::Response show_second_factor(App& app, const http::Request& request);
http::Response submit_second_factor(App& app, const http::Request& request);
http::Response show_staff_home(App& app, const http::Request& request);
http::Response find_people(App& app, const http::Request& request);
http::Response show_person(App& app, const http::Request& request);
http::Response send_login_mail_for_person(App& app, const http::Request& request);
http::Response make_phone_code_for_person(App& app, const http::Request& request);
http::Response change_person_email(App& app, const http::Request& request);
http::Response set_person_roles(App& app, const http::Request& request);
http::Response show_outbox(App& app, const http::Request& request);
http::Response show_audit_log(App& app, const http::Request& request);

}  // namespace omzien::accounts
