// Handlers of the plain pages. Each renders one template; all are public and cacheable.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::pages {

http::Response show_home(App& app, const http::Request& request);
http::Response show_about(App& app, const http::Request& request);
http::Response show_privacy(App& app, const http::Request& request);
http::Response show_accessibility(App& app, const http::Request& request);
http::Response show_contact(App& app, const http::Request& request);

}  // namespace omzien::pages
