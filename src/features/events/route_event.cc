#include "features/events/route_event.h"

#include "app/app.h"
#include "features/events/event_store.h"
#include "features/events/permissions.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::events {

std::optional<Event> event_of_route(App& app, const http::Request& request) {
  auto it = request.route.find("slug");
  if (it == request.route.end()) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_event_by_slug(c, it->second); });
}

std::vector<initiatives::Term> load_themes(App& app) {
  return app.db->read([](db::Connection& c) { return initiatives::list_terms(c, initiatives::Taxonomy::Themes); });
}

Actor actor_of(const http::Request& request) {
  return {request.viewer.account_id, request.viewer.display_name()};
}

std::optional<http::Response> require_organiser(App& app, const http::Request& request, Event& event) {
  if (auto denied = web::require_login(app, request)) return denied;
  auto found = event_of_route(app, request);
  if (!found) return web::error_page(app, request, 404);
  if (!can_organise(app, request.viewer, *found)) return web::error_page(app, request, 403);
  event = std::move(*found);
  return std::nullopt;
}

}  // namespace omzien::events
