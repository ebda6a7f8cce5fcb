// Logged-in sessions: a random 256-bit id in an HttpOnly cookie, stored hashed.
// Members stay logged in for 30 days (ASVS level 1); staff sessions end after 12 hours, or after
// 30 minutes without activity (ASVS level 2), and need the second factor.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/accounts/account.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

inline constexpr Seconds kMemberSessionLifetime = 30 * 86400;
inline constexpr Seconds kStaffSessionLifetime = 12 * 3600;
inline constexpr Seconds kStaffIdleLimit = 30 * 60;

// A new session for `account`; returns the cookie value (the only copy of the raw id).
Result<std::string> start_session(db::Connection& c, const Account& account, std::string_view user_agent,
                                  Seconds now);
// Sets the session cookie on `response` (lifetime by role).
void set_session_cookie(const App& app, http::Response& response, std::string_view value, const Account& account);
// Removes the session cookie.
void clear_session_cookie(const App& app, http::Response& response);
// Fills request.viewer from the session cookie; expired or idle sessions are ended.
void identify_viewer(App& app, http::Request& request);
// "Firefox op Android": enough to recognise a device in the session list.
std::string describe_device(std::string_view user_agent);

// Logs `email` in within the caller's transaction (account created on first login) and returns
// the account and the new session's cookie value. Used by login and by links that log in
// and act at once (claiming a profile, accepting an invitation).
struct LoggedIn {
  Account account;
  std::string cookie_value;
  bool new_account = false;
};
Result<LoggedIn> log_in(db::Connection& c, std::string_view email, std::string_view user_agent, Seconds now);

}  // namespace omzien::accounts
