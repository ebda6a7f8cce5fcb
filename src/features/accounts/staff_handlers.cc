#include "features/accounts/staff_handlers.h"

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/accounts/login.h"
#include "features/accounts/session_store.h"
#include "features/accounts/texts.h"
#include "mail/outbox.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::accounts {
namespace {

std::optional<std::int64_t> person_id(const http::Request& request) {
  auto it = request.route.find("id");
  if (it == request.route.end()) return std::nullopt;
  try {
    std::size_t used = 0;
    std::int64_t id = std::stoll(it->second, &used);
    if (used != it->second.size() || id <= 0) return std::nullopt;
    return id;
  } catch (...) {
    return std::nullopt;
  }
}

View account_view(const Account& account) {
  View v;
  v.set("id", account.id).set("email", account.email).set("name", account.name).set("has_name", !account.name.empty());
  v.set("display_name", account.name.empty() ? account.email : account.name);
  v.set("created", format_dutch_date(account.created_at));
  v.set("last_login", account.last_login_at ? format_dutch_datetime(*account.last_login_at) : "nog nooit");
  v.set("is_staff", account.is_staff).set("is_linking_pin", account.is_linking_pin);
  return v;
}

audit::Entry staff_entry(const App& app, const http::Request& request, std::string action, std::int64_t subject_id,
                         std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = "account:" + std::to_string(subject_id),
          .detail = std::move(detail)};
}

http::Response render_person(App& app, const http::Request& request, std::int64_t id, View extra,
                             std::map<std::string, std::string> errors, int status) {
  auto account = app.db->read([&](db::Connection& c) { return find_account(c, id); });
  if (!account) return web::error_page(app, request, 404);
  View view = std::move(extra);
  view.set("person", account_view(*account));
  view.set("is_self", account->id == request.viewer.account_id);
  View history = View::list();
  for (const auto& entry : audit::list_entries(*app.db, "account:" + std::to_string(id), 20)) {
    history.push(View().set("at", format_dutch_datetime(entry.at)).set("who", entry.actor_label).set("what", entry.detail));
  }
  view.set("history", history);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "accounts/person", std::move(view),
                          {.title = account->name.empty() ? account->email : account->name, .status = status});
}

}  // namespace

http::Response show_staff_home(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto counts = mail::count_outbox(*app.db);
  View view;
  view.set("failed_mail", counts.failed).set("queued_mail", counts.queued);
  view.set("has_failed_mail", counts.failed > 0);
  return web::render_page(app, request, "accounts/staff_home", std::move(view), {.title = "Beheer"});
}

http::Response find_people(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  std::string query = trim(request.query.get("q"));
  View view;
  view.set("q", query).set("searched", !query.empty());
  View list = View::list();
  if (!query.empty()) {
    auto found = app.db->read([&](db::Connection& c) { return search_accounts(c, query, 50); });
    for (const auto& account : found) list.push(account_view(account));
  }
  view.set("people", list).set("none_found", !query.empty() && list.empty_list());
  return web::render_page(app, request, "accounts/people", std::move(view), {.title = "Mensen zoeken"});
}

http::Response show_person(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = person_id(request);
  if (!id) return web::error_page(app, request, 404);
  return render_person(app, request, *id, View(), {}, 200);
}

http::Response send_login_mail_for_person(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = person_id(request);
  if (!id) return web::error_page(app, request, 404);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    auto account = find_account(c, *id);
    if (!account) return not_found("no such account");
    if (auto queued = queue_login_mail(app, c, account->email); !queued) return queued;
    return audit::record(c, staff_entry(app, request, "staff.login_mail", *id, "Nieuwe inlogmail gestuurd"));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/mensen/" + std::to_string(*id), texts::kStaffLoginMailSent);
}

http::Response make_phone_code_for_person(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = person_id(request);
  if (!id) return web::error_page(app, request, 404);
  auto code = app.db->write<std::string>([&](db::Connection& c) -> Result<std::string> {
    auto account = find_account(c, *id);
    if (!account) return not_found("no such account");
    auto made = make_phone_code(app, c, account->email);
    if (!made) return made.error();
    if (auto done = audit::record(c, staff_entry(app, request, "staff.phone_code", *id, "Code gemaakt om voor te lezen"));
        !done)
      return done.error();
    return *made;
  });
  if (!code) return web::page_for_error(app, request, code.error());
  // The code is shown on this page only, never stored readable or logged.
  View extra;
  extra.set("phone_code", code->substr(0, 3) + " " + code->substr(3));
  extra.set("minutes", static_cast<int>(kTokenLifetime / 60));
  http::Response response = render_person(app, request, *id, std::move(extra), {}, 200);
  response.set_header("Cache-Control", "private, no-store");
  return response;
}

