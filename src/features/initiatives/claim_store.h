// SQL of claim links: one row per link sent, the link stored only as a hash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::initiatives {

struct ClaimToken {
  std::int64_t id = 0;
  std::int64_t initiative_id = 0;
  std::string email;  // the profile's contact address when the link was sent
  std::optional<std::int64_t> sent_by;
  Seconds created_at = 0;
  Seconds expires_at = 0;
  std::optional<Seconds> used_at;
  std::optional<std::int64_t> used_by;
};

Result<std::int64_t> insert_claim_token(db::Connection& c, const ClaimToken& token, std::string_view token_hash);
std::optional<ClaimToken> find_claim_token(db::Connection& c, std::string_view token_hash);
// The newest link sent for a profile, whatever its state (for the staff page).
std::optional<ClaimToken> latest_claim_token(db::Connection& c, std::int64_t initiative_id);
// Marks a link used by `account_id`; false when it was used or expired meanwhile.
Result<bool> mark_claim_token_used(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now);
// Ends every unused link of a profile (a newer one was sent, or the profile was claimed).
Result<void> end_claim_tokens(db::Connection& c, std::int64_t initiative_id, Seconds now);

}  // namespace omzien::initiatives
