// The staff's list of searches that found nothing or little, per week: how the foundation
// learns what people look for. Only the folded words and counts exist; no person behind them.
#include <ctime>

#include "app/app.h"
#include "features/search/handlers.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::search_pages {
namespace {

constexpr std::string_view kRecentMisses = R"sql(
  SELECT week, query, results, times FROM search_misses
  WHERE week >= :since ORDER BY week DESC, times DESC, query LIMIT 500
)sql";

}  // namespace

http::Response show_missed_searches(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  // Twelve weeks back: "2026-W36" style keys sort as text.
  std::time_t since = static_cast<std::time_t>(app.clock.now() - 12 * 7 * 86400);
  std::tm tm{};
  gmtime_r(&since, &tm);
  char since_week[16];
  std::strftime(since_week, sizeof since_week, "%G-W%V", &tm);
  View weeks = View::list();
  app.db->read([&](db::Connection& c) {
    auto select = c.prepare(kRecentMisses);
    select.bind(":since", std::string(since_week));
    std::string current;
    View rows = View::list();
    auto flush = [&] {
      if (!current.empty()) weeks.push(View().set("week", current).set("rows", rows));
      rows = View::list();
    };
    while (select.next()) {
      if (select.text(0) != current) {
        flush();
        current = select.text(0);
      }
      rows.push(View().set("query", select.text(1)).set("results", select.integer(2)).set("times", select.integer(3))
                    .set("none", select.integer(2) == 0));
    }
    flush();
  });
  View view;
  view.set("weeks", weeks).set("empty", weeks.empty_list());
  return web::render_page(app, request, "search/missed", std::move(view), {.title = "Zoekopdrachten zonder resultaat"});
}

}  // namespace omzien::search_pages
