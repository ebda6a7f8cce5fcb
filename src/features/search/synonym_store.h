// Staff's synonym groups in the database (table search_synonyms).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "db/db.h"
#include "features/search/synonym_group.h"

namespace omzien::search_pages {

// Every group, oldest first (the order they were added).
std::vector<SynonymGroup> list_synonym_groups(db::Connection& c);
std::optional<SynonymGroup> find_synonym_group(db::Connection& c, std::int64_t id);
// Saves a new group and returns it with its id.
Result<SynonymGroup> insert_synonym_group(db::Connection& c, SynonymGroup group);
// Fails with ErrorKind::NotFound when the group is gone.
Result<void> update_synonym_group(db::Connection& c, const SynonymGroup& group);
// Fails with ErrorKind::NotFound when the group is gone.
Result<void> delete_synonym_group(db::Connection& c, std::int64_t id);

}  // namespace omzien::search_pages
