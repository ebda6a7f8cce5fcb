// Handlers of the public profile that handlers.h does not list.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// GET /initiatieven/<slug>/afdrukken: one A4 sheet with name, sentence, place, public contact
// details and a QR code to the profile, to hang up or hand out.
http::Response show_print(App& app, const http::Request& request);

}  // namespace omzien::initiatives
