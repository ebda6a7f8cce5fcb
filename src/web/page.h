// Pages in the site layout: a feature renders its body template, this puts it in the layout
// with the header, navigation, search box, flash message and footer.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/view.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::web {

struct PageOptions {
  std::string title;                 // "Inloggen"; the layout adds " – Omzien"
  int status = 200;
  http::PageCaching caching = http::PageCaching::No;
  std::string head;                  // extra <head> HTML rendered from a template (Open Graph, JSON-LD)
  std::vector<std::string> scripts;  // static paths, e.g. "js/map.js" (deferred)
  std::vector<std::string> styles;   // static paths, e.g. "vendor/leaflet/leaflet.css"
  std::string search_query;          // shown in the header search box
  std::string main_class;            // extra class on <main>, e.g. "wide" for maps
  bool no_referrer = false;          // login pages: Referrer-Policy: no-referrer
};

// Renders `template_name` with `view` (plus "csrf_token" and "viewer") into the layout.
http::Response render_page(const App& app, const http::Request& request, std::string_view template_name,
                           View view, PageOptions options);

// A Dutch error page (404, 403, 500, ...) in the layout.
http::Response error_page(const App& app, const http::Request& request, int status);
// The page for an Error: NotFound 404, Forbidden 403, Conflict 409, Invalid 400, others 500.
http::Response page_for_error(const App& app, const http::Request& request, const Error& error);

// A 303 redirect that shows `message` once on the next page.
http::Response redirect_with_flash(const App& app, std::string location, std::string_view message,
                                   std::string_view kind = "ok");

// Field errors for a form template: {"errors": {"email": "..."}, "has_errors": true,
// "error_list": [{"field": "email", "message": "..."}]} merged into `view`.
void add_form_errors(View& view, const std::map<std::string, std::string>& errors);

// "csrf_token" and "viewer" members every page template may use.
View base_view(const http::Request& request);

}  // namespace omzien::web
