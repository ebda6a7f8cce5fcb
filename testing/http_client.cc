#include "testing/http_client.h"

#include <curl/curl.h>
#include <strings.h>

#include <memory>
#include <stdexcept>

#include "core/text.h"

namespace omzien::test {
namespace {

std::size_t collect_body(char* data, std::size_t size, std::size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

std::size_t collect_header(char* data, std::size_t size, std::size_t count, void* target) {
  std::string_view line(data, size * count);
  auto* headers = static_cast<std::vector<std::pair<std::string, std::string>>*>(target);
  auto colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name(line.substr(0, colon));
    headers->emplace_back(name, trim(line.substr(colon + 1)));
  }
  return size * count;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      auto semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i < 8) {
        std::string_view entity = text.substr(i + 1, semi - i - 1);
        const char* replacement = entity == "amp" ? "&" : entity == "lt" ? "<" : entity == "gt" ? ">"
                                  : entity == "quot" ? "\"" : entity == "apos" || entity == "#39" ? "'" : nullptr;
        if (replacement) {
          out += replacement;
          i = semi;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string HttpResult::header(std::string_view name) const {
  for (const auto& [key, value] : headers)
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) return value;
  return {};
}

std::vector<std::string> HttpResult::headers_named(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : headers)
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), name.size()) == 0) out.push_back(value);
  return out;
}

HttpClient::HttpClient(std::string base_url) : base_url_(std::move(base_url)) {}

std::string HttpClient::cookie(const std::string& name) const {
  auto it = cookies_.find(name);
  return it == cookies_.end() ? std::string() : it->second;
}

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += url_encode(name) + "=" + url_encode(value);
  }
  return out;
}

HttpResult HttpClient::perform(std::string_view method, std::string_view path, std::string_view content_type,
                               std::string body, const std::vector<std::pair<std::string, std::string>>& headers) {
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  HttpResult result;
  std::string url = base_url_ + std::string(path);
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, collect_body);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &result.body);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERFUNCTION, collect_header);
  curl_easy_setopt(curl.get(), CURLOPT_HEADERDATA, &result.headers);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  struct curl_slist* list = nullptr;
  std::string cookie_header;
  for (const auto& [name, value] : cookies_) cookie_header += (cookie_header.empty() ? "" : "; ") + name + "=" + value;
  if (!cookie_header.empty()) list = curl_slist_append(list, ("Cookie: " + cookie_header).c_str());
  for (const auto& [name, value] : headers) list = curl_slist_append(list, (name + ": " + value).c_str());
  if (method == "HEAD") {
    curl_easy_setopt(curl.get(), CURLOPT_NOBODY, 1L);
  } else if (method == "POST") {
    list = curl_slist_append(list, ("Content-Type: " + std::string(content_type)).c_str());
    curl_easy_setopt(curl.get(), CURLOPT_POST, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  list = curl_slist_append(list, "Expect:");
  curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, list);
  CURLcode rc = curl_easy_perform(curl.get());
  curl_slist_free_all(list);
  if (rc != CURLE_OK) throw std::runtime_error(std::string("http request failed: ") + curl_easy_strerror(rc));
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  result.status = static_cast<int>(status);
  remember(result);
  return result;
}

void HttpClient::remember(const HttpResult& result) {
  for (const auto& value : result.headers_named("Set-Cookie")) {
    auto eq = value.find('=');
    auto semi = value.find(';');
    if (eq == std::string::npos) continue;
    std::string name = value.substr(0, eq);
    std::string cookie_value = value.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
    bool deleted = value.find("Max-Age=0") != std::string::npos || cookie_value.empty();
    if (deleted) cookies_.erase(name);
    else cookies_[name] = cookie_value;
  }
  std::string token = input_value(result.body, "csrf_token");
  if (!token.empty()) csrf_token_ = token;
}

HttpResult HttpClient::get(std::string_view path, const std::vector<std::pair<std::string, std::string>>& headers) {
  return perform("GET", path, "", "", headers);
}

