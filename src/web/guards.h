// Who may open a page: checks every handler of a protected page starts with.
// Returns the response to send instead (login page, second step, or 403), or nullopt to go on.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::web {

// Logged in; otherwise a redirect to the login page that comes back here afterwards.
std::optional<http::Response> require_login(const App& app, const http::Request& request);
// Staff with the second factor done; staff without it go to the second step, others get 403.
std::optional<http::Response> require_staff(const App& app, const http::Request& request);
// Staff or LinkingPin (staff with the second factor done).
std::optional<http::Response> require_staff_or_linking_pin(const App& app, const http::Request& request);

// `path` when it is a path on this site ("/x", not "//x" or "https://..."), else "/".
std::string local_path_or_home(std::string_view path);

}  // namespace omzien::web
