// SQL of "who brought whom": every member's invite code, the people who came in through a
// code, and the profiles they put on the platform.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::outreach {

std::optional<std::string> find_referral_code(db::Connection& c, std::int64_t account_id);
// Saves `code` for the account; Conflict when the code is taken (try another).
Result<void> insert_referral_code(db::Connection& c, std::int64_t account_id, std::string_view code, Seconds now);
std::optional<std::int64_t> find_account_by_referral_code(db::Connection& c, std::string_view code);

struct Referral {
  std::int64_t account_id = 0;                    // who came in
  std::optional<std::int64_t> referrer_id = {};   // through whose link
  Seconds at = 0;
};
// Records that `account_id` came in through `referrer_id`'s link; the first link wins.
Result<void> insert_referral(db::Connection& c, std::int64_t account_id, std::int64_t referrer_id, Seconds now);
std::optional<Referral> find_referral(db::Connection& c, std::int64_t account_id);

struct BroughtIn {
  std::int64_t initiative_id = 0;
  std::optional<std::int64_t> referrer_id = {};
  std::optional<std::int64_t> account_id = {};  // the beheerder who came in through the link
  Seconds at = 0;
};
// Records that the profile came in through `referrer_id`'s link; once per profile.
Result<void> insert_brought_in(db::Connection& c, const BroughtIn& brought_in);
bool is_brought_in(db::Connection& c, std::int64_t initiative_id);
// Newest first; only those of `referrer_id` when given.
std::vector<BroughtIn> list_brought_in(db::Connection& c, std::optional<std::int64_t> referrer_id);

}  // namespace omzien::outreach
