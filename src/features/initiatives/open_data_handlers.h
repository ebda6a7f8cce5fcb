// Handlers of the open data: the page that explains it and the two files.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

http::Response show_open_data_page(App& app, const http::Request& request);
http::Response send_open_data_json(App& app, const http::Request& request);
http::Response send_open_data_csv(App& app, const http::Request& request);

}  // namespace omzien::initiatives
