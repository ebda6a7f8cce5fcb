// Handlers of claim links: the page the mailed link opens, and its button.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// GET /claimen?t=...: says what pressing the button does; changes nothing.
http::Response show_claim_link(App& app, const http::Request& request);
// POST /claimen: logs in, makes the person beheerder, and goes to the profile.
http::Response use_claim_link(App& app, const http::Request& request);

}  // namespace omzien::initiatives
