#include "features/outreach/contact_access.h"

#include "app/app.h"
#include "features/outreach/permissions.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {

std::optional<std::int64_t> route_number(const http::Request& request, std::string_view name) {
  auto it = request.route.find(std::string(name));
  if (it == request.route.end() || it->second.empty() || it->second.size() > 15) return std::nullopt;
  std::int64_t value = 0;
  for (char c : it->second) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value <= 0) return std::nullopt;
  return value;
}

std::variant<ContactState, http::Response> contact_for(App& app, const http::Request& request) {
  if (auto denied = web::require_staff_or_linking_pin(app, request)) return *denied;
  auto id = route_number(request, "id");
  if (!id) return web::error_page(app, request, 404);
  auto state = load_contact_state(app, *id);
  if (!state) return web::error_page(app, request, 404);
  if (!can_work_contact(request.viewer, state->contact())) return web::error_page(app, request, 403);
  return std::move(*state);
}

audit::Entry request_entry(const App& app, const http::Request& request, std::string action, std::string subject,
                           std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = std::move(subject),
          .detail = std::move(detail)};
}

std::string contact_subject(std::int64_t contact_id) { return "contact:" + std::to_string(contact_id); }

std::string next_path(const http::Request& request, const std::string& fallback) {
  const std::string& next = request.form.get("next");
  if (next.empty()) return fallback;
  std::string local = web::local_path_or_home(next);
  return local == "/" ? fallback : local;
}

}  // namespace omzien::outreach
