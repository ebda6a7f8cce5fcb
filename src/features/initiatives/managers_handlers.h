// Handlers of a profile's beheerders: the list, inviting, withdrawing an invitation, removing
// one, leaving; and the invitation link itself.
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// GET /initiatieven/<slug>/beheerders (beheerders and staff).
http::Response show_managers(App& app, const http::Request& request);
// POST /initiatieven/<slug>/beheerders/uitnodigen: email.
http::Response invite_manager(App& app, const http::Request& request);
// POST /initiatieven/<slug>/beheerders/uitnodiging-intrekken: invitation_id.
http::Response withdraw_invitation(App& app, const http::Request& request);
// POST /initiatieven/<slug>/beheerders/verwijderen: account_id. Never the last beheerder.
http::Response remove_fellow_manager(App& app, const http::Request& request);
// POST /initiatieven/<slug>/beheerders/verlaten: the viewer stops, unless they are the last one.
http::Response leave_initiative(App& app, const http::Request& request);

// GET /uitnodiging?t=: a page with a button; changes nothing (mail scanners open links).
http::Response show_invitation(App& app, const http::Request& request);
// POST /uitnodiging: logs the invitee in and makes them beheerder, in one transaction.
http::Response accept_invitation_link(App& app, const http::Request& request);

}  // namespace omzien::initiatives
