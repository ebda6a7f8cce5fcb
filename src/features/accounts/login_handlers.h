// Handlers of /inloggen and /uitloggen.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

http::Response show_login_form(App& app, const http::Request& request);
http::Response request_login(App& app, const http::Request& request);
http::Response show_code_form(App& app, const http::Request& request);
http::Response submit_code(App& app, const http::Request& request);
http::Response resend_code(App& app, const http::Request& request);
http::Response show_login_link(App& app, const http::Request& request);
http::Response use_login_link(App& app, const http::Request& request);
http::Response log_out(App& app, const http::Request& request);

}  // namespace omzien::accounts
