// The monitor's two routes. Staff only (with the second factor): the numbers cover every
// contact and every LinkingPin. A LinkingPin works their own contacts in the address file and
// the call list, and gets 403 here (tested in monitoring_http_test.cc).
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::monitoring {

// GET /beheer/monitor: funnel, course per week, breakdowns, profiles, searches, events, survey link.
http::Response show_monitor(App& app, const http::Request& request);
// GET /beheer/monitor.csv: the same numbers as one CSV file, aggregate only.
http::Response send_monitor_csv(App& app, const http::Request& request);

}  // namespace omzien::monitoring
