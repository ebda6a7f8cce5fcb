#include "features/accounts/login_handlers.h"

#include <fmt/core.h>

#include "app/app.h"
#include "core/crypto.h"
#include "core/text.h"
#include "features/accounts/login.h"
#include "features/accounts/session_store.h"
#include "features/accounts/sessions.h"
#include "features/accounts/texts.h"
#include "web/cookies.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::accounts {
namespace {

// Between asking for a code and typing it, the browser keeps the address (and where to go
// afterwards) in a signed cookie, so the address never appears in a URL or a log.
struct PendingLogin {
  std::string email;
  std::string next = "/";
};

std::optional<PendingLogin> read_pending(const App& app, const http::Request& request) {
  auto payload = web::verify_signed(app, request.cookie(web::cookie_name(app, "login")));
  if (!payload) return std::nullopt;
  auto parts = split(url_decode(*payload, false), '\n');
  if (parts.size() != 2) return std::nullopt;
  return PendingLogin{parts[0], web::local_path_or_home(parts[1])};
}

std::string pending_cookie(const App& app, const PendingLogin& pending) {
  return web::set_cookie(app, "login", web::sign(app, url_encode(pending.email + "\n" + pending.next)),
                         kTokenLifetime + 300);
}

http::Response render_login_form(App& app, const http::Request& request, const std::string& email,
                                 const std::string& next, std::map<std::string, std::string> errors, int status) {
  View view;
  view.set("email", email).set("next", next);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "accounts/login", std::move(view),
                          {.title = "Inloggen", .status = status, .no_referrer = true});
}

http::Response render_code_form(App& app, const http::Request& request, const std::string& email,
                                std::map<std::string, std::string> errors, int status, bool expired = false) {
  View view;
  view.set("email", email).set("email_known", !email.empty()).set("expired", expired);
  view.set("minutes", static_cast<int>(kTokenLifetime / 60));
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "accounts/code", std::move(view),
                          {.title = "Vul je code in", .status = status, .no_referrer = true});
}

// Rate limits for login mails: per address and per IP address, in memory only.
std::optional<std::string> mail_limit_reached(App& app, const http::Request& request, const std::string& email) {
  if (!app.rate_limiter.allow("login-ip:" + request.remote_ip, kMailsPerIpPerHour, 3600))
    return texts::kTooManyMailsFromHere;
  if (!app.rate_limiter.allow("login-mail:" + hash_token(email), kMailsPerAddressPerHour, 3600))
    return texts::kTooManyMails;
  return std::nullopt;
}

// Logs in and sends the browser on; new accounts first get the (optional) name question.
http::Response finish_login(App& app, const http::Request& request, const std::string& email, std::string next) {
  auto logged_in = app.db->write<LoggedIn>([&](db::Connection& c) {
    return log_in(c, email, request.header("User-Agent"), app.clock.now());
  });
  if (!logged_in) return web::page_for_error(app, request, logged_in.error());
  std::string target = logged_in->account.is_staff  ? "/beheer/tweede-stap?verder=" + url_encode(next)
                       : logged_in->new_account     ? "/account/welkom?verder=" + url_encode(next)
                                                    : next;
  http::Response response = web::redirect_with_flash(app, target, texts::kLoggedIn);
  set_session_cookie(app, response, logged_in->cookie_value, logged_in->account);
  response.set_cookies.push_back(web::set_cookie(app, "login", "", 0));
  return response;
}

}  // namespace

http::Response show_login_form(App& app, const http::Request& request) {
  std::string next = web::local_path_or_home(request.query.get("verder"));
  if (request.viewer.logged_in()) return http::Response::redirect(next);
  return render_login_form(app, request, "", next, {}, 200);
}

http::Response request_login(App& app, const http::Request& request) {
  std::string typed = trim(request.form.get("email"));
  std::string next = web::local_path_or_home(request.form.get("next"));
  std::string email = normalize_email(typed);
  if (email.empty()) return render_login_form(app, request, typed, next, {{"email", texts::kEmailRequired}}, 422);
  if (!is_valid_email(email)) return render_login_form(app, request, typed, next, {{"email", texts::kEmailInvalid}}, 422);
  if (auto limited = mail_limit_reached(app, request, email))
    return render_login_form(app, request, typed, next, {{"email", *limited}}, 429);
  // Known or not, the same happens (a new address becomes an account on first login), so the
  // answer never tells whether someone is on the platform.
  auto queued = app.db->write_void([&](db::Connection& c) { return queue_login_mail(app, c, email); });
  if (!queued) return web::page_for_error(app, request, queued.error());
  http::Response response = http::Response::redirect("/inloggen/code");
  response.set_cookies.push_back(pending_cookie(app, {email, next}));
  return response;
}

