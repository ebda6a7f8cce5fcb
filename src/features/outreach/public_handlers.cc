// Pages for people outside the foundation: the personal link of an invitation, opting out of
// the mails (a page with a button, and RFC 8058 one-click), and the invite links members share.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/qr.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/share.h"
#include "features/outreach/campaign_store.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/handlers.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/opt_out.h"
#include "features/outreach/personal_link.h"
#include "features/outreach/referral.h"
#include "features/outreach/referral_store.h"
#include "features/outreach/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

http::Response private_page(http::Response response) {
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

http::Response render_link_page(App& app, const http::Request& request, const std::string& token,
                                const std::optional<PersonalLink>& link) {
  bool usable = link && link->state == LinkState::Usable;
  View view;
  view.set("token", token).set("usable", usable).set("unknown", !link).set("contact_email", app.config.contact_email);
  view.set("site_name", app.config.site_name);
  view.set("used", link && link->state == LinkState::Used).set("expired", link && link->state == LinkState::Expired);
  if (link) {
    std::string name = link->profile ? link->profile->name : link->contact.initiative_name;
    view.set("initiative_name", name.empty() ? std::string(texts::kInitiativeFallback) : name);
    view.set("claim", link->way == JoinWay::ClaimProfile).set("open", link->way == JoinWay::OpenProfile);
    view.set("create", link->way == JoinWay::CreateProfile);
  }
  return private_page(web::render_page(app, request, "outreach/personal_link", std::move(view),
                                       {.title = usable ? texts::kJoinTitle : texts::kLinkNotUsableTitle,
                                        .status = usable ? 200 : link ? 410 : 404,
                                        .no_referrer = true}));
}

std::optional<OptOutTarget> opt_out_target(App& app, std::string_view token) {
  return app.db->read([&](db::Connection& c) { return find_opt_out_target(app, c, token); });
}

// Opts the address of the link out, in one transaction with its audit line. The audit names the
// contact when the address is in the address file, never the address itself.
Result<bool> opt_out_by_token(App& app, std::string_view token) {
  return app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
    auto target = find_opt_out_target(app, c, token);
    if (!target) return false;
    if (target->already) return true;
    if (auto r = add_opt_out(app, c, *target); !r) return r.error();
    if (auto r = audit::record(c, {.at = app.clock.now(),
                                   .actor_label = std::string(texts::kAuditRecipient),
                                   .action = "contact.opt_out",
                                   .subject = target->contact_id ? contact_subject(*target->contact_id) : std::string("mail"),
                                   .detail = texts::kAuditOptedOut});
        !r)
      return r.error();
    return true;
  });
}

http::Response render_opt_out(App& app, const http::Request& request, const std::string& token, bool done) {
  auto target = opt_out_target(app, token);
  View view;
  view.set("token", token).set("known", target.has_value()).set("contact_email", app.config.contact_email);
  view.set("done", done || (target && target->already));
  return private_page(web::render_page(app, request, "outreach/opt_out", std::move(view),
                                       {.title = texts::kOptOutTitle, .status = target || done ? 200 : 404, .no_referrer = true}));
}

}  // namespace

http::Response show_personal_link(App& app, const http::Request& request) {
  const std::string& token = request.query.get("t");
  return render_link_page(app, request, token, peek_personal_link(app, token));
}

