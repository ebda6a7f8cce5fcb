#include "features/search/missed_search_totals.h"

#include <ctime>

#include "app/app.h"

namespace omzien::search_pages {
namespace {

constexpr std::string_view kTopMisses = R"sql(
  SELECT query, SUM(times) AS total FROM search_misses
  WHERE week >= :since AND results = 0 AND instr(query, '@') = 0
  GROUP BY query ORDER BY total DESC, query LIMIT :limit
)sql";

}  // namespace

std::vector<MissedSearchTotal> top_missed_searches(App& app, Seconds since, int limit) {
  // Weeks are stored as "2026-W36": such keys sort as text.
  std::time_t at = static_cast<std::time_t>(since);
  std::tm tm{};
  gmtime_r(&at, &tm);
  char since_week[16];
  std::strftime(since_week, sizeof since_week, "%G-W%V", &tm);
  return app.db->read([&](db::Connection& c) {
    std::vector<MissedSearchTotal> out;
    auto select = c.prepare(kTopMisses);
    select.bind(":since", std::string(since_week));
    select.bind(":limit", static_cast<std::int64_t>(limit));
    while (select.next()) out.push_back({select.text(0), static_cast<int>(select.integer(1))});
    return out;
  });
}

}  // namespace omzien::search_pages
