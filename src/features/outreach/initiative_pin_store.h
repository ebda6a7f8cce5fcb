// Which LinkingPin staff gave an initiative directly (all SQL in initiative_pin_store.cc).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::outreach {

// The account id of the initiative's LinkingPin; nullopt when it has none.
std::optional<std::int64_t> find_initiative_linking_pin(db::Connection& c, std::int64_t initiative_id);
// Gives the initiative to this LinkingPin, replacing any other; nullopt takes it away.
// The caller checks that the account is a LinkingPin.
Result<void> set_initiative_linking_pin(db::Connection& c, std::int64_t initiative_id,
                                        std::optional<std::int64_t> account_id, Seconds now);
// The ids of the initiatives given to this LinkingPin, most recently given first.
std::vector<std::int64_t> initiatives_of_linking_pin(db::Connection& c, std::int64_t account_id);
// account id -> how many initiatives were given to that account directly.
std::map<std::int64_t, int> count_initiatives_by_linking_pin(db::Connection& c);

}  // namespace omzien::outreach
