// Maps a method and a path to a handler. Patterns have literal segments and {name} captures:
// "/initiatieven/{slug}/bewerken". Literal segments win over captures.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.h"
#include "http/response.h"

namespace omzien::http {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  // GET routes also answer HEAD (the server drops the body).
  void get(std::string pattern, Handler handler);
  void post(std::string pattern, Handler handler);
  // A POST that other programs send without our form (RFC 8058 one-click unsubscribe from a
  // mail client). Only for actions that are safe to trigger from outside; keep the list short.
  void post_without_csrf(std::string pattern, Handler handler);

  enum class Match { Found, NotFound, MethodNotAllowed };
  struct Lookup {
    Match match = Match::NotFound;
    const Handler* handler = nullptr;
    std::string allow;  // for 405: "GET, HEAD" or "POST"
    bool csrf_exempt = false;
    std::string pattern;  // "/initiatieven/{slug}": what the access log shows (never the real path)
  };
  // Finds the handler for the request and fills request.route with the captures.
  Lookup find(Request& request) const;
  // Every registered (method, pattern), for the rights-table tests.
  std::vector<std::pair<std::string, std::string>> routes() const;

 private:
  struct Route {
    Method method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
    bool csrf_exempt = false;
  };
  void add(Method method, std::string pattern, Handler handler, bool csrf_exempt = false);
  static bool matches(const Route& route, const std::vector<std::string_view>& path,
                      std::map<std::string, std::string>* captures);
  std::vector<Route> routes_;
};

}  // namespace omzien::http
