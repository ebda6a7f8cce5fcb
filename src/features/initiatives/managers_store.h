// SQL about beheerders that initiative_store.h does not hold: counts for the rule that a
// profile always keeps at least one beheerder.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/db.h"

namespace omzien::initiatives {

int count_managers(db::Connection& c, std::int64_t initiative_id);
// Names of the profiles that `account_id` is the only beheerder of, by name.
std::vector<std::string> initiatives_only_managed_by(db::Connection& c, std::int64_t account_id);

}  // namespace omzien::initiatives