HttpResult HttpClient::head(std::string_view path) { return perform("HEAD", path, "", "", {}); }

HttpResult HttpClient::post(std::string_view path, std::vector<std::pair<std::string, std::string>> fields,
                            const std::vector<std::pair<std::string, std::string>>& headers) {
  bool has_token = false;
  for (const auto& [name, value] : fields) has_token = has_token || name == "csrf_token";
  if (!has_token && !csrf_token_.empty()) fields.emplace_back("csrf_token", csrf_token_);
  return perform("POST", path, "application/x-www-form-urlencoded", form_encode(fields), headers);
}

HttpResult HttpClient::post_multipart(std::string_view path, std::vector<std::pair<std::string, std::string>> fields,
                                      const std::vector<FilePart>& files) {
  bool has_token = false;
  for (const auto& [name, value] : fields) has_token = has_token || name == "csrf_token";
  if (!has_token && !csrf_token_.empty()) fields.emplace_back("csrf_token", csrf_token_);
  const std::string boundary = "----omzientestboundary7MA4YWxkTrZu0gW";
  std::string body;
  for (const auto& [name, value] : fields)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  for (const auto& file : files)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field + "\"; filename=\"" +
            file.filename + "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n" + file.data + "\r\n";
  body += "--" + boundary + "--\r\n";
  return perform("POST", path, "multipart/form-data; boundary=" + boundary, std::move(body), {});
}

HttpResult HttpClient::post_raw(std::string_view path, std::string_view content_type, std::string_view body,
                                const std::vector<std::pair<std::string, std::string>>& headers) {
  return perform("POST", path, content_type, std::string(body), headers);
}

HttpResult HttpClient::follow(const HttpResult& result) {
  HttpResult current = result;
  for (int hops = 0; hops < 10 && current.status >= 300 && current.status < 400; ++hops) {
    std::string location = current.location();
    if (location.rfind(base_url_, 0) == 0) location = location.substr(base_url_.size());
    current = get(location);
  }
  return current;
}

HttpResult HttpClient::get_following(std::string_view path) { return follow(get(path)); }

std::string input_value(std::string_view html, std::string_view name) {
  std::string needle = "name=\"" + std::string(name) + "\"";
  auto at = html.find(needle);
  if (at == std::string_view::npos) return {};
  auto tag_start = html.rfind('<', at);
  auto tag_end = html.find('>', at);
  if (tag_start == std::string_view::npos || tag_end == std::string_view::npos) return {};
  std::string_view tag = html.substr(tag_start, tag_end - tag_start);
  auto value_at = tag.find("value=\"");
  if (value_at == std::string_view::npos) return {};
  auto value_end = tag.find('"', value_at + 7);
  return decode_entities(tag.substr(value_at + 7, value_end - value_at - 7));
}

std::string enclosing_tag(std::string_view html, std::string_view element, std::string_view name) {
  auto field = html.find("name=\"" + std::string(name) + "\"");
  if (field == std::string_view::npos) return {};
  std::string open = "<" + std::string(element);
  std::string close = "</" + std::string(element) + ">";
  // Walk back over the elements closed before the field until one is still open at the field.
  int closed = 0;
  for (auto at = field; at > 0;) {
    auto open_at = html.rfind(open, at - 1);
    auto close_at = html.rfind(close, at - 1);
    if (open_at == std::string_view::npos) return {};
    if (close_at != std::string_view::npos && close_at > open_at) {
      ++closed;
      at = close_at;
      continue;
    }
    if (closed == 0) return std::string(html.substr(open_at, html.find('>', open_at) - open_at + 1));
    --closed;
    at = open_at;
  }
  return {};
}

bool page_says(std::string_view html, std::string_view text) {
  std::string visible;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') {
      in_tag = false;
      visible += ' ';
    } else if (!in_tag) visible += c;
  }
  std::string decoded = decode_entities(visible);
  // Collapse whitespace so line breaks in templates do not matter.
  std::string collapsed;
  for (char c : decoded) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  return collapsed.find(text) != std::string::npos;
}

}  // namespace omzien::test
