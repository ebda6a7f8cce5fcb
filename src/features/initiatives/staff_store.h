// SQL of the staff tools: the list of every profile with filters, and which profiles use a term.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/db.h"
#include "features/initiatives/initiative.h"
#include "features/initiatives/taxonomy.h"

namespace omzien::initiatives {

struct StaffListQuery {
  std::optional<Status> status = {};
  std::optional<bool> claimed = {};
  std::optional<bool> affiliated = {};
  std::string name_contains = {};  // part of the name, any case (ASCII)
  int page = 1;
  int per_page = 50;
};

struct StaffListEntry {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string municipality_code;
  std::string place;
  Status status = Status::Published;
  bool claimed = true;
  bool affiliated = false;
  Seconds updated_at = 0;
};

struct StaffListPage {
  std::vector<StaffListEntry> entries;
  int total = 0;
};

// Every profile (hidden and unclaimed ones too) that matches, by name, one page.
StaffListPage find_staff_list(db::Connection& c, const StaffListQuery& query);
// Ids of the profiles that carry theme or target group `term_id`.
std::vector<std::int64_t> initiatives_with_term(db::Connection& c, Taxonomy taxonomy, std::string_view term_id);

}  // namespace omzien::initiatives
