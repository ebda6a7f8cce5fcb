// Handlers of /zoeken, the JSON API and the staff's list of searches that found little.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

http::Response show_results(App& app, const http::Request& request);
http::Response answer_api(App& app, const http::Request& request);
http::Response show_missed_searches(App& app, const http::Request& request);

}  // namespace omzien::search_pages
