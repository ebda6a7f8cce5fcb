#include "features/outreach/opt_out_store.h"

namespace omzien::outreach {
namespace {

constexpr std::string_view kInsertLink = R"sql(
  INSERT INTO outreach_opt_out_links (token_hash, email_hash, contact_id, created_at)
  VALUES (:token_hash, :email_hash, :contact_id, :now)
)sql";
constexpr std::string_view kFindLink =
    "SELECT email_hash, contact_id FROM outreach_opt_out_links WHERE token_hash = :token_hash";

}  // namespace

Result<void> insert_opt_out_link(db::Connection& c, std::string_view token_hash, std::string_view email_hash,
                                 std::optional<std::int64_t> contact_id, Seconds now) {
  return c.prepare(kInsertLink)
      .bind(":token_hash", token_hash)
      .bind(":email_hash", email_hash)
      .bind(":contact_id", contact_id)
      .bind(":now", now)
      .run();
}

std::optional<OptOutLink> find_opt_out_link(db::Connection& c, std::string_view token_hash) {
  auto select = c.prepare(kFindLink);
  select.bind(":token_hash", token_hash);
  if (!select.next()) return std::nullopt;
  return OptOutLink{select.text(0), select.optional_integer(1)};
}

}  // namespace omzien::outreach
