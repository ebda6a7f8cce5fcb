#include "features/monitoring/active_store.h"

namespace omzien::monitoring {
namespace {

constexpr std::string_view kFindRecording = "SELECT since, last_run_at FROM monitor_recording WHERE id = 1";
constexpr std::string_view kSaveRun = R"sql(
  INSERT INTO monitor_recording (id, since, last_run_at) VALUES (1, :now, :now)
  ON CONFLICT (id) DO UPDATE SET last_run_at = :now
)sql";
constexpr std::string_view kInsertActive =
    "INSERT INTO monitor_active_weeks (week_start, contact_id) VALUES (:week_start, :contact_id) ON CONFLICT DO NOTHING";
constexpr std::string_view kActiveByWeek = "SELECT week_start, contact_id FROM monitor_active_weeks";
constexpr std::string_view kDeleteContact = "DELETE FROM monitor_active_weeks WHERE contact_id = :contact_id";

}  // namespace

std::optional<Recording> find_recording(db::Connection& c) {
  auto s = c.prepare(kFindRecording);
  if (!s.next()) return std::nullopt;
  return Recording{s.integer(0), s.integer(1)};
}

Result<void> save_recording_run(db::Connection& c, Seconds now) { return c.prepare(kSaveRun).bind(":now", now).run(); }

Result<void> insert_active(db::Connection& c, Seconds week_start, std::int64_t contact_id) {
  return c.prepare(kInsertActive).bind(":week_start", week_start).bind(":contact_id", contact_id).run();
}

std::map<Seconds, std::set<std::int64_t>> active_by_week(db::Connection& c) {
  auto s = c.prepare(kActiveByWeek);
  std::map<Seconds, std::set<std::int64_t>> out;
  while (s.next()) out[s.integer(0)].insert(s.integer(1));
  return out;
}

Result<void> delete_active_contact(db::Connection& c, std::int64_t contact_id) {
  return c.prepare(kDeleteContact).bind(":contact_id", contact_id).run();
}

}  // namespace omzien::monitoring
