// The people with the LinkingPin role, read through the accounts header.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/db.h"
#include "features/accounts/account.h"

namespace omzien::outreach {

// Every account with the LinkingPin role, by name.
std::vector<accounts::Account> list_linking_pins(db::Connection& c);
// The LinkingPin with this id; nullopt when there is no such account or it lacks the role.
std::optional<accounts::Account> find_linking_pin(db::Connection& c, std::int64_t account_id);
// The account's name, else its address.
std::string person_label(const accounts::Account& account);

}  // namespace omzien::outreach
