// Beheerders of a profile: removing one (or yourself) while at least one stays, and the check
// that keeps the last beheerder of a profile from deleting their account.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "db/db.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

enum class Removal { Removed, NotAManager, LastManager };

// Removes `account_id` as beheerder of the profile in the caller's transaction, unless they are
// its last beheerder (then nothing changes). Counting and removing in one write transaction means
// two beheerders leaving at once cannot both succeed.
Result<Removal> remove_manager_keeping_one(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id);

// A Dutch reason why `account_id` cannot delete their account yet (they are the only beheerder
// of a profile), or nullopt. Registered in app.account_deletion_checks.
std::optional<std::string> last_manager_reason(App& app, std::int64_t account_id);

}  // namespace omzien::initiatives
