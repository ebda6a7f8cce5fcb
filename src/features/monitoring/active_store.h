// SQL of the record of who was active in which week (migrations.h says why it is kept).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::monitoring {

struct Recording {
  Seconds since = 0;
  Seconds last_run_at = 0;
};
std::optional<Recording> find_recording(db::Connection& c);
// Dates this run; the first run also sets `since`.
Result<void> save_recording_run(db::Connection& c, Seconds now);

Result<void> insert_active(db::Connection& c, Seconds week_start, std::int64_t contact_id);
// Contact ids seen active, by week start.
std::map<Seconds, std::set<std::int64_t>> active_by_week(db::Connection& c);
// Forgets a contact (deleted from the address file).
Result<void> delete_active_contact(db::Connection& c, std::int64_t contact_id);

}  // namespace omzien::monitoring
