#include "features/accounts/sessions.h"

#include "app/app.h"
#include "core/crypto.h"
#include "core/log.h"
#include "features/accounts/account_store.h"
#include "features/accounts/session_store.h"
#include "web/cookies.h"

namespace omzien::accounts {
namespace {

// How often a session's last-seen time is written: staff need it for the idle limit; for
// members it only feeds the session list, so once in a few minutes is enough.
constexpr Seconds kTouchIntervalStaff = 60;
constexpr Seconds kTouchIntervalMember = 300;

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

std::string describe_device(std::string_view ua) {
  std::string browser = contains(ua, "Edg/")       ? "Edge"
                        : contains(ua, "OPR/")     ? "Opera"
                        : contains(ua, "Firefox/") ? "Firefox"
                        : contains(ua, "Chrome/") || contains(ua, "Chromium/") ? "Chrome"
                        : contains(ua, "Safari/")  ? "Safari"
                                                   : "een browser";
  std::string system = contains(ua, "Android")                              ? "Android"
                       : contains(ua, "iPhone") || contains(ua, "iPad")     ? "iPhone of iPad"
                       : contains(ua, "Windows")                            ? "Windows"
                       : contains(ua, "Mac OS X") || contains(ua, "Macintosh") ? "Mac"
                       : contains(ua, "Linux")                              ? "Linux"
                                                                            : "";
  return system.empty() ? browser : browser + " op " + system;
}

Result<std::string> start_session(db::Connection& c, const Account& account, std::string_view user_agent,
                                  Seconds now) {
  std::string value = random_token(32);
  Session session;
  session.id_hash = hash_token(value);
  session.account_id = account.id;
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = now + (account.is_staff ? kStaffSessionLifetime : kMemberSessionLifetime);
  session.device = describe_device(user_agent);
  if (auto done = insert_session(c, session); !done) return done.error();
  return value;
}

void set_session_cookie(const App& app, http::Response& response, std::string_view value, const Account& account) {
  response.set_cookies.push_back(web::set_cookie(
      app, "session", value, account.is_staff ? kStaffSessionLifetime : kMemberSessionLifetime));
}

void clear_session_cookie(const App& app, http::Response& response) {
  response.set_cookies.push_back(web::set_cookie(app, "session", "", 0));
}

void identify_viewer(App& app, http::Request& request) {
  std::string value = request.cookie(web::cookie_name(app, "session"));
  if (value.empty() || value.size() > 100) return;
  std::string id_hash = hash_token(value);
  auto found = app.db->read([&](db::Connection& c) { return find_session(c, id_hash); });
  if (!found) return;
  auto& [session, account] = *found;
  Seconds now = app.clock.now();
  bool idle_too_long = account.is_staff && now - session.last_seen_at > kStaffIdleLimit;
  if (session.expires_at <= now || idle_too_long) {
    (void)app.db->write_void([&](db::Connection& c) { return delete_session(c, session.id); });
    return;
  }
  Seconds interval = account.is_staff ? kTouchIntervalStaff : kTouchIntervalMember;
  if (now - session.last_seen_at >= interval) {
    auto touched = app.db->write_void([&](db::Connection& c) { return touch_session(c, session.id, now); });
    if (!touched) log_warning("session touch failed: {}", touched.error().detail);
  }
  request.viewer.account_id = account.id;
  request.viewer.email = account.email;
  request.viewer.name = account.name;
  request.viewer.session_hash = id_hash;
  request.viewer.staff = account.is_staff;
  request.viewer.second_factor_done = session.second_factor_at.has_value();
  request.viewer.linking_pin = account.is_linking_pin;
}

Result<LoggedIn> log_in(db::Connection& c, std::string_view email, std::string_view user_agent, Seconds now) {
  bool existed = find_account_by_email(c, email).has_value();
  auto account = find_or_create_account(c, email, now);
  if (!account) return account.error();
  if (auto done = record_login(c, account->id, now); !done) return done.error();
  auto cookie = start_session(c, *account, user_agent, now);
  if (!cookie) return cookie.error();
  (void)delete_expired_sessions(c, now);
  return LoggedIn{*account, *cookie, !existed};
}

}  // namespace omzien::accounts
