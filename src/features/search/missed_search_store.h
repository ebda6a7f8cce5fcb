// Reading the searches that found nothing or little (table search_misses). They are counted per
// ISO week ("2026-W36"); only the folded words and counts exist, no person behind them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/search/missed_search_totals.h"

namespace omzien::search_pages {

// One query in one week, as it was counted.
struct MissedSearchRow {
  std::string week;   // "2026-W36"
  std::string query;  // folded
  int results = 0;    // what the last such search found
  int times = 0;      // how often it was searched that week
};

// The week key under which a search at `at` is counted: its ISO week on the clocks in Amsterdam
// ("2026-W36"), as the monitor counts weeks, so a search just after midnight on a Monday is in
// the new week. Keys sort as text, so a range of weeks is a range of keys.
std::string missed_search_week(Seconds at);

// Counts one search for `folded_query` in the week of `at` that found `results` initiatives
// (the last such search's count is kept).
Result<void> record_missed_search(db::Connection& c, std::string_view folded_query, std::size_t results, Seconds at);

// Every row from week `first_week` on, newest week first, then most searched first, then by
// query; at most `limit` rows.
std::vector<MissedSearchRow> list_missed_searches_since(db::Connection& c, std::string_view first_week, int limit);

// The searches that found nothing in the weeks `first_week` up to and including `last_week`,
// added up per query, most searched first (ties by query), at most `limit`. Queries holding
// an '@' are left out: someone may have typed an e-mail address.
std::vector<MissedSearchTotal> sum_missed_searches(db::Connection& c, std::string_view first_week,
                                                   std::string_view last_week, int limit);

}  // namespace omzien::search_pages
