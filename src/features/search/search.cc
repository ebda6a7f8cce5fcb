#include "features/search/search.h"

#include "app/app.h"
#include "core/log.h"
#include "features/search/handlers.h"
#include "features/search/indexing.h"
#include "features/search/migrations.h"
#include "features/search/staff_synonyms.h"
#include "http/router.h"

namespace omzien::search_pages {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  r.get("/zoeken", [&app](R& q) { return show_results(app, q); });
  r.get("/api/v1/zoeken", [&app](R& q) { return answer_api(app, q); });
  r.get("/beheer/zoekopdrachten", [&app](R& q) { return show_missed_searches(app, q); });
  r.get("/beheer/synoniemen", [&app](R& q) { return show_synonyms(app, q); });
  r.post("/beheer/synoniemen", [&app](R& q) { return add_synonym_group(app, q); });
  r.get("/beheer/synoniemen/{id}", [&app](R& q) { return show_synonym_group(app, q); });
  r.post("/beheer/synoniemen/{id}", [&app](R& q) { return change_synonym_group(app, q); });
  r.post("/beheer/synoniemen/{id}/verwijderen", [&app](R& q) { return remove_synonym_group(app, q); });
}

void start(App& app) {
  // Xapian has one writer: while the server runs, a command such as `omzien import` cannot open
  // the index, and queues its changes for the server instead.
  if (auto opened = open_search_index(app); !opened)
    log_info("search index not opened ({}); changes are queued for the process that holds it",
             opened.error().detail);
  else
    index_pending_changes(app);
  if (auto applied = apply_staff_synonyms(app); !applied)
    log_warning("search: staff synonyms not applied: {}", applied.error().detail);
  app.content_listeners.push_back(follow_content_changes);
  app.scheduled_jobs.push_back({"search-pending", index_pending_changes});
  app.scheduled_jobs.push_back({"search-ended-events", remove_ended_events});
  // Another app server on the same database (or a command) may have changed the groups: each
  // server picks that up within a minute. The change on this server counts at once.
  app.scheduled_jobs.push_back({"search-staff-synonyms", [](App& a) {
                                  if (auto applied = apply_staff_synonyms(a); !applied)
                                    log_warning("search: staff synonyms not applied: {}", applied.error().detail);
                                }});
}

}  // namespace

Feature feature() { return {"search", kMigrations, add_routes, nullptr, start}; }

}  // namespace omzien::search_pages
