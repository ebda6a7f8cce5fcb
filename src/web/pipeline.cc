#include "web/pipeline.h"

#include <chrono>

#include "app/app.h"
#include "core/crypto.h"
#include "core/log.h"
#include "core/text.h"
#include "http/parsers.h"
#include "web/cookies.h"
#include "web/page.h"
#include "web/texts.h"

namespace omzien::web {
namespace {

// Parses the body of a POST into form fields and files. False when a multipart body is malformed.
bool parse_body(http::Request& request) {
  std::string content_type = to_lower_ascii(request.header("Content-Type"));
  if (content_type.rfind("application/x-www-form-urlencoded", 0) == 0) {
    request.form = http::parse_urlencoded(request.body);
    return true;
  }
  if (auto boundary = http::multipart_boundary(request.header("Content-Type"))) {
    auto parsed = http::parse_multipart(request.body, *boundary);
    if (!parsed) return false;
    request.form = std::move(parsed->fields);
    request.files = std::move(parsed->files);
    return true;
  }
  return true;
}

std::string origin_of(std::string_view url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  auto path_start = url.find('/', scheme_end + 3);
  return to_lower_ascii(url.substr(0, path_start));
}

// A POST must carry the token of this browser's CSRF cookie, and must not come from another
// site (Origin and Sec-Fetch-Site, which every current browser sends).
bool csrf_accepted(const App& app, const http::Request& request, const std::string& cookie_value) {
  std::string origin = request.header("Origin");
  std::string fetch_site = request.header("Sec-Fetch-Site");
  // Pages sent with Referrer-Policy: no-referrer (login) make browsers send "Origin: null" on
  // their own forms; that is fine when the browser also says the form is from this site.
  bool opaque_but_same_site = origin == "null" && (fetch_site == "same-origin" || fetch_site.empty());
  if (!origin.empty() && !opaque_but_same_site && to_lower_ascii(origin) != origin_of(app.config.base_url)) return false;
  if (fetch_site == "cross-site" || fetch_site == "same-site") return false;
  if (cookie_value.empty()) return false;
  std::string sent = request.form.get("csrf_token");
  if (sent.empty()) sent = request.header("X-CSRF-Token");
  return constant_time_equal(sent, csrf_token_for(app, cookie_value));
}

void read_flash(const App& app, http::Request& request) {
  std::string cookie = request.cookie(cookie_name(app, "flash"));
  if (cookie.empty()) return;
  auto payload = verify_signed(app, cookie);
  if (!payload) return;
  std::string decoded = url_decode(*payload, false);
  auto bar = decoded.find('|');
  if (bar == std::string::npos) return;
  request.flash_kind = decoded.substr(0, bar);
  request.flash = decoded.substr(bar + 1);
}

std::string image_sources(const App& app) {
  std::string sources = "'self' data:";
  std::string tiles = origin_of(app.config.map_tile_url);
  if (tiles.rfind("https://", 0) == 0 || tiles.rfind("http://", 0) == 0) sources += " " + tiles;
  return sources;
}

bool is_html(const http::Response& response) { return response.content_type.rfind("text/html", 0) == 0; }

}  // namespace

std::string csrf_token_for(const App& app, std::string_view cookie_value) {
  return keyed_hash(app.secret, "csrf:" + std::string(cookie_value)).substr(0, 43);
}

void add_security_headers(const App& app, http::Response& response) {
  if (!response.has_header("Content-Security-Policy")) {
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + image_sources(app) +
                            "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
                            " form-action 'self'; frame-ancestors 'none'");
  }
  if (!response.has_header("X-Frame-Options") &&
      response.header("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos)
    response.set_header("X-Frame-Options", "DENY");
  response.set_header("X-Content-Type-Options", "nosniff");
  if (!response.has_header("Referrer-Policy")) response.set_header("Referrer-Policy", "strict-origin-when-cross-origin");
  response.set_header("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), interest-cohort=()");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (app.config.base_url_is_https())
    response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

http::Response refusal_response(App& app, http::ServerRefusal refusal) {
  http::Request request;  // no visitor context: a plain page in the layout
  int status = refusal == http::ServerRefusal::BodyTooLarge         ? 413
               : refusal == http::ServerRefusal::TooManyConnections ? 503
                                                                    : 400;
  http::Response response = error_page(app, request, status);
  if (status == 503) response.set_header("Retry-After", "10");
  add_security_headers(app, response);
  return response;
}

http::Response handle_request(App& app, const http::Router& router, http::Request& request) {
  auto started = std::chrono::steady_clock::now();
  std::string route_name = "(static)";
  http::Response response;
  if (auto file = app.static_files->serve(request)) {
    response = std::move(*file);
    add_security_headers(app, response);
    return response;
  }

  if (app.config.trust_proxy_headers && !request.header("X-Real-IP").empty()) request.remote_ip = request.header("X-Real-IP");
  request.query = http::parse_urlencoded(request.query_string);
  request.cookies = http::parse_cookie_header(request.header("Cookie"));
  std::string csrf_cookie = request.cookie(cookie_name(app, "csrf"));
  bool new_csrf_cookie = csrf_cookie.empty();
  if (new_csrf_cookie) csrf_cookie = random_token(24);
  request.csrf_token = csrf_token_for(app, csrf_cookie);
  read_flash(app, request);
  bool had_flash = !request.flash.empty();

  auto lookup = router.find(request);
  bool body_ok = request.method != http::Method::Post || parse_body(request);
  try {
    if (app.identify_viewer) app.identify_viewer(app, request);
    const bool anonymous_get = (request.method == http::Method::Get || request.method == http::Method::Head) &&
                               !request.viewer.logged_in() && !had_flash;
    std::optional<CachedPage> cached;
    if (anonymous_get && lookup.match == http::Router::Match::Found)
      cached = app.page_cache.find(request.target, app.db->change_count());
    if (cached) {
      response.status = cached->status;
      response.content_type = cached->content_type;
      response.body = std::move(cached->body);
      response.headers = std::move(cached->headers);
      route_name = "(cached)";
    } else if (!body_ok) {
      response = render_page(app, request, "core/error",
                             View().set("title", texts::kBadMultipartTitle).set("message", texts::kBadMultipart),
                             {.title = texts::kBadMultipartTitle, .status = 400});
    } else if (lookup.match == http::Router::Match::NotFound) {
      response = error_page(app, request, 404);
      route_name = "(none)";
    } else if (lookup.match == http::Router::Match::MethodNotAllowed) {
      response = error_page(app, request, 405);
      response.set_header("Allow", lookup.allow);
      route_name = "(method)";
    } else if (request.method == http::Method::Post && !lookup.csrf_exempt &&
               !csrf_accepted(app, request, new_csrf_cookie ? std::string() : csrf_cookie)) {
      response = render_page(app, request, "core/error",
                             View().set("title", texts::kCsrfTitle).set("message", texts::kCsrfMessage),
                             {.title = texts::kCsrfTitle, .status = 403});
      route_name = "(csrf refused)";
    } else {
      response = (*lookup.handler)(request);
      if (response.status == 404 && response.body.empty()) response = error_page(app, request, 404);
      if (response.status == 403 && response.body.empty()) response = error_page(app, request, 403);
      route_name = lookup.pattern;
      if (anonymous_get && response.caching == http::PageCaching::PublicPage && response.status == 200 &&
          response.set_cookies.empty()) {
        CachedPage page{response.status, response.content_type, response.body,
                        "\"" + hash_token(response.body).substr(0, 20) + "\"", response.headers};
        page.headers.emplace_back("ETag", page.etag);
        page.headers.emplace_back("Cache-Control", "public, max-age=0, must-revalidate");
        response.headers = page.headers;
        app.page_cache.store(request.target, app.db->change_count(), std::move(page));
      }
    }
  } catch (const std::exception& e) {
    log_error("request failed: {}", e.what());
    response = error_page(app, request, 500);
  }

  // Browsers revalidate public pages with If-None-Match; answer 304 when nothing changed.
  std::string etag = response.header("ETag");
  if (!etag.empty() && request.header("If-None-Match") == etag && response.status == 200) {
    response.status = 304;
    response.body.clear();
  }
  if (is_html(response) && !response.has_header("Cache-Control"))
    response.set_header("Cache-Control", request.viewer.logged_in() ? "private, no-store" : "no-cache");
  if (had_flash) response.set_cookies.push_back(set_cookie(app, "flash", "", 0));
  if (new_csrf_cookie && is_html(response) && response.header("ETag").empty())
    response.set_cookies.push_back(set_cookie(app, "csrf", csrf_cookie, -1));
  add_security_headers(app, response);

  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  log_info("{} {} {} {}us", request.method == http::Method::Post ? "POST" : "GET", route_name, response.status,
            elapsed.count());
  return response;
}

}  // namespace omzien::web
