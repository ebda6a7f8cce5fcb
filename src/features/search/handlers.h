// Handlers of /zoeken, the JSON API, the staff's list of searches that found little and the
// staff's own synonyms.
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

// Staff's synonyms (synonym_handlers.cc): the list with the form to add a group, one group to
// change, and removing it.
http::Response show_synonyms(App& app, const http::Request& request);
http::Response add_synonym_group(App& app, const http::Request& request);
http::Response show_synonym_group(App& app, const http::Request& request);
http::Response change_synonym_group(App& app, const http::Request& request);
http::Response remove_synonym_group(App& app, const http::Request& request);

}  // namespace omzien::search_pages
