#include "features/accounts/login_token_store.h"

namespace omzien::accounts {
namespace {

constexpr std::string_view kInsert = R"sql(
  INSERT INTO login_tokens (email, code_hash, link_hash, purpose, created_at, expires_at)
  VALUES (:email, :code_hash, :link_hash, :purpose, :now, :expires_at)
)sql";
constexpr std::string_view kSelectActive = R"sql(
  SELECT id, email, code_hash, expires_at, used_at, wrong_attempts FROM login_tokens
  WHERE email = :email AND used_at IS NULL AND expires_at > :now AND wrong_attempts < :max_wrong
  ORDER BY id DESC
)sql";
constexpr std::string_view kSelectByLink = R"sql(
  SELECT id, email, code_hash, expires_at, used_at, wrong_attempts FROM login_tokens WHERE link_hash = :link_hash
)sql";
constexpr std::string_view kMarkUsed = R"sql(
  UPDATE login_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now
)sql";
constexpr std::string_view kCountWrong = R"sql(
  UPDATE login_tokens SET wrong_attempts = wrong_attempts + 1
  WHERE email = :email AND used_at IS NULL AND expires_at > :now
)sql";
constexpr std::string_view kDeleteOld = "DELETE FROM login_tokens WHERE expires_at < :cutoff";

LoginToken read_token(const db::Statement& row) {
  return {row.integer(0), row.text(1), row.text(2), row.integer(3), row.optional_integer(4),
          static_cast<int>(row.integer(5))};
}

}  // namespace

Result<std::int64_t> insert_login_token(db::Connection& c, std::string_view email, std::string_view code_hash,
                                        std::optional<std::string> link_hash, TokenPurpose purpose, Seconds now,
                                        Seconds expires_at) {
  auto done = c.prepare(kInsert)
                  .bind(":email", email)
                  .bind(":code_hash", code_hash)
                  .bind(":link_hash", link_hash)
                  .bind(":purpose", purpose == TokenPurpose::Phone ? "phone" : "login")
                  .bind(":now", now)
                  .bind(":expires_at", expires_at)
                  .run();
  if (!done) return done.error();
  return c.last_insert_id();
}

std::vector<LoginToken> find_active_tokens(db::Connection& c, std::string_view email, Seconds now, int max_wrong) {
  auto select = c.prepare(kSelectActive);
  select.bind(":email", email).bind(":now", now).bind(":max_wrong", max_wrong);
  std::vector<LoginToken> tokens;
  while (select.next()) tokens.push_back(read_token(select));
  return tokens;
}

std::optional<LoginToken> find_token_by_link(db::Connection& c, std::string_view link_hash) {
  auto select = c.prepare(kSelectByLink);
  select.bind(":link_hash", link_hash);
  if (!select.next()) return std::nullopt;
  return read_token(select);
}

Result<bool> mark_token_used(db::Connection& c, std::int64_t id, Seconds now) {
  auto done = c.prepare(kMarkUsed).bind(":now", now).bind(":id", id).run();
  if (!done) return done.error();
  return c.changes() == 1;
}

Result<void> count_wrong_code(db::Connection& c, std::string_view email, Seconds now) {
  return c.prepare(kCountWrong).bind(":email", email).bind(":now", now).run();
}

Result<void> delete_old_tokens(db::Connection& c, Seconds now) {
  return c.prepare(kDeleteOld).bind(":cutoff", now - 86400).run();
}

}  // namespace omzien::accounts
