#include "http/router.h"

#include <cassert>

#include "core/text.h"

namespace omzien::http {
namespace {

std::vector<std::string_view> path_segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool is_capture(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

int literal_count(const std::vector<std::string>& segments) {
  int count = 0;
  for (const auto& s : segments) count += is_capture(s) ? 0 : 1;
  return count;
}

}  // namespace

void Router::get(std::string pattern, Handler handler) { add(Method::Get, std::move(pattern), std::move(handler)); }
void Router::post(std::string pattern, Handler handler) { add(Method::Post, std::move(pattern), std::move(handler)); }

void Router::post_without_csrf(std::string pattern, Handler handler) {
  add(Method::Post, std::move(pattern), std::move(handler), true);
}

void Router::add(Method method, std::string pattern, Handler handler, bool csrf_exempt) {
  Route route{method, pattern, {}, std::move(handler), csrf_exempt};
  for (auto segment : path_segments(pattern)) route.segments.emplace_back(segment);
  for ([[maybe_unused]] const auto& existing : routes_)
    assert(!(existing.method == method && existing.pattern == pattern) && "route registered twice");
  routes_.push_back(std::move(route));
}

bool Router::matches(const Route& route, const std::vector<std::string_view>& path,
                     std::map<std::string, std::string>* captures) {
  if (route.segments.size() != path.size()) return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const std::string& segment = route.segments[i];
    if (is_capture(segment)) {
      if (captures) (*captures)[segment.substr(1, segment.size() - 2)] = std::string(path[i]);
    } else if (segment != path[i]) {
      return false;
    }
  }
  return true;
}

Router::Lookup Router::find(Request& request) const {
  auto path = path_segments(request.path);
  Method wanted = request.method == Method::Head ? Method::Get : request.method;
  const Route* best = nullptr;
  bool other_method = false;
  std::string allow;
  for (const auto& route : routes_) {
    if (!matches(route, path, nullptr)) continue;
    if (route.method != wanted) {
      other_method = true;
      allow = route.method == Method::Get ? "GET, HEAD" : "POST";
      continue;
    }
    if (!best || literal_count(route.segments) > literal_count(best->segments)) best = &route;
  }
  if (best) {
    matches(*best, path, &request.route);
    return {Match::Found, &best->handler, {}, best->csrf_exempt, best->pattern};
  }
  if (other_method) return {Match::MethodNotAllowed, nullptr, allow};
  return {};
}

std::vector<std::pair<std::string, std::string>> Router::routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& route : routes_) out.emplace_back(route.method == Method::Get ? "GET" : "POST", route.pattern);
  return out;
}

}  // namespace omzien::http
