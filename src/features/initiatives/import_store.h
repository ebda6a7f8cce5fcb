// SQL of the import: a savepoint around each row, so a row that fails halfway leaves nothing
// behind while the rows before it in the same transaction stay.
#pragma once

#include "core/result.h"
#include "db/db.h"

namespace omzien::initiatives {

Result<void> begin_row(db::Connection& c);
Result<void> keep_row(db::Connection& c);
// Undoes everything since begin_row() and ends the savepoint.
Result<void> undo_row(db::Connection& c);

}  // namespace omzien::initiatives