http::Response use_personal_link_button(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto joined = app.db->write<std::optional<Joined>>(
      [&](db::Connection& c) { return use_personal_link(app, c, token, request.header("User-Agent")); });
  if (!joined && joined.error().kind != ErrorKind::Conflict) return web::page_for_error(app, request, joined.error());
  if (!joined || !*joined) return render_link_page(app, request, "", peek_personal_link(app, token));
  const Joined& done = **joined;
  if (done.initiative_id) app.notify_content_changed({"initiative", *done.initiative_id, ContentChange::Action::Saved});
  std::string target = done.login.account.is_staff ? "/beheer/tweede-stap?verder=" + url_encode(done.target)
                       : done.login.new_account    ? "/account/welkom?verder=" + url_encode(done.target)
                                                   : done.target;
  std::string message = done.way == JoinWay::ClaimProfile ? fmt::format(fmt::runtime(texts::kJoinedClaimed), done.initiative_name)
                        : done.way == JoinWay::OpenProfile ? std::string(texts::kJoinedOpen)
                                                           : std::string(texts::kJoinedCreate);
  http::Response response = web::redirect_with_flash(app, target, message);
  accounts::set_session_cookie(app, response, done.login.cookie_value, done.login.account);
  return response;
}

http::Response show_opt_out(App& app, const http::Request& request) {
  return render_opt_out(app, request, request.query.get("t"), false);
}

http::Response opt_out(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto done = opt_out_by_token(app, token);
  if (!done) return web::page_for_error(app, request, done.error());
  return render_opt_out(app, request, token, *done);
}

// RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the URL of the header, without
// our form and its CSRF token; the secret token in the URL is what allows it.
http::Response opt_out_one_click(App& app, const http::Request& request) {
  if (request.form.get("List-Unsubscribe") != "One-Click") return http::Response::text(400, texts::kOneClickBadBody);
  auto done = opt_out_by_token(app, request.query.get("t"));
  if (!done) return http::Response::text(500, texts::kOneClickFailed);
  if (!*done) return http::Response::text(404, texts::kOneClickUnknown);
  return http::Response::text(200, texts::kOneClickDone);
}

http::Response show_invite_page(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto code = referral_code_for(app, request.viewer.account_id);
  if (!code) return web::page_for_error(app, request, code.error());
  std::string url = app.url("/via/" + *code);
  View view;
  view.set("url", url).set("name", request.viewer.name).set("has_name", !request.viewer.name.empty());
  initiatives::add_share_links(view, initiatives::share_links(url, fmt::format(fmt::runtime(texts::kShareTitle), app.config.site_name), texts::kShareSentence));
  // qr_svg draws the SVG from the URL itself and escapes its label; no user HTML goes in.
  view.set("qr_svg", qr_svg(url, texts::kQrLabel));
  View brought = View::list();
  app.db->read([&](db::Connection& c) {
    for (const auto& b : list_brought_in(c, request.viewer.account_id))
      if (auto i = initiatives::find_initiative(c, b.initiative_id); i && i->status == initiatives::Status::Published)
        brought.push(View().set("name", i->name).set("slug", i->slug).set("at", format_dutch_date(b.at)));
    return 0;
  });
  view.set("brought", brought).set("none_brought", brought.empty_list());
  view.set("caller", request.viewer.is_staff() || request.viewer.is_linking_pin());
  return web::render_page(app, request, "outreach/invite", std::move(view), {.title = texts::kInviteTitle});
}

http::Response show_referral(App& app, const http::Request& request) {
  const std::string& code = request.route.at("code");
  auto referrer = referrer_of_code(app, code);
  if (!referrer) return web::error_page(app, request, 404);
  auto account = app.db->read([&](db::Connection& c) { return accounts::find_account(c, *referrer); });
  View view;
  view.set("code", code).set("logged_in", request.viewer.logged_in()).set("site_name", app.config.site_name);
  if (account && !account->name.empty()) view.set("referrer", account->name);
  view.set("login_path", "/inloggen?verder=" + url_encode("/via/" + code));
  return web::render_page(app, request, "outreach/referral", std::move(view), {.title = texts::kReferralTitle});
}

http::Response follow_referral(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto referrer = referrer_of_code(app, request.route.at("code"));
  if (!referrer) return web::error_page(app, request, 404);
  auto done = app.db->write_void(
      [&](db::Connection& c) { return record_referral(app, c, request.viewer.account_id, *referrer); });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/initiatieven/nieuw", texts::kReferralFollowed);
}

}  // namespace omzien::outreach
