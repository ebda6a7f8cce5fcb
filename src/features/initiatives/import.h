// Importing initiative profiles from a file in the interchange format (JSON or CSV, see
// import_format.h). New initiatives become profiles that nobody runs yet ("niet geclaimd"), with
// their location shown no more precisely than the neighbourhood and their e-mail address not public.
// A known initiative (same id, else same name in the same municipality) is updated only when a
// field differs, and never once its own beheerders run it. A bad row is reported with its line
// (CSV) or item number (JSON) and the rest is still imported; importing a file twice changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "features/initiatives/import_format.h"
#include "features/initiatives/initiative.h"
#include "features/initiatives/taxonomy.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

struct ImportProblem {
  std::string where;    // "regel 12 (A012)", "item 5"
  std::string message;  // Dutch
};

struct ImportReport {
  int rows = 0;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  int skipped = 0;  // differs, but run by its own beheerders: left as it is (see `notes`)
  int failed = 0;   // rows with problems, not imported
  std::vector<ImportProblem> problems;
  std::vector<ImportProblem> skipped_rows;
  std::vector<std::string> notes;  // about the whole file (columns that were not used)
  std::string file_problem;        // Dutch; the file could not be read at all, nothing was imported
  std::vector<std::int64_t> saved_ids;  // created or updated profiles

  bool complete() const { return file_problem.empty() && problems.empty(); }
};

struct ImportOptions {
  std::optional<std::int64_t> actor_account_id = {};  // for the audit log; nullopt: the command line
  std::string actor_label = "import";
};

// Imports `bytes` (a whole file). Rows go in batches of one transaction each; after each batch
// the content listeners (search index, map) hear of its saved profiles in one announcement.
// An Error only when the database failed.
Result<ImportReport> import_initiatives(App& app, std::string_view bytes, const ImportOptions& options = {});

// The report as Dutch lines for the command line: the counts, then each problem.
std::vector<std::string> describe_report(const ImportReport& report);

// What a row makes of a profile: `base` (a new profile, or the one it matched) with the fields the
// row holds (`read.present`; a field not in the file stays as it was), checked by the profile
// form's rules plus the import's own (municipality by name, theme ids or labels, coordinates).
// Retired themes and target groups are accepted: they still exist.
struct RowOutcome {
  Initiative initiative;
  std::vector<std::string> errors;  // Dutch, each starting with the field name ("summary: ...")
};
RowOutcome apply_row(const ReadRecord& read, const Initiative& base, const std::vector<Term>& themes,
                     const std::vector<Term>& groups, int this_year);
// A profile as import makes it before any row applies: unclaimed, neighbourhood precision,
// e-mail address not public.
Initiative new_imported_profile();
// Whether `a` and `b` agree on every field of the interchange format (theme order aside).
bool same_interchange_fields(const Initiative& a, const Initiative& b);
// "Zeist" -> "GM0355", "Hele provincie" -> the province code; nullopt when unknown.
std::optional<std::string> municipality_code_for(std::string_view name);

}  // namespace omzien::initiatives
