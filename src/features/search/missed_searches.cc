// The staff's list of searches that found nothing or little, per week: how the foundation
// learns what people look for. Only the folded words and counts exist; no person behind them.
#include "app/app.h"
#include "features/search/handlers.h"
#include "features/search/missed_search_store.h"
#include "features/search/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::search_pages {
namespace {

constexpr int kWeeksBack = 12;
constexpr int kMostRows = 500;

// One section per week, newest first; the rows come sorted by week.
View weeks_view(const std::vector<MissedSearchRow>& rows) {
  View weeks = View::list();
  for (std::size_t i = 0; i < rows.size();) {
    View week_rows = View::list();
    std::size_t end = i;
    for (; end < rows.size() && rows[end].week == rows[i].week; ++end)
      week_rows.push(View().set("query", rows[end].query).set("results", rows[end].results)
                         .set("times", rows[end].times).set("none", rows[end].results == 0));
    weeks.push(View().set("week", rows[i].week).set("rows", week_rows));
    i = end;
  }
  return weeks;
}

}  // namespace

http::Response show_missed_searches(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  std::string since = missed_search_week(app.clock.now() - kWeeksBack * 7 * 86400);
  auto rows = app.db->read([&](db::Connection& c) { return list_missed_searches_since(c, since, kMostRows); });
  View weeks = weeks_view(rows);
  View view;
  view.set("empty", weeks.empty_list()).set("weeks", std::move(weeks));
  return web::render_page(app, request, "search/missed", std::move(view), {.title = texts::kMissedSearchesTitle});
}

}  // namespace omzien::search_pages
