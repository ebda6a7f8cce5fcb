// Staff give an initiative to a LinkingPin, who then finds it on her call list. The page hangs
// under the staff page of the profile; the choice is kept by outreach, which owns LinkingPins.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "features/initiatives/export.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/handlers.h"
#include "features/outreach/initiative_pin_store.h"
#include "features/outreach/initiative_pins.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

std::string pin_path(const initiatives::Initiative& initiative) {
  return "/beheer/initiatieven/" + initiative.slug + "/linkingpin";
}

// The route's profile for staff; otherwise the page to send instead (login, 403, 404).
std::optional<http::Response> load_for_staff(App& app, const http::Request& request,
                                             initiatives::Initiative& initiative) {
  if (auto denied = web::require_staff(app, request)) return denied;
  auto found = app.db->read(
      [&](db::Connection& c) { return initiatives::find_initiative_by_slug(c, request.route.at("slug")); });
  if (!found) return web::error_page(app, request, 404);
  initiative = std::move(*found);
  return std::nullopt;
}

}  // namespace

http::Response show_initiative_linking_pin(App& app, const http::Request& request) {
  initiatives::Initiative initiative;
  if (auto denied = load_for_staff(app, request, initiative)) return *denied;
  auto [pins, current] = app.db->read([&](db::Connection& c) {
    return std::pair(list_linking_pins(c), find_initiative_linking_pin(c, initiative.id));
  });
  View view;
  view.set("name", initiative.name).set("slug", initiative.slug);
  view.set("pin_options",
           linking_pin_options(pins, current ? std::to_string(*current) : "", texts::kNoLinkingPin, false));
  view.set("no_pins", pins.empty());
  return web::render_page(app, request, "outreach/initiative_linking_pin", std::move(view),
                          {.title = fmt::format(fmt::runtime(texts::kInitiativePinTitle), initiative.name)});
}

http::Response assign_initiative_linking_pin(App& app, const http::Request& request) {
  initiatives::Initiative initiative;
  if (auto denied = load_for_staff(app, request, initiative)) return *denied;
  const std::string& choice = request.form.get("linking_pin");
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    std::optional<accounts::Account> account;
    if (!choice.empty() && choice != "geen") {
      try {
        account = find_linking_pin(c, std::stoll(choice));
      } catch (...) {
      }
      if (!account) return Error{ErrorKind::Invalid, "not a LinkingPin"};
    }
    auto before = find_initiative_linking_pin(c, initiative.id);
    std::optional<std::int64_t> after = account ? std::optional(account->id) : std::nullopt;
    if (before == after) return {};  // a second press of Bewaren should not fill the history
    if (auto r = set_initiative_linking_pin(c, initiative.id, after, app.clock.now()); !r) return r;
    std::string detail =
        account ? fmt::format(fmt::runtime(texts::kAuditInitiativePinAssigned), person_label(*account), initiative.name)
                : fmt::format(fmt::runtime(texts::kAuditInitiativePinRemoved), initiative.name);
    std::string subject = "initiative:" + std::to_string(initiative.id);
    return audit::record(
        c, request_entry(app, request, account ? "initiative.linking_pin" : "initiative.linking_pin_removed", subject,
                         detail));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  bool none = choice.empty() || choice == "geen";
  return web::redirect_with_flash(app, pin_path(initiative),
                                  none ? texts::kInitiativePinRemoved : texts::kLinkingPinSaved);
}

View assigned_initiatives_view(App& app, std::int64_t account_id) {
  View list = View::list();
  app.db->read([&](db::Connection& c) {
    for (std::int64_t id : initiatives_of_linking_pin(c, account_id)) {
      auto initiative = initiatives::find_initiative(c, id);
      if (!initiative) continue;
      View contacts = View::list();
      for (const auto& contact : contacts_of_initiative(c, id))
        contacts.push(View()
                          .set("id", contact.id)
                          .set("name", contact.person_name.empty() ? display_name(contact) : contact.person_name)
                          .set("phone", contact.phone)
                          .set("tel", tel_url(contact.phone))
                          .set("mine", contact.linking_pin_id == account_id));
      bool no_contact = contacts.empty_list();
      list.push(View()
                    .set("name", initiative->name)
                    .set("slug", initiative->slug)
                    .set("municipality", initiatives::municipality_name_for(initiative->municipality_code))
                    .set("contacts", std::move(contacts))
                    .set("no_contact", no_contact));
    }
    return 0;
  });
  return list;
}

}  // namespace omzien::outreach
