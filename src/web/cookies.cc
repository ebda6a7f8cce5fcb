#include "web/cookies.h"

#include "app/app.h"
#include "core/crypto.h"
#include "http/parsers.h"

namespace omzien::web {

std::string cookie_name(const App& app, std::string_view base) {
  return (app.config.base_url_is_https() ? "__Host-omzien_" : "omzien_") + std::string(base);
}

std::string set_cookie(const App& app, std::string_view base, std::string_view value, long max_age_seconds) {
  http::CookieSpec spec;
  spec.name = cookie_name(app, base);
  spec.value = std::string(value);
  spec.max_age_seconds = max_age_seconds;
  spec.secure = app.config.base_url_is_https();
  return http::build_set_cookie(spec);
}

std::string sign(const App& app, std::string_view payload) {
  return std::string(payload) + "." + keyed_hash(app.secret, "signed:" + std::string(payload)).substr(0, 32);
}

std::optional<std::string> verify_signed(const App& app, std::string_view signed_value) {
  auto dot = signed_value.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string payload(signed_value.substr(0, dot));
  std::string expected = keyed_hash(app.secret, "signed:" + payload).substr(0, 32);
  if (!constant_time_equal(expected, signed_value.substr(dot + 1))) return std::nullopt;
  return payload;
}

}  // namespace omzien::web
