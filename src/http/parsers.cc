#include "http/parsers.h"

#include <strings.h>

#include "core/text.h"

namespace omzien::http {
namespace {

constexpr std::size_t kMaxPairs = 1000;
constexpr std::size_t kMaxParts = 200;

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool starts_with_icase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && strncasecmp(text.data(), prefix.data(), prefix.size()) == 0;
}

// The value of `name` in a header like `form-data; name="x"; filename="y"`.
std::optional<std::string> header_parameter(std::string_view header, std::string_view name) {
  std::size_t pos = 0;
  while (pos < header.size()) {
    std::size_t semi = header.find(';', pos);
    if (semi == std::string_view::npos) return std::nullopt;
    pos = semi + 1;
    std::string_view rest = trim_view(header.substr(pos));
    if (!starts_with_icase(rest, name) || rest.size() <= name.size() || rest[name.size()] != '=') continue;
    std::string_view value = rest.substr(name.size() + 1);
    if (!value.empty() && value.front() == '"') {
      std::string out;
      for (std::size_t i = 1; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) out += value[++i];
        else if (value[i] == '"') return out;
        else out += value[i];
      }
      return std::nullopt;  // unterminated quote
    }
    std::size_t end = value.find(';');
    return std::string(trim_view(value.substr(0, end)));
  }
  return std::nullopt;
}

}  // namespace

Params parse_urlencoded(std::string_view text) {
  Params params;
  std::size_t count = 0;
  std::size_t start = 0;
  while (start <= text.size() && count < kMaxPairs) {
    std::size_t amp = text.find('&', start);
    std::string_view pair = text.substr(start, amp == std::string_view::npos ? std::string_view::npos : amp - start);
    if (!pair.empty()) {
      std::size_t eq = pair.find('=');
      std::string name = url_decode(pair.substr(0, eq));
      std::string value = eq == std::string_view::npos ? std::string() : url_decode(pair.substr(eq + 1));
      if (!name.empty()) {
        params.add(std::move(name), std::move(value));
        ++count;
      }
    }
    if (amp == std::string_view::npos) break;
    start = amp + 1;
  }
  return params;
}

std::optional<Target> parse_target(std::string_view target) {
  if (target.empty() || target.front() != '/' || target.size() > 8192) return std::nullopt;
  Target out;
  std::size_t question = target.find('?');
  std::string_view raw_path = target.substr(0, question);
  if (question != std::string_view::npos) out.query_string = std::string(target.substr(question + 1));
  std::size_t hash = out.query_string.find('#');
  if (hash != std::string::npos) out.query_string.resize(hash);
  std::string decoded = url_decode(raw_path, false);
  for (unsigned char c : decoded)
    if (c < 0x20 || c == 0x7F) return std::nullopt;
  std::vector<std::string> segments;
  for (auto& segment : split(decoded, '/')) {
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") return std::nullopt;  // never climb; a browser never sends this
    if (segment.find('\\') != std::string::npos) return std::nullopt;
    segments.push_back(std::move(segment));
  }
  out.path = "/";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i) out.path += '/';
    out.path += segments[i];
  }
  // Keep a trailing slash only for the root, so "/initiatieven/" and "/initiatieven" are one page.
  return out;
}

std::map<std::string, std::string> parse_cookie_header(std::string_view header) {
  std::map<std::string, std::string> cookies;
  for (const auto& part : split(header, ';')) {
    std::string_view item = trim_view(part);
    std::size_t eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string name(trim_view(item.substr(0, eq)));
    std::string_view value = trim_view(item.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (name.size() > 128 || value.size() > 4096) continue;
    cookies.emplace(std::move(name), std::string(value));
    if (cookies.size() >= 64) break;
  }
  return cookies;
}

std::string build_set_cookie(const CookieSpec& cookie) {
  std::string out = cookie.name + "=" + cookie.value + "; Path=/";
  if (cookie.max_age_seconds >= 0) out += "; Max-Age=" + std::to_string(cookie.max_age_seconds);
  if (cookie.secure) out += "; Secure";
  if (cookie.http_only) out += "; HttpOnly";
  out += cookie.same_site == SameSite::Strict ? "; SameSite=Strict" : "; SameSite=Lax";
  return out;
}

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  if (!starts_with_icase(trim_view(content_type), "multipart/form-data")) return std::nullopt;
  auto boundary = header_parameter(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 200) return std::nullopt;
  return boundary;
}

std::optional<MultipartResult> parse_multipart(std::string_view body, std::string_view boundary) {
  MultipartResult result;
  const std::string delimiter = "--" + std::string(boundary);
  std::size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return std::nullopt;
  std::size_t parts = 0;
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return result;  // closing delimiter
    if (body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    if (++parts > kMaxParts) return std::nullopt;
    std::size_t header_end = body.find("\r\n\r\n", pos);
    if (header_end == std::string_view::npos) return std::nullopt;
    std::string_view head = body.substr(pos, header_end - pos);
    std::size_t content_start = header_end + 4;
    std::size_t next = body.find("\r\n" + delimiter, content_start);
    if (next == std::string_view::npos) return std::nullopt;
    std::string_view content = body.substr(content_start, next - content_start);

    std::optional<std::string> name, filename;
    std::string content_type;
    for (const auto& line : split(head, '\n')) {
      std::string_view header = trim_view(line);
      if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
      if (starts_with_icase(header, "content-disposition:")) {
        std::string_view value = header.substr(20);
        name = header_parameter(value, "name");
        filename = header_parameter(value, "filename");
      } else if (starts_with_icase(header, "content-type:")) {
        content_type = std::string(trim_view(header.substr(13)));
      }
    }
    if (!name) return std::nullopt;
    if (filename) {
      // Browsers send an empty part for an unused file input; skip it.
      if (!filename->empty() || !content.empty())
        result.files.push_back({*name, *filename, content_type, std::string(content)});
    } else {
      result.fields.add(*name, std::string(content));
    }
    pos = next + 2;
  }
}

}  // namespace omzien::http
