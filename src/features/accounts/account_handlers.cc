#include "features/accounts/account_handlers.h"

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/accounts/session_store.h"
#include "features/accounts/sessions.h"
#include "features/accounts/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::accounts {
namespace {

constexpr std::size_t kMaxNameLength = 100;

std::optional<std::string> name_error(const std::string& name) {
  if (utf8_length(name) > kMaxNameLength) return texts::kNameTooLong;
  if (has_control_characters(name) || !is_valid_utf8(name)) return texts::kNameInvalid;
  return std::nullopt;
}

http::Response render_account(App& app, const http::Request& request, const std::string& name,
                              std::map<std::string, std::string> errors, int status) {
  auto account = app.db->read([&](db::Connection& c) { return find_account(c, request.viewer.account_id); });
  if (!account) return web::error_page(app, request, 404);
  View view;
  view.set("email", account->email).set("name", name);
  view.set("created", format_dutch_date(account->created_at));
  view.set("is_staff", account->is_staff).set("is_linking_pin", account->is_linking_pin);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "accounts/account", std::move(view), {.title = "Mijn account", .status = status});
}

}  // namespace

http::Response show_account(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  return render_account(app, request, request.viewer.name, {}, 200);
}

http::Response show_welcome(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  View view;
  view.set("name", request.viewer.name).set("next", web::local_path_or_home(request.query.get("verder")));
  return web::render_page(app, request, "accounts/welcome", std::move(view), {.title = "Welkom"});
}

http::Response save_name(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  std::string name = normalize_nfc(trim(request.form.get("name")));
  std::string next = web::local_path_or_home(request.form.get("next"));
  if (auto error = name_error(name)) {
    if (request.form.has("next")) {
      View view;
      view.set("name", name).set("next", next);
      web::add_form_errors(view, {{"name", *error}});
      return web::render_page(app, request, "accounts/welcome", std::move(view), {.title = "Welkom", .status = 422});
    }
    return render_account(app, request, name, {{"name", *error}}, 422);
  }
  auto saved = app.db->write_void([&](db::Connection& c) { return rename_account(c, request.viewer.account_id, name); });
  if (!saved) return web::page_for_error(app, request, saved.error());
  return web::redirect_with_flash(app, request.form.has("next") ? next : "/account", texts::kNameSaved);
}

http::Response show_sessions(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto sessions = app.db->read([&](db::Connection& c) {
    return list_sessions(c, request.viewer.account_id, app.clock.now());
  });
  View list = View::list();
  for (const auto& session : sessions) {
    list.push(View()
                  .set("id", session.id)
                  .set("device", session.device)
                  .set("created", format_dutch_datetime(session.created_at))
                  .set("last_seen", format_dutch_datetime(session.last_seen_at))
                  .set("current", session.id_hash == request.viewer.session_hash));
  }
  View view;
  view.set("sessions", list).set("count", static_cast<int>(sessions.size()));
  return web::render_page(app, request, "accounts/sessions", std::move(view), {.title = "Waar ben je ingelogd"});
}

http::Response end_one_session(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  std::int64_t id = 0;
  try {
    id = std::stoll(request.form.get("session"));
  } catch (...) {
    return web::error_page(app, request, 400);
  }
  auto ended = app.db->write<bool>([&](db::Connection& c) { return delete_session_of(c, request.viewer.account_id, id); });
  if (!ended) return web::page_for_error(app, request, ended.error());
  if (!*ended) return web::error_page(app, request, 404);
  return web::redirect_with_flash(app, "/account/sessies", texts::kSessionEnded);
}

http::Response end_all_sessions(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto ended = app.db->write<int>([&](db::Connection& c) { return delete_sessions_of_account(c, request.viewer.account_id); });
  if (!ended) return web::page_for_error(app, request, ended.error());
  http::Response response = web::redirect_with_flash(app, "/inloggen", texts::kLoggedOutEverywhere);
  clear_session_cookie(app, response);
  return response;
}

// AVG article 15 and 20: a person can take their data with them, as a file.
http::Response export_own_data(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  nlohmann::json data;
  app.db->read([&](db::Connection& c) {
    auto account = find_account(c, request.viewer.account_id);
    if (!account) return;
    data["account"] = {{"email", account->email},
                       {"naam", account->name},
                       {"aangemaakt", format_utc_iso(account->created_at)},
                       {"laatst_ingelogd", account->last_login_at ? format_utc_iso(*account->last_login_at) : ""},
                       {"medewerker", account->is_staff},
                       {"linkingpin", account->is_linking_pin}};
    nlohmann::json sessions = nlohmann::json::array();
    for (const auto& s : list_sessions(c, account->id, app.clock.now()))
      sessions.push_back({{"apparaat", s.device},
                          {"sinds", format_utc_iso(s.created_at)},
                          {"laatst_gezien", format_utc_iso(s.last_seen_at)}});
    data["sessies"] = sessions;
  });
  http::Response response = http::Response::json(200, data.dump(2));
  response.set_header("Content-Disposition", "attachment; filename=\"mijn-gegevens-omzien.json\"");
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

// AVG article 17: a person can delete their account. Sessions go with it (foreign keys).
http::Response delete_own_account(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  if (request.form.get("confirm") != "ja")
    return render_account(app, request, request.viewer.name, {{"confirm", texts::kDeleteConfirmRequired}}, 422);
  for (const auto& check : app.account_deletion_checks) {
    if (auto reason = check(app, request.viewer.account_id))
      return render_account(app, request, request.viewer.name, {{"confirm", *reason}}, 409);
  }
  auto deleted = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto done = delete_account(c, request.viewer.account_id); !done) return done;
    return audit::record(c, {.at = app.clock.now(),
                             .actor_account_id = request.viewer.account_id,
                             .actor_label = "de persoon zelf",
                             .action = "account.delete",
                             .subject = "account:" + std::to_string(request.viewer.account_id),
                             .detail = "Account verwijderd op eigen verzoek"});
  });
  if (!deleted) return web::page_for_error(app, request, deleted.error());
  http::Response response = web::redirect_with_flash(app, "/", texts::kAccountDeleted);
  clear_session_cookie(app, response);
  return response;
}

}  // namespace omzien::accounts
