// Handlers of the staff tools for initiatives: every profile in a list, one profile's staff page
// (hide or show, "aangesloten bij de beweging", claim link, history), and themes and target
// groups. Every page needs staff with the second factor done; every change is audit-logged.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// GET /beheer/initiatieven?status=...&q=...&pagina=...
http::Response show_staff_initiatives(App& app, const http::Request& request);
// GET /beheer/initiatieven/{slug}
http::Response show_staff_initiative(App& app, const http::Request& request);
// POST /beheer/initiatieven/{slug}/zichtbaarheid (zichtbaar=ja|nee)
http::Response set_initiative_visibility(App& app, const http::Request& request);
// POST /beheer/initiatieven/{slug}/aangesloten (aangesloten=ja|nee)
http::Response set_initiative_affiliation(App& app, const http::Request& request);
// POST /beheer/initiatieven/{slug}/claimlink
http::Response send_claim_link(App& app, const http::Request& request);

// GET /beheer/themas
http::Response show_staff_terms(App& app, const http::Request& request);
// POST /beheer/themas/opslaan (soort, id, label, actie=hernoemen|intrekken|terugzetten)
http::Response save_staff_term(App& app, const http::Request& request);
// POST /beheer/themas/toevoegen (soort, label, id)
http::Response add_staff_term(App& app, const http::Request& request);

}  // namespace omzien::initiatives
