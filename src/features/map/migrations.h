// Schema steps of the map: where each initiative may be shown in public.
#pragma once

#include "core/feature.h"

namespace omzien::map {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-40-map-points", R"sql(
      -- The point the map, the GeoJSON and "near me" show for each initiative: computed with
      -- geo::shown_location() when a profile is saved, so a request for 10,000 markers reads one
      -- small table. For neighbourhood and municipality precision it is an area centre from the
      -- gazetteer; the exact point stays in initiatives and never reaches this table.
      CREATE TABLE map_points (
        initiative_id INTEGER PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('exact', 'neighbourhood', 'municipality')),
        area_name TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX map_points_position ON map_points(lat, lon);
    )sql"},
};

}  // namespace omzien::map
