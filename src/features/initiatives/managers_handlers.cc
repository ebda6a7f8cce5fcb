#include "features/initiatives/managers_handlers.h"

#include <fmt/core.h>

#include <charconv>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/invitation.h"
#include "features/initiatives/invitation_store.h"
#include "features/initiatives/managers.h"
#include "features/initiatives/permissions.h"
#include "features/initiatives/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

std::string managers_path(const Initiative& i) { return "/initiatieven/" + i.slug + "/beheerders"; }

std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::optional<Initiative> find_by_route(App& app, const http::Request& request) {
  return app.db->read([&](db::Connection& c) { return find_initiative_by_slug(c, request.route.at("slug")); });
}

// Loads the route's profile into `initiative` when the viewer may manage it (beheerders, staff);
// otherwise returns the page to send instead (login, 404, 403).
std::optional<http::Response> load_managed(App& app, const http::Request& request, Initiative& initiative) {
  if (auto denied = web::require_login(app, request)) return denied;
  auto found = find_by_route(app, request);
  if (!found) return web::error_page(app, request, 404);
  if (!can_manage(app, request.viewer, found->id)) return web::error_page(app, request, 403);
  initiative = std::move(*found);
  return std::nullopt;
}

audit::Entry entry(const App& app, const http::Request& request, std::string action, const Initiative& i,
                   std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = "initiative:" + std::to_string(i.id),
          .detail = std::move(detail)};
}

// The beheerders page. E-mail addresses of beheerders and invitees are shown to the profile's
// own beheerders only: staff see names, and never anyone else.
http::Response render_managers(App& app, const http::Request& request, const Initiative& i,
                               const std::string& typed_email, const std::map<std::string, std::string>& errors,
                               std::string_view alert, int status) {
  struct Data {
    bool viewer_manages = false;
    std::vector<Manager> managers;
    std::vector<Invitation> invitations;
  };
  Data data = app.db->read([&](db::Connection& c) {
    return Data{is_manager(c, i.id, request.viewer.account_id), list_managers(c, i.id),
                list_open_invitations(c, i.id, app.clock.now())};
  });
  View managers = View::list();
  for (const auto& m : data.managers)
    managers.push(View()
                      .set("account_id", m.account_id)
                      .set("name", m.name.empty() ? std::string(texts::kManagerWithoutName) : m.name)
                      .set("email", data.viewer_manages ? m.email : "")
                      .set("is_you", m.account_id == request.viewer.account_id)
                      .set("can_remove", data.managers.size() > 1 && m.account_id != request.viewer.account_id));
  View invitations = View::list();
  for (const auto& invitation : data.invitations)
    invitations.push(View()
                         .set("id", invitation.id)
                         .set("email", data.viewer_manages ? invitation.email : "")
                         .set("until", format_dutch_date(invitation.expires_at)));
  View view;
  view.set("name", i.name).set("slug", i.slug).set("managers", managers).set("invitations", invitations);
  view.set("has_invitations", !invitations.empty_list()).set("viewer_is_manager", data.viewer_manages);
  view.set("only_one", data.managers.size() <= 1).set("email", typed_email).set("alert", std::string(alert));
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "initiatives/managers", std::move(view),
                          {.title = fmt::format(fmt::runtime(texts::kManagersTitle), i.name), .status = status});
}

bool already_manager(App& app, std::int64_t initiative_id, const std::string& email) {
  return app.db->read([&](db::Connection& c) {
    auto account = accounts::find_account_by_email(c, email);
    return account && is_manager(c, initiative_id, account->id);
  });
}

// Invitation mails are limited per person and per profile (in memory), so the platform cannot
// be used to send many mails to strangers.
bool invitation_allowed(App& app, const http::Request& request, const Initiative& i) {
  return app.rate_limiter.allow("invite-person:" + std::to_string(request.viewer.account_id),
                                kInvitationsPerPersonPerDay, 86400) &&
         app.rate_limiter.allow("invite-initiative:" + std::to_string(i.id), kInvitationsPerInitiativePerDay, 86400);
}

http::Response render_invitation(App& app, const http::Request& request, const std::string& token,
                                 const InvitationState* state) {
  bool usable = state && state->usable;
  View view;
  view.set("usable", usable).set("token", usable ? token : "");
  view.set("email", usable ? state->email : "");
  view.set("initiative_name", state ? state->initiative.name : "");
  view.set("other_account", usable && request.viewer.logged_in() && request.viewer.email != state->email);
  return web::render_page(app, request, "initiatives/invitation", std::move(view),
                          {.title = texts::kInvitationTitle, .status = usable ? 200 : 410, .no_referrer = true});
}

}  // namespace

http::Response show_managers(App& app, const http::Request& request) {
  Initiative initiative;
  if (auto stop = load_managed(app, request, initiative)) return *stop;
  return render_managers(app, request, initiative, "", {}, "", 200);
}

