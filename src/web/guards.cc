#include "web/guards.h"

#include "app/app.h"
#include "core/text.h"
#include "web/page.h"

namespace omzien::web {

std::string local_path_or_home(std::string_view path) {
  if (path.size() < 1 || path.size() > 500 || path[0] != '/' || (path.size() > 1 && (path[1] == '/' || path[1] == '\\')))
    return "/";
  if (has_control_characters(path)) return "/";
  return std::string(path);
}

std::optional<http::Response> require_login(const App& app, const http::Request& request) {
  (void)app;
  if (request.viewer.logged_in()) return std::nullopt;
  std::string back = request.method == http::Method::Get ? request.target : "/";
  return http::Response::redirect("/inloggen?verder=" + url_encode(back));
}

std::optional<http::Response> require_staff(const App& app, const http::Request& request) {
  if (auto login = require_login(app, request)) return login;
  if (request.viewer.is_staff()) return std::nullopt;
  if (request.viewer.staff) return http::Response::redirect("/beheer/tweede-stap");
  return error_page(app, request, 403);
}

std::optional<http::Response> require_staff_or_linking_pin(const App& app, const http::Request& request) {
  if (auto login = require_login(app, request)) return login;
  if (request.viewer.is_staff() || request.viewer.is_linking_pin()) return std::nullopt;
  if (request.viewer.staff) return http::Response::redirect("/beheer/tweede-stap");
  return error_page(app, request, 403);
}

}  // namespace omzien::web
