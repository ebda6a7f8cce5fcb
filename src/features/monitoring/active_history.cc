#include "features/monitoring/active_history.h"

#include "app/app.h"
#include "core/log.h"
#include "features/monitoring/active_store.h"
#include "features/monitoring/funnel_steps.h"

namespace omzien::monitoring {

ActiveHistory load_active_history(App& app) {
  return app.db->read([](db::Connection& c) {
    ActiveHistory history;
    if (auto recording = find_recording(c)) history.since = recording->since;
    history.by_week = active_by_week(c);
    return history;
  });
}

int count_active_at(const std::vector<outreach::ContactPipeline>& contacts, const ActiveHistory& history,
                    Seconds week_start, Seconds end) {
  if (!history.since || *history.since >= end) return -1;
  auto week = history.by_week.find(week_start);
  int count = 0;
  for (const auto& contact : contacts) {
    bool recorded = week != history.by_week.end() && week->second.contains(contact.contact_id);
    const auto& last = contact.last_activity_at;
    bool derived = last && *last < end && end - *last <= outreach::kActiveWindow;
    count += recorded || derived ? 1 : 0;
  }
  return count;
}

void record_active_contacts(App& app) {
  Seconds now = app.clock.now();
  auto recording = app.db->read([](db::Connection& c) { return find_recording(c); });
  if (recording && now - recording->last_run_at < kRecordInterval) return;
  auto contacts = outreach::list_contact_pipelines(app);
  Seconds week = week_starts(now, 1).back();
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    std::set<std::int64_t> known;
    for (const auto& contact : contacts) {
      known.insert(contact.contact_id);
      if (!contact.pipeline.reached(outreach::Stage::Active)) continue;
      if (auto r = insert_active(c, week, contact.contact_id); !r) return r;
    }
    // A contact deleted for good leaves no trace here either.
    std::set<std::int64_t> gone;
    for (const auto& [start, ids] : active_by_week(c))
      for (auto id : ids)
        if (!known.contains(id)) gone.insert(id);
    for (auto id : gone)
      if (auto r = delete_active_contact(c, id); !r) return r;
    return save_recording_run(c, now);
  });
  if (!done) log_error("recording active contacts failed: {}", done.error().detail);
}

}  // namespace omzien::monitoring
