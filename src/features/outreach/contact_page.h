// The contact's page, shared by the handlers that show it again with a problem.
#pragma once

#include "core/view.h"
#include "features/outreach/contact_state.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// Renders the contact's page with `extra` members (a form's errors and what was typed).
http::Response render_contact_page(App& app, const http::Request& request, const ContactState& state, View extra,
                                   int status);

}  // namespace omzien::outreach