http::Response show_code_form(App& app, const http::Request& request) {
  auto pending = read_pending(app, request);
  return render_code_form(app, request, pending ? pending->email : "", {}, 200);
}

http::Response submit_code(App& app, const http::Request& request) {
  auto pending = read_pending(app, request);
  std::string email = normalize_email(request.form.has("email") ? request.form.get("email")
                                                                 : (pending ? pending->email : ""));
  std::string code = trim(request.form.get("code"));
  if (email.empty() || !is_valid_email(email))
    return render_code_form(app, request, "", {{"email", email.empty() ? texts::kEmailRequired : texts::kEmailInvalid}}, 422);
  if (code.empty()) return render_code_form(app, request, email, {{"code", texts::kCodeRequired}}, 422);
  if (!app.rate_limiter.allow("code-ip:" + request.remote_ip, kCodeTriesPerIpPerHour, 3600))
    return render_code_form(app, request, email, {{"code", texts::kTooManyCodeTries}}, 429);
  auto outcome = app.db->write<CodeOutcome>([&](db::Connection& c) { return check_code(app, c, email, code); });
  if (!outcome) return web::page_for_error(app, request, outcome.error());
  switch (outcome->check) {
    case CodeCheck::Accepted:
      return finish_login(app, request, email, pending && pending->email == email ? pending->next : "/");
    case CodeCheck::NoActiveCode:
      return render_code_form(app, request, email, {{"code", texts::kCodeExpired}}, 422, true);
    case CodeCheck::Wrong: {
      std::string tries = outcome->tries_left == 1 ? texts::kCodeTriesLeftOne
                                                   : fmt::format(fmt::runtime(texts::kCodeTriesLeftMany), outcome->tries_left);
      return render_code_form(app, request, email, {{"code", std::string(texts::kCodeWrong) + " " + tries}}, 422);
    }
  }
  return web::error_page(app, request, 500);
}

http::Response resend_code(App& app, const http::Request& request) {
  auto pending = read_pending(app, request);
  std::string email = normalize_email(request.form.has("email") ? request.form.get("email")
                                                                 : (pending ? pending->email : ""));
  if (!is_valid_email(email)) return render_login_form(app, request, email, "/", {{"email", texts::kEmailInvalid}}, 422);
  if (auto limited = mail_limit_reached(app, request, email))
    return render_code_form(app, request, email, {{"code", *limited}}, 429);
  auto queued = app.db->write_void([&](db::Connection& c) { return queue_login_mail(app, c, email); });
  if (!queued) return web::page_for_error(app, request, queued.error());
  http::Response response = web::redirect_with_flash(app, "/inloggen/code", texts::kNewCodeSent);
  response.set_cookies.push_back(pending_cookie(app, {email, pending ? pending->next : "/"}));
  return response;
}

// The GET of a mailed link changes nothing: mail scanners open every link (and even submit
// forms that submit themselves), which would use up the link before the person sees it.
http::Response show_login_link(App& app, const http::Request& request) {
  const std::string& token = request.query.get("t");
  auto state = peek_link(app, token);
  View view;
  view.set("token", token);
  view.set("usable", state && state->usable);
  view.set("email", state ? state->email : "");
  return web::render_page(app, request, "accounts/link", std::move(view),
                          {.title = "Inloggen met de link", .status = state && state->usable ? 200 : 410,
                           .no_referrer = true});
}

http::Response use_login_link(App& app, const http::Request& request) {
  const std::string& token = request.form.get("t");
  auto used = app.db->write<std::optional<std::string>>([&](db::Connection& c) { return use_link(app, c, token); });
  if (!used) return web::page_for_error(app, request, used.error());
  if (!*used) {
    View view;
    view.set("usable", false).set("token", "").set("email", "");
    return web::render_page(app, request, "accounts/link", std::move(view),
                            {.title = "Inloggen met de link", .status = 410, .no_referrer = true});
  }
  auto pending = read_pending(app, request);
  return finish_login(app, request, **used, pending && pending->email == **used ? pending->next : "/");
}

http::Response log_out(App& app, const http::Request& request) {
  if (request.viewer.logged_in()) {
    (void)app.db->write_void([&](db::Connection& c) -> Result<void> {
      auto found = find_session(c, request.viewer.session_hash);
      if (!found) return {};
      return delete_session(c, found->first.id);
    });
  }
  http::Response response = web::redirect_with_flash(app, "/", texts::kLoggedOut);
  clear_session_cookie(app, response);
  return response;
}

}  // namespace omzien::accounts