http::Response change_person_email(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = person_id(request);
  if (!id) return web::error_page(app, request, 404);
  std::string typed = trim(request.form.get("new_email"));
  std::string email = normalize_email(typed);
  View extra;
  extra.set("new_email", typed);
  if (email.empty()) return render_person(app, request, *id, extra, {{"new_email", texts::kEmailRequired}}, 422);
  if (!is_valid_email(email)) return render_person(app, request, *id, extra, {{"new_email", texts::kEmailInvalid}}, 422);
  if (request.form.get("identity_checked") != "ja")
    return render_person(app, request, *id, extra, {{"identity_checked", texts::kStaffIdentityRequired}}, 422);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (!find_account(c, *id)) return not_found("no such account");
    if (auto other = find_account_by_email(c, email); other && other->id != *id) return conflict("address taken");
    if (auto changed = change_email(c, *id, email); !changed) return changed;
    // The old mailbox may be in someone else's hands now: end every session.
    if (auto ended = delete_sessions_of_account(c, *id); !ended) return ended.error();
    return audit::record(c, staff_entry(app, request, "staff.change_email", *id,
                                        "E-mailadres gewijzigd na controle aan de telefoon"));
  });
  if (!done && done.error().kind == ErrorKind::Conflict)
    return render_person(app, request, *id, extra, {{"new_email", texts::kStaffEmailTaken}}, 409);
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/mensen/" + std::to_string(*id), texts::kStaffEmailChanged);
}

http::Response set_person_roles(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = person_id(request);
  if (!id) return web::error_page(app, request, 404);
  bool staff = request.form.get("staff") == "ja";
  bool linking_pin = request.form.get("linking_pin") == "ja";
  if (*id == request.viewer.account_id && !staff)
    return render_person(app, request, *id, View(), {{"staff", texts::kStaffCannotRemoveOwnStaff}}, 422);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    auto account = find_account(c, *id);
    if (!account) return not_found("no such account");
    if (account->is_staff != staff) {
      if (auto r = set_role_flag(c, *id, Role::Staff, staff); !r) return r;
      if (auto r = audit::record(c, staff_entry(app, request, staff ? "role.grant" : "role.revoke", *id,
                                                staff ? "Rol gegeven: medewerker" : "Rol afgenomen: medewerker"));
          !r)
        return r;
      // A role change takes effect at the next login: end their sessions.
      if (auto r = delete_sessions_of_account(c, *id); !r) return r.error();
    }
    if (account->is_linking_pin != linking_pin) {
      if (auto r = set_role_flag(c, *id, Role::LinkingPin, linking_pin); !r) return r;
      if (auto r = audit::record(c, staff_entry(app, request, linking_pin ? "role.grant" : "role.revoke", *id,
                                                linking_pin ? "Rol gegeven: LinkingPin" : "Rol afgenomen: LinkingPin"));
          !r)
        return r;
    }
    return {};
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/mensen/" + std::to_string(*id), texts::kStaffRolesSaved);
}

http::Response show_outbox(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  std::string wanted = request.query.get("status");
  std::optional<mail::OutboxStatus> status;
  if (wanted == "wachtrij") status = mail::OutboxStatus::Queued;
  else if (wanted == "verstuurd") status = mail::OutboxStatus::Sent;
  else if (wanted == "mislukt") status = mail::OutboxStatus::Failed;
  auto counts = mail::count_outbox(*app.db);
  View view;
  view.set("queued", counts.queued).set("sending", counts.sending).set("sent", counts.sent).set("failed", counts.failed);
  View list = View::list();
  for (const auto& entry : mail::list_outbox(*app.db, status, 200)) {
    std::string_view state = entry.status == mail::OutboxStatus::Sent     ? "verstuurd"
                             : entry.status == mail::OutboxStatus::Failed ? "mislukt"
                             : entry.status == mail::OutboxStatus::Sending ? "wordt verstuurd"
                                                                          : "in de wachtrij";
    list.push(View()
                  .set("recipient", entry.recipient)
                  .set("subject", entry.subject)
                  .set("kind", entry.kind)
                  .set("state", state)
                  .set("failed", entry.status == mail::OutboxStatus::Failed)
                  .set("attempts", entry.attempts)
                  .set("created", format_dutch_datetime(entry.created_at))
                  .set("error", entry.last_error));
  }
  view.set("mails", list).set("filter", wanted);
  return web::render_page(app, request, "accounts/outbox", std::move(view), {.title = "Uitgaande mail"});
}

http::Response show_audit_log(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  View list = View::list();
  for (const auto& entry : audit::list_entries(*app.db, std::nullopt, 300)) {
    list.push(View()
                  .set("at", format_dutch_datetime(entry.at))
                  .set("who", entry.actor_label)
                  .set("action", entry.action)
                  .set("subject", entry.subject)
                  .set("detail", entry.detail));
  }
  View view;
  view.set("entries", list);
  return web::render_page(app, request, "accounts/audit_log", std::move(view), {.title = "Logboek"});
}

}  // namespace omzien::accounts
