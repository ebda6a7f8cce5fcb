// Attendance numbers of bijeenkomsten, for the foundation's monitoring: how many registered, came
// and walked in, per event. Kept when the personal data of the registrations is long gone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "db/db.h"

namespace omzien::events {

struct AttendanceRow {
  std::int64_t event_id = 0;
  std::string slug;
  std::string title;
  Seconds starts_at = 0;
  std::string municipality_code;  // CBS code, or geo::kProvinceCode
  std::string mode;               // "offline", "online", "hybrid"
  std::string status;             // "scheduled", "postponed", "rescheduled", "cancelled"
  std::int64_t organiser_initiative_id = 0;  // 0: the foundation
  int capacity = 0;    // 0: no limit
  int registered = 0;  // confirmed registrations made in advance
  int waiting = 0;     // still on the waiting list
  int attended = 0;    // ticked as present, walk-ins included
  int walk_ins = 0;    // came without registering
};

// Every event, oldest first, with its numbers.
std::vector<AttendanceRow> attendance_summary(db::Db& db);
// The numbers of one event (registered / waiting / came / walk-ins); nullopt when there is no
// event with that id.
std::optional<AttendanceRow> attendance_of(db::Db& db, std::int64_t event_id);

}  // namespace omzien::events
