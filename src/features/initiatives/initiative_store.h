// SQL for initiative profiles: save, find, list for the directory, beheerders.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/initiatives/initiative.h"

namespace omzien::initiatives {

// Saves a new profile with a slug made from its name (and its place when taken).
// Fails with Conflict when a profile with the same name already exists in that municipality.
Result<Initiative> insert_initiative(db::Connection& c, Initiative initiative, Seconds now);
// Saves changes. A new name gives a new slug; the old one keeps working as a redirect.
Result<Initiative> update_initiative(db::Connection& c, Initiative initiative, Seconds now);
Result<void> delete_initiative(db::Connection& c, std::int64_t id);

std::optional<Initiative> find_initiative(db::Connection& c, std::int64_t id);
std::optional<Initiative> find_initiative_by_slug(db::Connection& c, std::string_view slug);
// The current slug for a profile's old slug (after a rename).
std::optional<std::string> find_renamed_slug(db::Connection& c, std::string_view old_slug);
std::optional<Initiative> find_initiative_by_external_id(db::Connection& c, std::string_view external_id);
std::optional<Initiative> find_initiative_by_name(db::Connection& c, std::string_view name,
                                                  std::string_view municipality_code);
// Every profile (for export, the search index, the map); published only unless `all`.
enum class Which { Published, All };
std::vector<Initiative> list_initiatives(db::Connection& c, Which which);
// Whether any profile is published (cheaper than listing them).
bool has_published_initiatives(db::Connection& c);

Result<void> set_status(db::Connection& c, std::int64_t id, Status status, Seconds now);
Result<void> set_affiliated(db::Connection& c, std::int64_t id, bool affiliated, Seconds now);
Result<void> set_photo(db::Connection& c, std::int64_t id, std::string_view photo, Seconds now);
Result<void> set_claimed(db::Connection& c, std::int64_t id, bool claimed, Seconds now);

// Beheerders.
struct Manager {
  std::int64_t account_id = 0;
  std::string name;
  std::string email;  // for other beheerders and staff only
  Seconds added_at = 0;
};
Result<void> add_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id, Seconds now);
Result<void> remove_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id);
std::vector<Manager> list_managers(db::Connection& c, std::int64_t initiative_id);
bool is_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id);
// Profiles that `account_id` runs, by name.
std::vector<Initiative> initiatives_managed_by(db::Connection& c, std::int64_t account_id);

}  // namespace omzien::initiatives
