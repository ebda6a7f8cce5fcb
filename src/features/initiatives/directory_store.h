// SQL of the directory: the few facts of every published profile that filters and counts need,
// in the order of a sort, and the listed entries of the profiles on one page.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/db.h"
#include "features/initiatives/directory_query.h"

namespace omzien::initiatives {

// What the directory filters and counts on, for one published profile. Themes, target groups,
// municipalities and phases are numbers into the lists of DirectoryRows, so filtering 10,000
// profiles compares numbers, not strings.
struct DirectoryRow {
  std::int64_t id = 0;
  int municipality = 0;
  int phase = 0;
  std::vector<int> themes;
  std::vector<int> target_groups;
};

struct DirectoryRows {
  std::vector<DirectoryRow> rows;  // in the order asked for
  std::vector<std::string> theme_ids, target_group_ids, municipality_codes, phases;
};

// Every published profile, newest first (Newest, Distance) or by Dutch name (Name); ties by id.
DirectoryRows list_directory_rows(db::Connection& c, DirectorySort sort);
// The entries of `ids`, in the order of `ids` (ids of profiles that are gone are left out).
std::vector<DirectoryEntry> find_directory_entries(db::Connection& c, const std::vector<std::int64_t>& ids);

}  // namespace omzien::initiatives
