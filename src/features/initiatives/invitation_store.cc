#include "features/initiatives/invitation_store.h"

namespace omzien::initiatives {
namespace {

constexpr Seconds kKeepOldInvitations = 30 * 86400;

constexpr std::string_view kInsert = R"sql(
  INSERT INTO initiative_invitations (initiative_id, email, token_hash, invited_by, created_at, expires_at)
  VALUES (:initiative_id, :email, :token_hash, :invited_by, :created_at, :expires_at)
)sql";
constexpr std::string_view kSelectByToken = R"sql(
  SELECT id, initiative_id, email, invited_by, created_at, expires_at, used_at
  FROM initiative_invitations WHERE token_hash = :token_hash
)sql";
constexpr std::string_view kMarkUsed = R"sql(
  UPDATE initiative_invitations SET used_at = :now, used_by = :account_id WHERE id = :id AND used_at IS NULL
)sql";
constexpr std::string_view kSelectOpen = R"sql(
  SELECT id, initiative_id, email, invited_by, created_at, expires_at, used_at
  FROM initiative_invitations
  WHERE initiative_id = :initiative_id AND used_at IS NULL AND expires_at > :now ORDER BY created_at, id
)sql";
constexpr std::string_view kDelete =
    "DELETE FROM initiative_invitations WHERE id = :id AND initiative_id = :initiative_id";
constexpr std::string_view kDeleteOld = R"sql(
  DELETE FROM initiative_invitations WHERE expires_at < :cutoff OR used_at < :cutoff
)sql";

Invitation read_invitation(const db::Statement& row) {
  Invitation i;
  i.id = row.integer(0);
  i.initiative_id = row.integer(1);
  i.email = row.text(2);
  i.invited_by = row.optional_integer(3);
  i.created_at = row.integer(4);
  i.expires_at = row.integer(5);
  i.used_at = row.optional_integer(6);
  return i;
}

}  // namespace

Result<std::int64_t> insert_invitation(db::Connection& c, const Invitation& invitation, std::string_view token_hash) {
  auto insert = c.prepare(kInsert);
  insert.bind(":initiative_id", invitation.initiative_id)
      .bind(":email", invitation.email)
      .bind(":token_hash", token_hash)
      .bind(":invited_by", invitation.invited_by)
      .bind(":created_at", invitation.created_at)
      .bind(":expires_at", invitation.expires_at);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

std::optional<Invitation> find_invitation_by_token_hash(db::Connection& c, std::string_view token_hash) {
  auto select = c.prepare(kSelectByToken);
  select.bind(":token_hash", token_hash);
  if (!select.next()) return std::nullopt;
  return read_invitation(select);
}

Result<bool> mark_invitation_used(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now) {
  if (auto done = c.prepare(kMarkUsed).bind(":now", now).bind(":account_id", account_id).bind(":id", id).run(); !done)
    return done.error();
  return c.changes() == 1;
}

std::vector<Invitation> list_open_invitations(db::Connection& c, std::int64_t initiative_id, Seconds now) {
  auto select = c.prepare(kSelectOpen);
  select.bind(":initiative_id", initiative_id).bind(":now", now);
  std::vector<Invitation> out;
  while (select.next()) out.push_back(read_invitation(select));
  return out;
}

Result<bool> delete_invitation(db::Connection& c, std::int64_t initiative_id, std::int64_t id) {
  if (auto done = c.prepare(kDelete).bind(":id", id).bind(":initiative_id", initiative_id).run(); !done)
    return done.error();
  return c.changes() == 1;
}

Result<void> delete_old_invitations(db::Connection& c, Seconds now) {
  return c.prepare(kDeleteOld).bind(":cutoff", now - kKeepOldInvitations).run();
}

}  // namespace omzien::initiatives
