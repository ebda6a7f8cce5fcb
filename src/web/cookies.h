// Our cookies: the __Host- prefix and Secure when the site runs on https, HttpOnly and
// SameSite=Lax always. Only session, CSRF and flash cookies exist, so no cookie banner.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace omzien {
struct App;
}

namespace omzien::web {

// "__Host-omzien_session" on https, "omzien_session" on plain http (local development).
std::string cookie_name(const App& app, std::string_view base);
// A Set-Cookie value for `base` with `max_age_seconds` (-1: until the browser closes, 0: delete).
std::string set_cookie(const App& app, std::string_view base, std::string_view value, long max_age_seconds);

// Signs `payload` with the server key: "payload.signature" (for flash messages).
std::string sign(const App& app, std::string_view payload);
// The payload when the signature is right.
std::optional<std::string> verify_signed(const App& app, std::string_view signed_value);

}  // namespace omzien::web
