// The opt-out list: addresses that asked for no more mail from the foundation's campaigns.
// Kept as keyed hashes, so an address stays opted out after its contact is deleted (AVG) while
// the list itself cannot be read back into addresses.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "db/db.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// True when `email` opted out. An empty address is never opted out (there is nothing to mail).
bool is_opted_out(const App& app, db::Connection& c, std::string_view email);
// The same, with its own read connection (for other features that are about to mail someone).
bool is_opted_out(App& app, std::string_view email);
// Adds `email` to the list in the caller's transaction; adding it twice changes nothing.
Result<void> add_opt_out(const App& app, db::Connection& c, std::string_view email);

}  // namespace omzien::outreach
