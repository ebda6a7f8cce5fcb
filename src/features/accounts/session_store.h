// SQL for sessions: a row per logged-in browser, found by the hash of its cookie.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/accounts/account.h"

namespace omzien::accounts {

struct Session {
  std::int64_t id = 0;
  std::string id_hash;
  std::int64_t account_id = 0;
  Seconds created_at = 0;
  Seconds last_seen_at = 0;
  Seconds expires_at = 0;
  std::optional<Seconds> second_factor_at;
  std::string device;  // "Firefox op Android": no full user agent
};

Result<void> insert_session(db::Connection& c, const Session& session);
// The session and its account for a cookie hash, if the session exists.
std::optional<std::pair<Session, Account>> find_session(db::Connection& c, std::string_view id_hash);
Result<void> touch_session(db::Connection& c, std::int64_t id, Seconds now);
Result<void> mark_second_factor(db::Connection& c, std::int64_t id, Seconds now);
Result<void> delete_session(db::Connection& c, std::int64_t id);
// Deletes one session of `account_id`; false when it is not theirs.
Result<bool> delete_session_of(db::Connection& c, std::int64_t account_id, std::int64_t session_id);
Result<int> delete_sessions_of_account(db::Connection& c, std::int64_t account_id);
std::vector<Session> list_sessions(db::Connection& c, std::int64_t account_id, Seconds now);
Result<void> delete_expired_sessions(db::Connection& c, Seconds now);

}  // namespace omzien::accounts