http::Response invite_manager(App& app, const http::Request& request) {
  Initiative initiative;
  if (auto stop = load_managed(app, request, initiative)) return *stop;
  std::string typed = trim(request.form.get("email"));
  std::string email = normalize_email(typed);
  auto refuse = [&](const char* message, int status) {
    return render_managers(app, request, initiative, typed, {{"email", message}}, "", status);
  };
  if (email.empty()) return refuse(texts::kInviteEmailRequired, 422);
  if (!is_valid_email(email)) return refuse(texts::kEmailInvalid, 422);
  if (already_manager(app, initiative.id, email)) return refuse(texts::kInviteAlreadyManager, 409);
  if (!invitation_allowed(app, request, initiative)) return refuse(texts::kInviteTooMany, 429);
  auto sent = app.db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
    auto id = queue_invitation(app, c, initiative, email, request.viewer);
    if (!id) return id;
    auto detail = fmt::format(fmt::runtime(texts::kAuditInvited), *id);
    if (auto logged = audit::record(c, entry(app, request, "initiative.invite", initiative, detail)); !logged)
      return logged.error();
    return id;
  });
  if (!sent) return web::page_for_error(app, request, sent.error());
  return web::redirect_with_flash(app, managers_path(initiative), texts::kInvitationSent);
}

http::Response withdraw_invitation(App& app, const http::Request& request) {
  Initiative initiative;
  if (auto stop = load_managed(app, request, initiative)) return *stop;
  auto id = parse_id(request.form.get("invitation_id"));
  if (!id) return web::error_page(app, request, 404);
  auto withdrawn = app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
    auto deleted = delete_invitation(c, initiative.id, *id);
    if (!deleted || !*deleted) return deleted;
    auto detail = fmt::format(fmt::runtime(texts::kAuditInvitationWithdrawn), *id);
    if (auto logged = audit::record(c, entry(app, request, "initiative.invite_withdraw", initiative, detail)); !logged)
      return logged.error();
    return true;
  });
  if (!withdrawn) return web::page_for_error(app, request, withdrawn.error());
  if (!*withdrawn) return web::error_page(app, request, 404);
  return web::redirect_with_flash(app, managers_path(initiative), texts::kInvitationWithdrawn);
}

http::Response remove_fellow_manager(App& app, const http::Request& request) {
  Initiative initiative;
  if (auto stop = load_managed(app, request, initiative)) return *stop;
  auto account_id = parse_id(request.form.get("account_id"));
  if (!account_id) return web::error_page(app, request, 404);
  if (*account_id == request.viewer.account_id) return leave_initiative(app, request);
  auto removal = app.db->write<Removal>([&](db::Connection& c) -> Result<Removal> {
    auto done = remove_manager_keeping_one(c, initiative.id, *account_id);
    if (!done || *done != Removal::Removed) return done;
    auto detail = fmt::format(fmt::runtime(texts::kAuditManagerRemoved), *account_id);
    if (auto logged = audit::record(c, entry(app, request, "initiative.manager_remove", initiative, detail)); !logged)
      return logged.error();
    return done;
  });
  if (!removal) return web::page_for_error(app, request, removal.error());
  if (*removal == Removal::LastManager)
    return render_managers(app, request, initiative, "", {}, texts::kLastManagerCannotBeRemoved, 409);
  if (*removal == Removal::NotAManager)
    return render_managers(app, request, initiative, "", {}, texts::kNotAManager, 404);
  return web::redirect_with_flash(app, managers_path(initiative), texts::kManagerRemoved);
}

http::Response leave_initiative(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto initiative = find_by_route(app, request);
  if (!initiative) return web::error_page(app, request, 404);
  auto removal = app.db->write<Removal>([&](db::Connection& c) -> Result<Removal> {
    auto done = remove_manager_keeping_one(c, initiative->id, request.viewer.account_id);
    if (!done || *done != Removal::Removed) return done;
    if (auto logged =
            audit::record(c, entry(app, request, "initiative.manager_leave", *initiative, texts::kAuditManagerLeft));
        !logged)
      return logged.error();
    return done;
  });
  if (!removal) return web::page_for_error(app, request, removal.error());
  if (*removal == Removal::NotAManager) return web::error_page(app, request, 403);
  if (*removal == Removal::LastManager)
    return render_managers(app, request, *initiative, "", {}, texts::kLastManagerCannotLeave, 409);
  return web::redirect_with_flash(app, "/mijn-initiatieven",
                                  fmt::format(fmt::runtime(texts::kYouLeft), initiative->name));
}

http::Response show_invitation(App& app, const http::Request& request) {
  const std::string& token = request.query.get("t");
  auto state = peek_invitation(app, token);
  return render_invitation(app, request, token, state ? &*state : nullptr);
}

http::Response accept_invitation_link(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto accepted = app.db->write<std::optional<AcceptedInvitation>>(
      [&](db::Connection& c) { return accept_invitation(app, c, token, request.header("User-Agent")); });
  if (!accepted) return web::page_for_error(app, request, accepted.error());
  if (!*accepted) return render_invitation(app, request, "", nullptr);
  const AcceptedInvitation& done = **accepted;
  std::string profile = "/initiatieven/" + done.initiative.slug;
  // Staff still do their second step; a new account is first asked for a name (both come back here).
  std::string target = done.login.account.is_staff ? "/beheer/tweede-stap?verder=" + url_encode(profile)
                       : done.login.new_account    ? "/account/welkom?verder=" + url_encode(profile)
                                                   : profile;
  http::Response response = web::redirect_with_flash(
      app, target, fmt::format(fmt::runtime(texts::kInvitationAccepted), done.initiative.name));
  accounts::set_session_cookie(app, response, done.login.cookie_value, done.login.account);
  return response;
}

}  // namespace omzien::initiatives
