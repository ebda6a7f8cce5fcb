#include <strings.h>

#include "http/request.h"
#include "http/response.h"

namespace omzien::http {
namespace {
const std::string kEmpty;
bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}
}  // namespace

bool HeaderNameLess::operator()(std::string_view a, std::string_view b) const {
  int c = strncasecmp(a.data(), b.data(), std::min(a.size(), b.size()));
  return c != 0 ? c < 0 : a.size() < b.size();
}

const std::string& Params::get(std::string_view name) const {
  for (const auto& [key, value] : pairs_)
    if (key == name) return value;
  return kEmpty;
}

std::optional<std::string> Params::find(std::string_view name) const {
  for (const auto& [key, value] : pairs_)
    if (key == name) return value;
  return std::nullopt;
}

std::vector<std::string> Params::all(std::string_view name) const {
  std::vector<std::string> values;
  for (const auto& [key, value] : pairs_)
    if (key == name) values.push_back(value);
  return values;
}

bool Params::has(std::string_view name) const { return find(name).has_value(); }

std::string Request::header(std::string_view name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::cookie(std::string_view name) const {
  auto it = cookies.find(std::string(name));
  return it == cookies.end() ? std::string() : it->second;
}

const UploadedFile* Request::file(std::string_view name) const {
  for (const auto& f : files)
    if (f.field == name && !f.data.empty()) return &f;
  return nullptr;
}

void Response::set_header(std::string_view name, std::string value) {
  for (auto& [key, existing] : headers) {
    if (iequals(key, name)) {
      existing = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::string(name), std::move(value));
}

std::string Response::header(std::string_view name) const {
  for (const auto& [key, value] : headers)
    if (iequals(key, name)) return value;
  return {};
}

bool Response::has_header(std::string_view name) const {
  for (const auto& [key, value] : headers)
    if (iequals(key, name)) return true;
  return false;
}

Response Response::redirect(std::string location, int status) {
  Response response;
  response.status = status;
  response.set_header("Location", std::move(location));
  response.content_type = "text/plain; charset=utf-8";
  return response;
}

Response Response::text(int status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.body = std::move(body);
  return response;
}

Response Response::json(int status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = std::move(body);
  return response;
}

}  // namespace omzien::http
