// Schema steps of the monitor: who was active in which week. Whether a contact was active in a
// past week cannot be read back from the other tables (only the latest login and change are
// kept), so the monitor records it from the moment this step ran.
#pragma once

#include "core/feature.h"

namespace omzien::monitoring {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-80-monitoring-active-weeks", R"sql(
      -- Contacts of the address file seen active (outreach's 90-day rule) during a week, by the
      -- week's Monday 00:00 in Amsterdam. Numbers only; rows of deleted contacts are pruned.
      CREATE TABLE monitor_active_weeks (
        week_start INTEGER NOT NULL,
        contact_id INTEGER NOT NULL,
        PRIMARY KEY (week_start, contact_id)
      ) STRICT, WITHOUT ROWID;
      -- When recording began (the page says so) and when it last ran.
      CREATE TABLE monitor_recording (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        since INTEGER NOT NULL,
        last_run_at INTEGER NOT NULL
      ) STRICT;
    )sql"},
};

}  // namespace omzien::monitoring
