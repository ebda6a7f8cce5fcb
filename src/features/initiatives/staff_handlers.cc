#include "features/initiatives/staff_handlers.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/initiatives/claim.h"
#include "features/initiatives/claim_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/staff_store.h"
#include "features/initiatives/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

std::string staff_path(const Initiative& i) { return "/beheer/initiatieven/" + i.slug; }

// Loads the route's profile for staff; otherwise the page to send instead (login, 403, 404).
std::optional<http::Response> load_for_staff(App& app, const http::Request& request, Initiative& initiative) {
  if (auto denied = web::require_staff(app, request)) return denied;
  auto found = app.db->read([&](db::Connection& c) { return find_initiative_by_slug(c, request.route.at("slug")); });
  if (!found) return web::error_page(app, request, 404);
  initiative = std::move(*found);
  return std::nullopt;
}

audit::Entry staff_entry(const App& app, const http::Request& request, std::string action, const Initiative& i,
                         std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = "initiative:" + std::to_string(i.id),
          .detail = std::move(detail)};
}

// The status filter of the list: "zichtbaar", "verborgen", "niet-geclaimd", "geclaimd", "aangesloten".
StaffListQuery list_query(const http::Request& request) {
  StaffListQuery q;
  const std::string& status = request.query.get("status");
  if (status == "zichtbaar") q.status = Status::Published;
  else if (status == "verborgen") q.status = Status::Hidden;
  else if (status == "niet-geclaimd") q.claimed = false;
  else if (status == "geclaimd") q.claimed = true;
  else if (status == "aangesloten") q.affiliated = true;
  q.name_contains = trim(request.query.get("q")).substr(0, 100);
  q.page = std::clamp(std::atoi(request.query.get("pagina").c_str()), 1, 100000);
  return q;
}

std::string list_link(const http::Request& request, int page) {
  std::string link = "/beheer/initiatieven?status=" + url_encode(request.query.get("status")) +
                     "&q=" + url_encode(request.query.get("q"));
  return page > 1 ? link + "&pagina=" + std::to_string(page) : link;
}

View claim_view(const std::optional<ClaimToken>& token, Seconds now) {
  View v;
  v.set("sent", token.has_value());
  if (!token) return v;
  v.set("sent_at", format_dutch_datetime(token->created_at)).set("sent_to", token->email);
  v.set("used", token->used_at.has_value());
  if (token->used_at) v.set("used_at", format_dutch_datetime(*token->used_at));
  v.set("valid", !token->used_at && token->expires_at > now);
  v.set("valid_until", format_dutch_date(token->expires_at));
  return v;
}

View staff_initiative_view(App& app, const Initiative& i) {
  struct Data {
    std::vector<Manager> managers;
    std::optional<ClaimToken> claim;
  };
  Data data = app.db->read([&](db::Connection& c) { return Data{list_managers(c, i.id), latest_claim_token(c, i.id)}; });
  View view;
  view.set("name", i.name).set("slug", i.slug).set("place_label", place_label(i.place, i.municipality_code));
  view.set("hidden", i.status == Status::Hidden).set("claimed", i.claimed).set("affiliated", i.affiliated);
  view.set("contact_email", i.contact_email).set("external_id", i.external_id);
  view.set("created", format_dutch_date(i.created_at)).set("updated", format_dutch_datetime(i.updated_at));
  View managers = View::list();
  for (const auto& m : data.managers) managers.push(View(m.name.empty() ? std::string(texts::kManagerWithoutName) : m.name));
  view.set("managers", managers).set("no_managers", data.managers.empty());
  view.set("claim", claim_view(data.claim, app.clock.now()));
  view.set("can_send_claim", !i.claimed && !i.contact_email.empty());
  View history = View::list();
  for (const auto& entry : audit::list_entries(*app.db, "initiative:" + std::to_string(i.id), 50))
    history.push(View().set("at", format_dutch_datetime(entry.at)).set("who", entry.actor_label).set("what", entry.detail));
  view.set("history", history).set("no_history", history.empty_list());
  return view;
}

// Saves one staff change with its audit line and tells the content listeners.
http::Response apply_change(App& app, const http::Request& request, const Initiative& i,
                            const std::function<Result<void>(db::Connection&)>& change, audit::Entry entry,
                            ContentChange::Action action, std::string_view flash) {
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = change(c); !r) return r;
    return audit::record(c, entry);
  });
  if (!done) return web::page_for_error(app, request, done.error());
  app.notify_content_changed({"initiative", i.id, action});
  return web::redirect_with_flash(app, staff_path(i), flash);
}

}  // namespace

