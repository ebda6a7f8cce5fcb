// An HTTP request as handlers see it: parsed path, query, form fields, files and cookies,
// plus who is asking (filled in by the web pipeline). Handlers never see Beast.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/viewer.h"

namespace omzien::http {

enum class Method { Get, Head, Post, Other };

// Ordered name/value pairs (a query string or a form); a name may repeat (checkboxes).
class Params {
 public:
  void add(std::string name, std::string value) { pairs_.emplace_back(std::move(name), std::move(value)); }
  // The first value of `name`, or "" when absent.
  const std::string& get(std::string_view name) const;
  std::optional<std::string> find(std::string_view name) const;
  std::vector<std::string> all(std::string_view name) const;
  bool has(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& pairs() const { return pairs_; }
  bool empty() const { return pairs_.empty(); }

 private:
  std::vector<std::pair<std::string, std::string>> pairs_;
};

struct UploadedFile {
  std::string field;         // form field name
  std::string filename;      // as sent by the browser; never trusted for paths
  std::string content_type;  // as sent; never trusted for the real type
  std::string data;
};

// Header names compare case-insensitively.
struct HeaderNameLess {
  bool operator()(std::string_view a, std::string_view b) const;
  using is_transparent = void;
};
using Headers = std::map<std::string, std::string, HeaderNameLess>;

struct Request {
  Method method = Method::Get;
  std::string target;        // "/zoeken?q=x" as received
  std::string path;          // "/zoeken", percent-decoded, never with ".." segments
  std::string query_string;  // "q=x"
  Params query;
  Params form;               // url-encoded or multipart fields of a POST
  std::vector<UploadedFile> files;
  Headers headers;
  std::map<std::string, std::string> cookies;
  std::string body;
  std::string remote_ip;     // for rate limits in memory only; never logged or stored
  std::map<std::string, std::string> route;  // {slug} and friends from the router

  // Filled in by the web pipeline before a handler runs.
  Viewer viewer;
  std::string csrf_token;  // to put in every form of the page
  std::string flash;       // a one-time message from the previous page
  std::string flash_kind;  // "ok" or "error"

  std::string header(std::string_view name) const;
  std::string cookie(std::string_view name) const;
  bool is_head() const { return method == Method::Head; }
  // The file sent for field `name`, if any (non-empty).
  const UploadedFile* file(std::string_view name) const;
};

}  // namespace omzien::http
