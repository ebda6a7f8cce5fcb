// SQL for login tokens: one row per requested code/link, stored as hashes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::accounts {

enum class TokenPurpose { Login, Phone };

struct LoginToken {
  std::int64_t id = 0;
  std::string email;
  std::string code_hash;
  Seconds expires_at = 0;
  std::optional<Seconds> used_at;
  int wrong_attempts = 0;
};

Result<std::int64_t> insert_login_token(db::Connection& c, std::string_view email, std::string_view code_hash,
                                        std::optional<std::string> link_hash, TokenPurpose purpose, Seconds now,
                                        Seconds expires_at);
// Tokens of `email` that are unused, unexpired and not locked by wrong codes.
std::vector<LoginToken> find_active_tokens(db::Connection& c, std::string_view email, Seconds now, int max_wrong);
// The token behind a link, whatever its state.
std::optional<LoginToken> find_token_by_link(db::Connection& c, std::string_view link_hash);
// Marks a token used; false when it was used or expired meanwhile.
Result<bool> mark_token_used(db::Connection& c, std::int64_t id, Seconds now);
// One more wrong code for every active token of `email`.
Result<void> count_wrong_code(db::Connection& c, std::string_view email, Seconds now);
// Drops tokens that expired more than a day ago (they only matter for rate limits meanwhile).
Result<void> delete_old_tokens(db::Connection& c, Seconds now);

}  // namespace omzien::accounts
