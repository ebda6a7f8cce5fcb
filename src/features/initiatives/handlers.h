// Handlers of initiative profiles and the directory.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

http::Response show_directory(App& app, const http::Request& request);
http::Response show_new_form(App& app, const http::Request& request);
http::Response create(App& app, const http::Request& request);
http::Response show_profile(App& app, const http::Request& request);
http::Response show_edit_form(App& app, const http::Request& request);
http::Response update(App& app, const http::Request& request);
http::Response show_my_initiatives(App& app, const http::Request& request);

}  // namespace omzien::initiatives
