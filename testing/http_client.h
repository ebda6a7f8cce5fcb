// An HTTP client for tests (libcurl) that behaves like one browser: it keeps its own cookies,
// does not follow redirects unless asked, and can pick the CSRF token out of a page.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omzien::test {

struct HttpResult {
  int status = 0;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // The first header called `name` (any case), "" when absent.
  std::string header(std::string_view name) const;
  std::vector<std::string> headers_named(std::string_view name) const;
  std::string location() const { return header("Location"); }
};

struct FilePart {
  std::string field;
  std::string filename;
  std::string content_type;
  std::string data;
};

class HttpClient {
 public:
  explicit HttpClient(std::string base_url);

  HttpResult get(std::string_view path, const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpResult head(std::string_view path);
  // A url-encoded POST; adds the CSRF token of the last page seen unless `fields` has one.
  HttpResult post(std::string_view path, std::vector<std::pair<std::string, std::string>> fields,
                  const std::vector<std::pair<std::string, std::string>>& headers = {});
  // A multipart POST with files.
  HttpResult post_multipart(std::string_view path, std::vector<std::pair<std::string, std::string>> fields,
                            const std::vector<FilePart>& files);
  // A POST with a raw body and content type, no CSRF token added.
  HttpResult post_raw(std::string_view path, std::string_view content_type, std::string_view body,
                      const std::vector<std::pair<std::string, std::string>>& headers = {});
  // GET that follows redirects (up to 10) and returns the final page.
  HttpResult get_following(std::string_view path);
  // Follows the Location of `result` when it is a redirect.
  HttpResult follow(const HttpResult& result);

  // The CSRF token of the last HTML page received, "" if none.
  const std::string& csrf_token() const { return csrf_token_; }
  void set_csrf_token(std::string token) { csrf_token_ = std::move(token); }
  std::map<std::string, std::string>& cookies() { return cookies_; }
  std::string cookie(const std::string& name) const;
  void clear_cookies() { cookies_.clear(); }
  const std::string& base_url() const { return base_url_; }

 private:
  HttpResult perform(std::string_view method, std::string_view path, std::string_view content_type, std::string body,
                     const std::vector<std::pair<std::string, std::string>>& headers);
  void remember(const HttpResult& result);
  std::string base_url_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_token_;
};

// "a=1&b=%C3%A9" from pairs.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);
// The value of <input name="NAME" value="..."> in `html`, HTML entities decoded; "" if absent.
std::string input_value(std::string_view html, std::string_view name);
// Whether the visible text of `html` contains `text` (entities decoded, tags stripped).
bool page_says(std::string_view html, std::string_view text);
// The opening tag (e.g. `<details class="x" open>`) of the innermost `element` that holds the first
// field name="NAME" in `html`; "" if the field is absent or not inside such an element.
std::string enclosing_tag(std::string_view html, std::string_view element, std::string_view name);

}  // namespace omzien::test
