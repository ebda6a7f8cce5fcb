// Every member's personal invite link ("/via/<code>"): it leads to "zet je initiatief erop",
// and a profile made by someone who came through it counts as brought in by the member. That is
// how the foundation sees each LinkingPin's reach.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/db.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The member's code, made on first use.
Result<std::string> referral_code_for(App& app, std::int64_t account_id);
// The member a code belongs to; nullopt for an unknown code.
std::optional<std::int64_t> referrer_of_code(App& app, std::string_view code);
// Records in the caller's transaction that `account_id` came in through `referrer_id`'s link (the
// first link counts; one's own link does not).
Result<void> record_referral(App& app, db::Connection& c, std::int64_t account_id, std::int64_t referrer_id);

}  // namespace omzien::outreach
