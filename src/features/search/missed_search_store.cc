#include "features/search/missed_search_store.h"

#include <ctime>

#include "core/amsterdam_time.h"

namespace omzien::search_pages {
namespace {

constexpr std::string_view kRecordMiss = R"sql(
  INSERT INTO search_misses (week, query, results, times) VALUES (:week, :query, :results, 1)
  ON CONFLICT (week, query) DO UPDATE SET times = times + 1, results = excluded.results
)sql";

constexpr std::string_view kMissesSince = R"sql(
  SELECT week, query, results, times FROM search_misses
  WHERE week >= :since ORDER BY week DESC, times DESC, query LIMIT :limit
)sql";

constexpr std::string_view kTopMisses = R"sql(
  SELECT query, SUM(times) AS total FROM search_misses
  WHERE week >= :first_week AND week <= :last_week AND results = 0 AND instr(query, '@') = 0
  GROUP BY query ORDER BY total DESC, query LIMIT :limit
)sql";

}  // namespace

std::string missed_search_week(Seconds at) {
  // The Amsterdam wall clock read as if it were UTC: gmtime_r then gives Amsterdam's date.
  std::time_t t = static_cast<std::time_t>(at + amsterdam_offset_seconds(at));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char week[16];
  std::strftime(week, sizeof week, "%G-W%V", &tm);
  return week;
}

Result<void> record_missed_search(db::Connection& c, std::string_view folded_query, std::size_t results, Seconds at) {
  return c.prepare(kRecordMiss)
      .bind(":week", missed_search_week(at))
      .bind(":query", folded_query)
      .bind(":results", static_cast<std::int64_t>(results))
      .run();
}

std::vector<MissedSearchRow> list_missed_searches_since(db::Connection& c, std::string_view first_week, int limit) {
  auto select = c.prepare(kMissesSince);
  select.bind(":since", first_week).bind(":limit", limit);
  std::vector<MissedSearchRow> rows;
  while (select.next())
    rows.push_back({.week = select.text(0), .query = select.text(1), .results = static_cast<int>(select.integer(2)),
                    .times = static_cast<int>(select.integer(3))});
  return rows;
}

std::vector<MissedSearchTotal> sum_missed_searches(db::Connection& c, std::string_view first_week,
                                                   std::string_view last_week, int limit) {
  auto select = c.prepare(kTopMisses);
  select.bind(":first_week", first_week).bind(":last_week", last_week).bind(":limit", limit);
  std::vector<MissedSearchTotal> totals;
  while (select.next()) totals.push_back({select.text(0), static_cast<int>(select.integer(1))});
  return totals;
}

}  // namespace omzien::search_pages
