#include "web/page.h"

#include "app/app.h"
#include "core/templates.h"
#include "core/text.h"
#include "web/cookies.h"
#include "web/texts.h"

namespace omzien::web {
namespace {

View viewer_view(const Viewer& viewer) {
  View v;
  v.set("logged_in", viewer.logged_in());
  v.set("name", viewer.display_name());
  v.set("is_staff", viewer.is_staff());
  v.set("is_linking_pin", viewer.is_linking_pin());
  return v;
}

View asset_list(const App& app, const std::vector<std::string>& paths) {
  View list = View::list();
  for (const auto& path : paths) list.push(View().set("url", app.static_files->url(path)));
  return list;
}

View navigation_view(const App& app, const http::Request& request) {
  View list = View::list();
  for (const auto& item : app.navigation) {
    bool current = request.path == item.path || request.path.rfind(item.path + "/", 0) == 0;
    list.push(View().set("label", item.label).set("path", item.path).set("current", current));
  }
  return list;
}

}  // namespace

View base_view(const http::Request& request) {
  View view;
  view.set("csrf_token", request.csrf_token);
  view.set("viewer", viewer_view(request.viewer));
  return view;
}

http::Response render_page(const App& app, const http::Request& request, std::string_view template_name,
                           View view, PageOptions options) {
  view.set("csrf_token", request.csrf_token);
  view.set("viewer", viewer_view(request.viewer));
  View layout;
  layout.set("body", render_template(template_name, view));
  layout.set("title", options.title.empty() ? app.config.site_name : options.title + " – " + app.config.site_name);
  layout.set("site_name", app.config.site_name);
  layout.set("head", options.head);
  layout.set("main_class", options.main_class);
  layout.set("css_components", app.static_files->url("vendor/utrecht/index.css"));
  layout.set("css_site", app.static_files->url("css/omzien.css"));
  layout.set("css_print", app.static_files->url("css/print.css"));
  layout.set("js_site", app.static_files->url("js/omzien.js"));
  layout.set("icon", app.static_files->url("img/omzien.svg"));
  layout.set("scripts", asset_list(app, options.scripts));
  layout.set("styles", asset_list(app, options.styles));
  layout.set("viewer", viewer_view(request.viewer));
  layout.set("csrf_token", request.csrf_token);
  layout.set("navigation", navigation_view(app, request));
  layout.set("search_query", options.search_query);
  layout.set("home_current", request.path == "/");
  layout.set("login_current", request.path.rfind("/inloggen", 0) == 0);
  layout.set("flash", request.flash);
  layout.set("has_flash", !request.flash.empty());
  layout.set("flash_is_error", request.flash_kind == "error");
  http::Response response;
  response.status = options.status;
  response.caching = options.caching;
  response.body = render_template("core/layout", layout);
  if (options.no_referrer) response.set_header("Referrer-Policy", "no-referrer");
  return response;
}

http::Response error_page(const App& app, const http::Request& request, int status) {
  View view;
  std::string_view title = texts::kErrorTitleOther;
  std::string_view message = texts::kErrorMessageOther;
  switch (status) {
    case 400: title = texts::kErrorTitle400; message = texts::kErrorMessage400; break;
    case 403: title = texts::kErrorTitle403; message = texts::kErrorMessage403; break;
    case 404: title = texts::kErrorTitle404; message = texts::kErrorMessage404; break;
    case 405: title = texts::kErrorTitle405; message = texts::kErrorMessage405; break;
    case 409: title = texts::kErrorTitle409; message = texts::kErrorMessage409; break;
    case 413: title = texts::kErrorTitle413; message = texts::kErrorMessage413; break;
    case 429: title = texts::kErrorTitle429; message = texts::kErrorMessage429; break;
    case 500: title = texts::kErrorTitle500; message = texts::kErrorMessage500; break;
    case 503: title = texts::kErrorTitle503; message = texts::kErrorMessage503; break;
    default: break;
  }
  view.set("title", title).set("message", message).set("status", status);
  view.set("is_not_found", status == 404);
  return render_page(app, request, "core/error", std::move(view), {.title = std::string(title), .status = status});
}

http::Response page_for_error(const App& app, const http::Request& request, const Error& error) {
  switch (error.kind) {
    case ErrorKind::NotFound: return error_page(app, request, 404);
    case ErrorKind::Forbidden: return error_page(app, request, 403);
    case ErrorKind::Conflict: return error_page(app, request, 409);
    case ErrorKind::Invalid: return error_page(app, request, 400);
    case ErrorKind::Unavailable: return error_page(app, request, 503);
    case ErrorKind::Internal: break;
  }
  return error_page(app, request, 500);
}

http::Response redirect_with_flash(const App& app, std::string location, std::string_view message,
                                   std::string_view kind) {
  http::Response response = http::Response::redirect(std::move(location));
  std::string payload = url_encode(std::string(kind) + "|" + std::string(message));
  response.set_cookies.push_back(set_cookie(app, "flash", sign(app, payload), 120));
  return response;
}

void add_form_errors(View& view, const std::map<std::string, std::string>& errors) {
  View by_field;
  View list = View::list();
  for (const auto& [field, message] : errors) {
    by_field.set(field, message);
    list.push(View().set("field", field).set("message", message));
  }
  view.set("errors", by_field);
  view.set("error_list", list);
  view.set("has_errors", !errors.empty());
}

}  // namespace omzien::web
