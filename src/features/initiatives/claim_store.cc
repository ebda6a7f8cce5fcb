#include "features/initiatives/claim_store.h"

namespace omzien::initiatives {
namespace {

constexpr std::string_view kInsert = R"sql(
  INSERT INTO initiative_claim_tokens (initiative_id, email, token_hash, sent_by, created_at, expires_at)
  VALUES (:initiative_id, :email, :token_hash, :sent_by, :created_at, :expires_at)
)sql";
constexpr std::string_view kSelectByHash = R"sql(
  SELECT id, initiative_id, email, sent_by, created_at, expires_at, used_at, used_by
  FROM initiative_claim_tokens WHERE token_hash = :token_hash
)sql";
constexpr std::string_view kSelectLatest = R"sql(
  SELECT id, initiative_id, email, sent_by, created_at, expires_at, used_at, used_by
  FROM initiative_claim_tokens WHERE initiative_id = :initiative_id ORDER BY created_at DESC, id DESC LIMIT 1
)sql";
constexpr std::string_view kMarkUsed = R"sql(
  UPDATE initiative_claim_tokens SET used_at = :now, used_by = :account_id
  WHERE id = :id AND used_at IS NULL AND expires_at > :now
)sql";
constexpr std::string_view kEndUnused = R"sql(
  UPDATE initiative_claim_tokens SET expires_at = :now
  WHERE initiative_id = :initiative_id AND used_at IS NULL AND expires_at > :now
)sql";

ClaimToken read_token(const db::Statement& row) {
  return {row.integer(0),         row.integer(1), row.text(2),           row.optional_integer(3),
          row.integer(4),         row.integer(5), row.optional_integer(6), row.optional_integer(7)};
}

}  // namespace

Result<std::int64_t> insert_claim_token(db::Connection& c, const ClaimToken& token, std::string_view token_hash) {
  auto done = c.prepare(kInsert)
                  .bind(":initiative_id", token.initiative_id)
                  .bind(":email", token.email)
                  .bind(":token_hash", token_hash)
                  .bind(":sent_by", token.sent_by)
                  .bind(":created_at", token.created_at)
                  .bind(":expires_at", token.expires_at)
                  .run();
  if (!done) return done.error();
  return c.last_insert_id();
}

std::optional<ClaimToken> find_claim_token(db::Connection& c, std::string_view token_hash) {
  auto select = c.prepare(kSelectByHash);
  select.bind(":token_hash", token_hash);
  if (!select.next()) return std::nullopt;
  return read_token(select);
}

std::optional<ClaimToken> latest_claim_token(db::Connection& c, std::int64_t initiative_id) {
  auto select = c.prepare(kSelectLatest);
  select.bind(":initiative_id", initiative_id);
  if (!select.next()) return std::nullopt;
  return read_token(select);
}

Result<bool> mark_claim_token_used(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now) {
  auto done = c.prepare(kMarkUsed).bind(":now", now).bind(":account_id", account_id).bind(":id", id).run();
  if (!done) return done.error();
  return c.changes() == 1;
}

Result<void> end_claim_tokens(db::Connection& c, std::int64_t initiative_id, Seconds now) {
  return c.prepare(kEndUnused).bind(":now", now).bind(":initiative_id", initiative_id).run();
}

}  // namespace omzien::initiatives
