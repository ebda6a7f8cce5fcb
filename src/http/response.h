// An HTTP response as handlers build it. The web pipeline adds security headers,
// cookies and caching around it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omzien::http {

// Whether the pipeline may keep this page for anonymous visitors until data changes.
enum class PageCaching { No, PublicPage };

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<std::string> set_cookies;  // full Set-Cookie values
  PageCaching caching = PageCaching::No;
  // Set only for files the server streams from disk (static files, photos).
  std::string file_path;

  void set_header(std::string_view name, std::string value);
  // The value of header `name`, or "" when not set.
  std::string header(std::string_view name) const;
  bool has_header(std::string_view name) const;

  static Response redirect(std::string location, int status = 303);
  static Response text(int status, std::string body);
  static Response json(int status, std::string body);
};

}  // namespace omzien::http
