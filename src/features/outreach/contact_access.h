// The contact a request is about, refused to who may not work it; and audit lines of a request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "audit/audit.h"
#include "features/outreach/contact_state.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The positive number in route capture `name`; nullopt when it is missing or not a number.
std::optional<std::int64_t> route_number(const http::Request& request, std::string_view name);

// The contact of route {id} with its state, or the page to send instead: login, second step or
// 403 for who may not use the address file, 404 for an unknown contact, 403 for a LinkingPin's
// request about someone else's contact.
std::variant<ContactState, http::Response> contact_for(App& app, const http::Request& request);

// An audit line by the person asking, about `subject` ("contact:12").
audit::Entry request_entry(const App& app, const http::Request& request, std::string action, std::string subject,
                           std::string detail);
std::string contact_subject(std::int64_t contact_id);

// `request.form["next"]` when it is a path on this site, else `fallback`.
std::string next_path(const http::Request& request, const std::string& fallback);

}  // namespace omzien::outreach
