// Applies every feature's schema steps in order of their ids, each in its own transaction.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/feature.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::db {

struct MigrationReport {
  int applied = 0;         // steps applied by this call
  int schema_version = 0;  // steps applied in all (also PRAGMA user_version)
};

// Applies the steps not yet recorded in schema_migrations, sorted by id. A failing step
// rolls back alone and stops the run (later steps may depend on it).
Result<MigrationReport> apply_migrations(Db& db, std::vector<Migration> migrations);

}  // namespace omzien::db
