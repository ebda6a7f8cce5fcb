#include "features/search/missed_search_totals.h"

#include "app/app.h"
#include "features/search/missed_search_store.h"

namespace omzien::search_pages {

std::vector<MissedSearchTotal> top_missed_searches(App& app, Seconds first, Seconds last, int limit) {
  std::string first_week = missed_search_week(first), last_week = missed_search_week(last);
  return app.db->read([&](db::Connection& c) { return sum_missed_searches(c, first_week, last_week, limit); });
}

}  // namespace omzien::search_pages
