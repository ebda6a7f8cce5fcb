// What happens around every route, once: static files, form parsing, who is asking, flash
// messages, CSRF, the anonymous page cache, error pages, security headers and the access log.
#pragma once

#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/server.h"

namespace omzien {
struct App;
}

namespace omzien::web {

// Answers one request with the app's routes.
http::Response handle_request(App& app, const http::Router& router, http::Request& request);

// The server's own refusals (bad request, body too large, too many connections), in Dutch.
http::Response refusal_response(App& app, http::ServerRefusal refusal);

// Adds the security headers every response carries (CSP without inline script, nosniff,
// Referrer-Policy, frame-ancestors 'none' unless the handler set its own CSP).
void add_security_headers(const App& app, http::Response& response);

// The CSRF token that belongs to a browser's CSRF cookie value.
std::string csrf_token_for(const App& app, std::string_view cookie_value);

}  // namespace omzien::web