http::Response show_staff_initiatives(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  StaffListQuery query = list_query(request);
  auto page = app.db->read([&](db::Connection& c) { return find_staff_list(c, query); });
  View entries = View::list();
  for (const auto& e : page.entries)
    entries.push(View().set("slug", e.slug).set("name", e.name).set("place_label", place_label(e.place, e.municipality_code))
                     .set("hidden", e.status == Status::Hidden).set("unclaimed", !e.claimed).set("affiliated", e.affiliated));
  int pages = std::max(1, (page.total + query.per_page - 1) / query.per_page);
  View view;
  view.set("entries", entries).set("total", page.total).set("none", page.entries.empty());
  view.set("q", query.name_contains).set("page", query.page).set("pages", pages).set("has_pages", pages > 1);
  for (std::string status : {"zichtbaar", "verborgen", "niet-geclaimd", "geclaimd", "aangesloten"}) {
    bool chosen = request.query.get("status") == status;
    std::replace(status.begin(), status.end(), '-', '_');
    view.set("status_" + status, chosen);
  }
  if (query.page > 1) view.set("previous_url", list_link(request, query.page - 1));
  if (query.page < pages) view.set("next_url", list_link(request, query.page + 1));
  return web::render_page(app, request, "initiatives/staff_initiatives", std::move(view), {.title = "Initiatieven beheren"});
}

http::Response show_staff_initiative(App& app, const http::Request& request) {
  Initiative i;
  if (auto denied = load_for_staff(app, request, i)) return *denied;
  return web::render_page(app, request, "initiatives/staff_initiative", staff_initiative_view(app, i),
                          {.title = i.name + " (beheer)"});
}

http::Response set_initiative_visibility(App& app, const http::Request& request) {
  Initiative i;
  if (auto denied = load_for_staff(app, request, i)) return *denied;
  bool hide = request.form.get("zichtbaar") == "nee";
  std::string_view flash = hide ? texts::kStaffHidden : texts::kStaffShown;
  if ((i.status == Status::Hidden) == hide) return web::redirect_with_flash(app, staff_path(i), flash);
  Status status = hide ? Status::Hidden : Status::Published;
  return apply_change(
      app, request, i, [&](db::Connection& c) { return set_status(c, i.id, status, app.clock.now()); },
      staff_entry(app, request, hide ? "initiative.hide" : "initiative.show", i,
                  hide ? texts::kAuditHidden : texts::kAuditShown),
      hide ? ContentChange::Action::Removed : ContentChange::Action::Saved, flash);
}

http::Response set_initiative_affiliation(App& app, const http::Request& request) {
  Initiative i;
  if (auto denied = load_for_staff(app, request, i)) return *denied;
  bool affiliated = request.form.get("aangesloten") == "ja";
  std::string_view flash = affiliated ? texts::kStaffAffiliated : texts::kStaffUnaffiliated;
  if (i.affiliated == affiliated) return web::redirect_with_flash(app, staff_path(i), flash);
  return apply_change(
      app, request, i, [&](db::Connection& c) { return set_affiliated(c, i.id, affiliated, app.clock.now()); },
      staff_entry(app, request, affiliated ? "initiative.affiliate" : "initiative.unaffiliate", i,
                  affiliated ? texts::kAuditAffiliated : texts::kAuditUnaffiliated),
      ContentChange::Action::Saved, flash);
}

http::Response send_claim_link(App& app, const http::Request& request) {
  Initiative i;
  if (auto denied = load_for_staff(app, request, i)) return *denied;
  if (i.claimed) return web::redirect_with_flash(app, staff_path(i), texts::kClaimAlreadyClaimed, "error");
  if (i.contact_email.empty()) return web::redirect_with_flash(app, staff_path(i), texts::kClaimNoAddress, "error");
  if (!app.rate_limiter.allow("claim-initiative:" + std::to_string(i.id), kClaimLinksPerInitiativePerDay, 86400) ||
      !app.rate_limiter.allow("claim-staff:" + std::to_string(request.viewer.account_id), kClaimLinksPerStaffPerHour, 3600))
    return web::redirect_with_flash(app, staff_path(i), texts::kClaimTooMany, "error");
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto queued = queue_claim_link(app, c, i, request.viewer); !queued) return queued;
    return audit::record(c, staff_entry(app, request, "initiative.claim_link", i, texts::kAuditClaimLinkSent));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, staff_path(i), fmt::format(fmt::runtime(texts::kClaimLinkSent), i.contact_email));
}

}  // namespace omzien::initiatives
