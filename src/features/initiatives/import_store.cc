#include "features/initiatives/import_store.h"

namespace omzien::initiatives {
namespace {

constexpr std::string_view kBeginRow = "SAVEPOINT import_row";
constexpr std::string_view kKeepRow = "RELEASE import_row";
constexpr std::string_view kUndoRow = "ROLLBACK TO import_row; RELEASE import_row";

}  // namespace

Result<void> begin_row(db::Connection& c) { return c.execute(kBeginRow); }
Result<void> keep_row(db::Connection& c) { return c.execute(kKeepRow); }
Result<void> undo_row(db::Connection& c) { return c.execute(kUndoRow); }

}  // namespace omzien::initiatives
