#include "features/accounts/session_store.h"

namespace omzien::accounts {
namespace {

constexpr std::string_view kInsert = R"sql(
  INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at, expires_at, second_factor_at, device)
  VALUES (:id_hash, :account_id, :created_at, :last_seen_at, :expires_at, :second_factor_at, :device)
)sql";
constexpr std::string_view kFind = R"sql(
  SELECT s.id, s.id_hash, s.account_id, s.created_at, s.last_seen_at, s.expires_at, s.second_factor_at, s.device,
         a.id, a.email, a.name, a.created_at, a.last_login_at, a.is_staff, a.is_linking_pin,
         a.totp_confirmed_at IS NOT NULL
  FROM sessions s JOIN accounts a ON a.id = s.account_id
  WHERE s.id_hash = :id_hash
)sql";
constexpr std::string_view kTouch = "UPDATE sessions SET last_seen_at = :now WHERE id = :id";
constexpr std::string_view kSecondFactor = "UPDATE sessions SET second_factor_at = :now WHERE id = :id";
constexpr std::string_view kDelete = "DELETE FROM sessions WHERE id = :id";
constexpr std::string_view kDeleteOf = "DELETE FROM sessions WHERE id = :id AND account_id = :account_id";
constexpr std::string_view kDeleteAll = "DELETE FROM sessions WHERE account_id = :account_id";
constexpr std::string_view kList = R"sql(
  SELECT id, id_hash, account_id, created_at, last_seen_at, expires_at, second_factor_at, device
  FROM sessions WHERE account_id = :account_id AND expires_at > :now ORDER BY last_seen_at DESC
)sql";
constexpr std::string_view kDeleteExpired = "DELETE FROM sessions WHERE expires_at <= :now";

Session read_session(const db::Statement& row) {
  return {row.integer(0), row.text(1),         row.integer(2), row.integer(3),
          row.integer(4), row.integer(5), row.optional_integer(6), row.text(7)};
}

}  // namespace

Result<void> insert_session(db::Connection& c, const Session& session) {
  return c.prepare(kInsert)
      .bind(":id_hash", session.id_hash)
      .bind(":account_id", session.account_id)
      .bind(":created_at", session.created_at)
      .bind(":last_seen_at", session.last_seen_at)
      .bind(":expires_at", session.expires_at)
      .bind(":second_factor_at", session.second_factor_at)
      .bind(":device", session.device)
      .run();
}

std::optional<std::pair<Session, Account>> find_session(db::Connection& c, std::string_view id_hash) {
  auto select = c.prepare(kFind);
  select.bind(":id_hash", id_hash);
  if (!select.next()) return std::nullopt;
  Account account;
  account.id = select.integer(8);
  account.email = select.text(9);
  account.name = select.text(10);
  account.created_at = select.integer(11);
  account.last_login_at = select.optional_integer(12);
  account.is_staff = select.integer(13) != 0;
  account.is_linking_pin = select.integer(14) != 0;
  account.totp_confirmed = select.integer(15) != 0;
  return std::make_pair(read_session(select), account);
}

Result<void> touch_session(db::Connection& c, std::int64_t id, Seconds now) {
  return c.prepare(kTouch).bind(":now", now).bind(":id", id).run();
}

Result<void> mark_second_factor(db::Connection& c, std::int64_t id, Seconds now) {
  return c.prepare(kSecondFactor).bind(":now", now).bind(":id", id).run();
}

Result<void> delete_session(db::Connection& c, std::int64_t id) { return c.prepare(kDelete).bind(":id", id).run(); }

Result<bool> delete_session_of(db::Connection& c, std::int64_t account_id, std::int64_t session_id) {
  auto done = c.prepare(kDeleteOf).bind(":id", session_id).bind(":account_id", account_id).run();
  if (!done) return done.error();
  return c.changes() == 1;
}

Result<int> delete_sessions_of_account(db::Connection& c, std::int64_t account_id) {
  auto done = c.prepare(kDeleteAll).bind(":account_id", account_id).run();
  if (!done) return done.error();
  return c.changes();
}

std::vector<Session> list_sessions(db::Connection& c, std::int64_t account_id, Seconds now) {
  auto select = c.prepare(kList);
  select.bind(":account_id", account_id).bind(":now", now);
  std::vector<Session> sessions;
  while (select.next()) sessions.push_back(read_session(select));
  return sessions;
}

Result<void> delete_expired_sessions(db::Connection& c, Seconds now) {
  return c.prepare(kDeleteExpired).bind(":now", now).run();
}

}  // namespace omzien::accounts
