// Parsers for what browsers send: request targets, url-encoded forms, cookies, multipart bodies.
// Each is fuzzed (fuzz/), takes untrusted bytes and never throws.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.h"

namespace omzien::http {

// "a=1&b=x+y&b=%C3%A9" -> pairs. Invalid UTF-8 is kept as bytes; limits: 1000 pairs.
Params parse_urlencoded(std::string_view text);

struct Target {
  std::string path;          // percent-decoded, "/" separated, no "." or ".." segments
  std::string query_string;  // raw text after '?'
};
// Splits and normalises a request target. nullopt when it is not an origin-form path,
// contains NUL or control characters, or tries to climb above the root with "..".
std::optional<Target> parse_target(std::string_view target);

// "a=1; b=2" -> {a:1, b:2}; the first of duplicate names wins (RFC 6265 §5.4 order).
std::map<std::string, std::string> parse_cookie_header(std::string_view header);

enum class SameSite { Lax, Strict };
struct CookieSpec {
  std::string name;
  std::string value;
  long max_age_seconds = -1;  // -1: session cookie; 0: delete
  bool secure = false;
  bool http_only = true;
  SameSite same_site = SameSite::Lax;
};
// A Set-Cookie value; path is always "/".
std::string build_set_cookie(const CookieSpec& cookie);

// "multipart/form-data; boundary=xyz" -> "xyz", or nullopt.
std::optional<std::string> multipart_boundary(std::string_view content_type);

struct MultipartResult {
  Params fields;
  std::vector<UploadedFile> files;
};
// Parses a multipart/form-data body. nullopt when malformed (no closing boundary, a part without
// headers, more than 200 parts); the caller answers with a Dutch message.
std::optional<MultipartResult> parse_multipart(std::string_view body, std::string_view boundary);

}  // namespace omzien::http
