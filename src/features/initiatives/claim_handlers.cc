#include "features/initiatives/claim_handlers.h"

#include <fmt/core.h>

#include "app/app.h"
#include "core/text.h"
#include "features/initiatives/claim.h"
#include "features/initiatives/texts.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

// The link's page: the button when the link is usable, otherwise what to do now.
http::Response render_claim_page(App& app, const http::Request& request, const std::string& token,
                                 const std::optional<ClaimLink>& link) {
  ClaimLinkState state = link ? link->state : ClaimLinkState::Expired;
  View view;
  view.set("token", token).set("site_name", app.config.site_name).set("contact_email", app.config.contact_email);
  view.set("usable", state == ClaimLinkState::Usable);
  view.set("used", link && state == ClaimLinkState::Used);
  view.set("expired", link && state == ClaimLinkState::Expired);
  view.set("already_claimed", link && state == ClaimLinkState::AlreadyClaimed);
  view.set("unknown", !link);
  view.set("other_account", request.viewer.logged_in() && link && request.viewer.email != link->email);
  if (link) {
    view.set("initiative_name", link->initiative.name).set("email", link->email);
    view.set("profile_path", "/initiatieven/" + link->initiative.slug);
  }
  bool usable = state == ClaimLinkState::Usable;
  http::Response response = web::render_page(
      app, request, "initiatives/claim", std::move(view),
      {.title = usable ? texts::kClaimTitle : texts::kClaimNotUsableTitle, .status = usable ? 200 : 410,
       .no_referrer = true});
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

}  // namespace

http::Response show_claim_link(App& app, const http::Request& request) {
  const std::string& token = request.query.get("t");
  return render_claim_page(app, request, token, peek_claim_link(app, token));
}

http::Response use_claim_link(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto claimed = app.db->write<std::optional<Claimed>>(
      [&](db::Connection& c) { return claim_profile(app, c, token, request.header("User-Agent")); });
  if (!claimed && claimed.error().kind != ErrorKind::Conflict) return web::page_for_error(app, request, claimed.error());
  if (!claimed || !*claimed) return render_claim_page(app, request, "", peek_claim_link(app, token));
  const Claimed& done = **claimed;
  app.notify_content_changed({"initiative", done.initiative.id, ContentChange::Action::Saved});
  std::string profile = "/initiatieven/" + done.initiative.slug;
  // Staff still do their second step; a new account is first asked for a name (both come back here).
  std::string target = done.login.account.is_staff ? "/beheer/tweede-stap?verder=" + url_encode(profile)
                       : done.login.new_account    ? "/account/welkom?verder=" + url_encode(profile)
                                                   : profile;
  http::Response response =
      web::redirect_with_flash(app, target, fmt::format(fmt::runtime(texts::kClaimed), done.initiative.name));
  accounts::set_session_cookie(app, response, done.login.cookie_value, done.login.account);
  return response;
}

}  // namespace omzien::initiatives
