// What every event handler starts with: the event named in the path, and the themes to label it.
#pragma once

#include <optional>
#include <vector>

#include "features/events/event.h"
#include "features/events/event_changes.h"
#include "features/initiatives/taxonomy.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// The event of /bijeenkomsten/{slug}/..., or nullopt.
std::optional<Event> event_of_route(App& app, const http::Request& request);
std::vector<initiatives::Term> load_themes(App& app);
// The viewer as the audit log names them.
Actor actor_of(const http::Request& request);

// For the organiser's pages: login, then the event (404), then can_organise (403). Returns the
// response to send instead, or nullopt with `event` filled.
std::optional<http::Response> require_organiser(App& app, const http::Request& request, Event& event);

}  // namespace omzien::events
