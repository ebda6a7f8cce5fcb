// The staff's second factor: set up with a QR code and recovery codes at the first staff login,
// asked at every staff login after that.
#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/qr.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/accounts/session_store.h"
#include "features/accounts/staff_handlers.h"
#include "features/accounts/texts.h"
#include "features/accounts/totp.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::accounts {
namespace {

constexpr int kTriesPerQuarter = 5;

std::string recovery_hash(const App& app, std::string_view code) {
  return keyed_hash(app.secret, "recovery:" + normalize_recovery_code(code));
}

http::Response render_second_factor(App& app, const http::Request& request, const std::string& next,
                                    std::map<std::string, std::string> errors, int status) {
  auto state = app.db->write<TotpState>([&](db::Connection& c) -> Result<TotpState> {
    auto totp = find_totp(c, request.viewer.account_id);
    if (totp) return *totp;
    // First staff login: make a secret; it only counts once a code from the app confirms it.
    TotpState fresh{new_totp_secret(), false, 0};
    if (auto stored = store_pending_totp(c, request.viewer.account_id, fresh.secret); !stored) return stored.error();
    return fresh;
  });
  if (!state) return web::page_for_error(app, request, state.error());
  View view;
  view.set("next", next).set("setup", !state->confirmed);
  if (!state->confirmed) {
    std::string uri = totp_uri(state->secret, request.viewer.email, app.config.site_name);
    // The QR SVG is made by core/qr.cc from our own URI; it holds no user input unescaped.
    view.set("qr_svg", qr_svg(uri, "QR-code voor je authenticator-app"));
    view.set("secret_text", totp_secret_text(state->secret));
  }
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "accounts/second_factor", std::move(view),
                          {.title = "Tweede stap", .status = status, .no_referrer = true});
}

}  // namespace

http::Response show_second_factor(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  std::string next = web::local_path_or_home(request.query.get("verder"));
  if (next == "/") next = "/beheer";
  if (!request.viewer.staff) return web::error_page(app, request, 403);
  if (request.viewer.second_factor_done) return http::Response::redirect(next);
  return render_second_factor(app, request, next, {}, 200);
}

http::Response submit_second_factor(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  if (!request.viewer.staff) return web::error_page(app, request, 403);
  std::string next = web::local_path_or_home(request.form.get("next"));
  std::string code = trim(request.form.get("code"));
  if (code.empty()) return render_second_factor(app, request, next, {{"code", texts::kTotpRequired}}, 422);
  if (!app.rate_limiter.allow("totp:" + std::to_string(request.viewer.account_id), kTriesPerQuarter, 900))
    return render_second_factor(app, request, next, {{"code", texts::kTotpTooManyTries}}, 429);

  std::vector<std::string> new_recovery;
  auto accepted = app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
    auto state = find_totp(c, request.viewer.account_id);
    if (!state) return false;
    Seconds now = app.clock.now();
    bool ok = false;
    if (auto step = verify_totp(state->secret, code, now, state->last_step)) {
      ok = true;
      if (!state->confirmed) {
        if (auto done = confirm_totp(c, request.viewer.account_id, *step, now); !done) return done.error();
        new_recovery = new_recovery_codes();
        std::vector<std::string> hashes;
        for (const auto& r : new_recovery) hashes.push_back(recovery_hash(app, r));
        if (auto done = replace_recovery_codes(c, request.viewer.account_id, hashes); !done) return done.error();
      } else if (auto done = record_totp_step(c, request.viewer.account_id, *step); !done) {
        return done.error();
      }
    } else if (state->confirmed) {
      auto used = use_recovery_code(c, request.viewer.account_id, recovery_hash(app, code), now);
      if (!used) return used.error();
      ok = *used;
    }
    if (!ok) return false;
    auto session = find_session(c, request.viewer.session_hash);
    if (!session) return false;
    if (auto done = mark_second_factor(c, session->first.id, now); !done) return done.error();
    if (auto done = audit::record(c, {.at = now,
                                       .actor_account_id = request.viewer.account_id,
                                       .actor_label = request.viewer.display_name(),
                                       .action = "staff.login",
                                       .subject = "account:" + std::to_string(request.viewer.account_id),
                                       .detail = new_recovery.empty() ? "Ingelogd als medewerker"
                                                                      : "Tweede stap ingesteld"});
        !done)
      return done.error();
    return true;
  });
  if (!accepted) return web::page_for_error(app, request, accepted.error());
  if (!*accepted) return render_second_factor(app, request, next, {{"code", texts::kTotpWrong}}, 422);
  if (new_recovery.empty()) return web::redirect_with_flash(app, next, texts::kSecondFactorDone);
  // Shown once, never stored readable.
  View view;
  View codes = View::list();
  for (const auto& r : new_recovery) codes.push(View(r));
  view.set("codes", codes).set("next", next);
  return web::render_page(app, request, "accounts/recovery_codes", std::move(view),
                          {.title = "Je herstelcodes", .no_referrer = true});
}

}  // namespace omzien::accounts
