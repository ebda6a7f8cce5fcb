// Logging in by e-mail: a 6-digit code and a link, either valid once for 10 minutes
// (OWASP ASVS 2.7.2). Only hashes are stored; codes and links never reach the log (except the
// link on a developer's machine when mail goes to files, so they can log in locally).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

inline constexpr Seconds kTokenLifetime = 600;
inline constexpr int kMaxWrongCodes = 5;  // the sixth wrong code ends the token
inline constexpr int kMailsPerAddressPerHour = 5;
inline constexpr int kMailsPerIpPerHour = 20;
inline constexpr int kCodeTriesPerIpPerHour = 60;

// Creates a code and link for `email` and queues the login mail, in the caller's transaction.
Result<void> queue_login_mail(App& app, db::Connection& c, std::string_view email);

enum class CodeCheck { Accepted, Wrong, NoActiveCode };
struct CodeOutcome {
  CodeCheck check = CodeCheck::NoActiveCode;
  int tries_left = 0;  // after a wrong code: how many more the newest token allows
};
// Checks `code` against the active tokens of `email`; uses the token when it matches,
// otherwise counts a wrong try on every active token.
Result<CodeOutcome> check_code(App& app, db::Connection& c, std::string_view email, std::string_view code);

// What a link token points at, without using it (the GET of the link changes nothing).
struct LinkState {
  std::string email;
  bool usable = false;  // unused and not expired
};
std::optional<LinkState> peek_link(App& app, std::string_view token);
// Uses the link token; the e-mail address it was for, or nullopt when it is no longer usable.
Result<std::optional<std::string>> use_link(App& app, db::Connection& c, std::string_view token);

// A code staff read out on the phone to someone who cannot get in: valid 10 minutes, once.
Result<std::string> make_phone_code(App& app, db::Connection& c, std::string_view email);

// The keyed hash a code is stored under (keyed with the server key: six digits are too few
// to store with a plain hash).
std::string hash_code(const App& app, std::string_view email, std::string_view code);

}  // namespace omzien::accounts
