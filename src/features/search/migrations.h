// Schema steps of the search pages: counts of searches that found nothing or little, per week;
// changes waiting for the index; staff's own synonym groups.
#pragma once

#include "core/feature.h"

namespace omzien::search_pages {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-20-search-misses", R"sql(
      -- What people looked for and did not find, counted per ISO week. No person, IP address or
      -- time of day is kept: only the folded query and how often it came.
      CREATE TABLE search_misses (
        week TEXT NOT NULL,
        query TEXT NOT NULL,
        results INTEGER NOT NULL,
        times INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (week, query)
      ) STRICT, WITHOUT ROWID;
    )sql"},
    {"2026-11-28-21-search-pending", R"sql(
      -- Changes made while another process held the index (a command such as `omzien import`
      -- beside the running server); the server indexes them within a minute.
      CREATE TABLE search_pending (
        kind TEXT NOT NULL,
        id INTEGER NOT NULL,
        PRIMARY KEY (kind, id)
      ) STRICT, WITHOUT ROWID;
    )sql"},
    {"2026-11-28-22-search-synonyms", R"sql(
      -- Staff's own synonym groups, used by search beside the list built into the program.
      -- Phrases are stored as typed, joined by ", "; also_finds is empty for a plain group.
      CREATE TABLE search_synonyms (
        id INTEGER PRIMARY KEY,
        words TEXT NOT NULL,
        also_finds TEXT NOT NULL DEFAULT '',
        changed_at INTEGER NOT NULL
      ) STRICT;
    )sql"},
};

}  // namespace omzien::search_pages
