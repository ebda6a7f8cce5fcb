// Handlers of /account: name, sessions, export and deletion of one's own data.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

http::Response show_account(App& app, const http::Request& request);
http::Response show_welcome(App& app, const http::Request& request);
http::Response save_name(App& app, const http::Request& request);
http::Response show_sessions(App& app, const http::Request& request);
http::Response end_one_session(App& app, const http::Request& request);
http::Response end_all_sessions(App& app, const http::Request& request);
http::Response export_own_data(App& app, const http::Request& request);
http::Response delete_own_account(App& app, const http::Request& request);

}  // namespace omzien::accounts
