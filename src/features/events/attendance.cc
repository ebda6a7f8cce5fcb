#include "features/events/attendance.h"

#include "features/events/event_store.h"

namespace omzien::events {
namespace {

AttendanceRow row_of(const Event& e) {
  return {.event_id = e.id,
          .slug = e.slug,
          .title = e.title,
          .starts_at = e.starts_at,
          .municipality_code = e.municipality_code,
          .mode = std::string(mode_name(e.mode)),
          .status = std::string(status_name(e.status)),
          .organiser_initiative_id = e.organiser_initiative_id.value_or(0),
          .capacity = e.capacity.value_or(0),
          .registered = e.registered_count,
          .waiting = e.waiting_count,
          .attended = e.attended_count,
          .walk_ins = e.walk_in_count};
}

}  // namespace

std::vector<AttendanceRow> attendance_summary(db::Db& db) {
  auto events = db.read([](db::Connection& c) { return list_all_events(c); });
  std::vector<AttendanceRow> rows;
  rows.reserve(events.size());
  for (const auto& e : events) rows.push_back(row_of(e));
  return rows;
}

std::optional<AttendanceRow> attendance_of(db::Db& db, std::int64_t event_id) {
  auto event = db.read([&](db::Connection& c) { return find_event(c, event_id); });
  if (!event) return std::nullopt;
  return row_of(*event);
}

}  // namespace omzien::events
