// The address file as a list, assigning many contacts at once, and each LinkingPin's reach.
#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/funnel.h"
#include "features/outreach/handlers.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/permissions.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

constexpr std::size_t kPerPage = 100;

struct ListFilter {
  std::string q, stage, municipality, linking_pin;
  int page = 1;
};

ListFilter filter_of(const http::Request& request) {
  ListFilter f{trim(request.query.get("q")), request.query.get("fase"), request.query.get("gemeente"),
               request.query.get("linkingpin")};
  if (!parse_stage(f.stage)) f.stage.clear();
  if (municipality_name(f.municipality).empty()) f.municipality.clear();
  try {
    f.page = std::clamp(std::stoi(request.query.get("pagina")), 1, 10000);
  } catch (...) {
    f.page = 1;
  }
  return f;
}

ContactQuery query_for(const http::Request& request, const ListFilter& f) {
  ContactQuery q{.municipality_code = f.municipality};
  if (!request.viewer.is_staff()) q.linking_pin_id = request.viewer.account_id;  // a LinkingPin: their own only
  else if (f.linking_pin == "geen") q.without_linking_pin = true;
  else if (!f.linking_pin.empty()) {
    try {
      q.linking_pin_id = std::stoll(f.linking_pin);
    } catch (...) {
    }
  }
  return q;
}

bool matches_text(const Contact& c, const std::string& q) {
  if (q.empty()) return true;
  std::string needle = fold(q);
  for (const std::string* field : {&c.initiative_name, &c.person_name, &c.email, &c.phone, &c.notes})
    if (fold(*field).find(needle) != std::string::npos) return true;
  return false;
}

std::string page_link(const ListFilter& f, int page) {
  return "/beheer/adresbestand?q=" + url_encode(f.q) + "&fase=" + url_encode(f.stage) + "&gemeente=" +
         url_encode(f.municipality) + "&linkingpin=" + url_encode(f.linking_pin) + "&pagina=" + std::to_string(page);
}

View stage_counts_view(const std::vector<ContactState>& states, const std::string& chosen) {
  std::array<int, kStageCount> counts{};
  for (const auto& s : states) ++counts[static_cast<int>(s.pipeline.stage)];
  View list = View::list();
  for (Stage stage : kStages)
    list.push(View()
                  .set("label", stage_label(stage))
                  .set("id", stage_id(stage))
                  .set("count", counts[static_cast<int>(stage)])
                  .set("selected", chosen == stage_id(stage)));
  return list;
}

}  // namespace

http::Response show_contacts(App& app, const http::Request& request) {
  if (auto denied = web::require_staff_or_linking_pin(app, request)) return *denied;
  ListFilter f = filter_of(request);
  auto states = load_contact_states(app, query_for(request, f));
  auto pins = app.db->read([](db::Connection& c) { return list_linking_pins(c); });
  PinNames names = pin_names(pins);
  std::vector<const ContactState*> shown;
  for (const auto& s : states)
    if (matches_text(s.contact(), f.q) && (f.stage.empty() || stage_id(s.pipeline.stage) == f.stage)) shown.push_back(&s);
  std::size_t first = (static_cast<std::size_t>(f.page) - 1) * kPerPage;
  View list = View::list();
  for (std::size_t i = first; i < shown.size() && i < first + kPerPage; ++i) list.push(contact_view(*shown[i], names));

  View view;
  bool staff = can_manage_address_file(request.viewer);
  view.set("staff", staff).set("contacts", list).set("none", states.empty()).set("none_found", !states.empty() && shown.empty());
  view.set("total", static_cast<int>(states.size())).set("shown_count", static_cast<int>(shown.size()));
  view.set("stage_counts", stage_counts_view(states, f.stage));
  view.set("q", f.q).set("stage_options", stage_options(f.stage));
  view.set("municipality_options", municipality_options(f.municipality, texts::kAllMunicipalities));
  view.set("filter_pin_options", linking_pin_options(pins, f.linking_pin, texts::kAllLinkingPins, true));
  view.set("assign_pin_options", linking_pin_options(pins, "", texts::kChooseLinkingPin, true));
  view.set("has_pins", !pins.empty());
  if (first + kPerPage < shown.size()) view.set("next_page", page_link(f, f.page + 1));
  if (f.page > 1) view.set("previous_page", page_link(f, f.page - 1));
  return web::render_page(app, request, "outreach/contacts", std::move(view),
                          {.title = staff ? texts::kContactsTitle : texts::kMyContactsTitle});
}

http::Response assign_contacts(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  const std::string& choice = request.form.get("linking_pin");
  std::optional<std::int64_t> pin;
  auto ids = request.form.all("contact");
  if (ids.empty()) return web::redirect_with_flash(app, "/beheer/adresbestand", texts::kAssignNoneChosen, "error");
  auto done = app.db->write<int>([&](db::Connection& c) -> Result<int> {
    std::string label = texts::kNoLinkingPin;
    if (choice != "geen") {
      std::int64_t id = 0;
      try {
        id = std::stoll(choice);
      } catch (...) {
        return Error{ErrorKind::Invalid, "no LinkingPin chosen"};
      }
      auto found = find_linking_pin(c, id);
      if (!found) return Error{ErrorKind::Invalid, "not a LinkingPin"};
      pin = found->id;
      label = person_label(*found);
    }
    int count = 0;
    for (const auto& text : ids) {
      std::int64_t id = 0;
      try {
        id = std::stoll(text);
      } catch (...) {
        continue;
      }
      if (!find_contact(c, id)) continue;
      if (auto r = set_linking_pin(c, id, pin, app.clock.now()); !r) return r.error();
      std::string detail = fmt::format(fmt::runtime(texts::kAuditAssigned), label);
      if (auto r = audit::record(c, request_entry(app, request, "contact.assign", contact_subject(id), detail)); !r)
        return r.error();
      ++count;
    }
    return count;
  });
  if (!done && done.error().kind == ErrorKind::Invalid)
    return web::redirect_with_flash(app, "/beheer/adresbestand", texts::kAssignChoosePin, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand", fmt::format(fmt::runtime(texts::kAssigned), *done));
}

http::Response show_linking_pins(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  View reach = View::list();
  for (const auto& r : reach_by_linking_pin(app))
    reach.push(View()
                   .set("name", r.name)
                   .set("account_id", r.account_id)
                   .set("assigned", r.assigned)
                   .set("reached", r.reached)
                   .set("joined", r.joined)
                   .set("brought_in", r.brought_in)
                   .set("initiatives", r.initiatives)
                   .set("filter_link", "/beheer/adresbestand?linkingpin=" + std::to_string(r.account_id)));
  View brought = View::list();
  auto who = who_brought_whom(app);
  app.db->read([&](db::Connection& c) {
    for (const auto& b : who) {
      auto initiative = initiatives::find_initiative(c, b.initiative_id);
      if (!initiative) continue;
      auto referrer = b.referrer_account_id ? accounts::find_account(c, *b.referrer_account_id) : std::nullopt;
      brought.push(View()
                       .set("initiative", initiative->name)
                       .set("slug", initiative->slug)
                       .set("referrer", referrer ? person_label(*referrer) : std::string(texts::kDeletedAccount))
                       .set("at", format_dutch_date(b.at)));
    }
    return 0;
  });
  View view;
  view.set("reach", reach).set("no_reach", reach.empty_list()).set("brought", brought).set("none_brought", brought.empty_list());
  return web::render_page(app, request, "outreach/linking_pins", std::move(view), {.title = texts::kLinkingPinsTitle});
}

}  // namespace omzien::outreach
