// Putting a list in the address file: a CSV file (Dutch Excel, UTF-8 with or without BOM,
// Windows-1252, ...) or cells pasted from a spreadsheet, read with core/csv.h. Every row is
// checked (contact_fields.h); a row with the same e-mail address as a known contact (or, without
// an address, the same phone number) fills that contact's empty fields instead of making a second
// one; bad rows are reported with their line and reason while the good rows go in. All rows go
// in one transaction: when saving fails, nothing is saved and the report says so.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/result.h"
#include "features/outreach/column_guess.h"
#include "features/outreach/contact_fields.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

inline constexpr std::size_t kMaxListBytes = 5 * 1024 * 1024;
inline constexpr std::size_t kMaxListRows = 10000;

struct ColumnMapping {
  bool has_header = false;
  std::vector<ContactField> fields;  // per column; missing columns are ignored
};

// The file's bytes as UTF-8 text, whatever encoding it came in.
std::string list_text(std::string_view bytes);

struct ReadList {
  csv::Table table;
  std::string problem;  // Dutch; set when the list cannot be used at all
};
// Reads UTF-8 text (a file's or a paste's) into rows; an empty list, one with a quote that is
// never closed, or one that is too long gets a problem.
ReadList read_list(std::string_view text);

// Dutch; set when the mapping cannot make contacts (no column for e-mail or phone).
std::string mapping_problem(const ColumnMapping& mapping);

struct ListRow {
  int line = 0;
  CheckedContact checked;
};
// The rows after the header (when there is one) as checked contacts; rows whose mapped cells
// are all empty are left out.
std::vector<ListRow> list_rows(const csv::Table& table, const ColumnMapping& mapping);

// Fills the empty fields of `existing` from `incoming` and adds notes it does not hold yet.
// True when anything changed.
bool merge_contact(Contact& existing, const Contact& incoming);

struct BadRow {
  int line = 0;
  std::string reason;  // Dutch
};
struct ContactImportReport {
  int rows = 0;
  int created = 0;
  int merged = 0;     // an existing contact (or an earlier row) got new details
  int unchanged = 0;  // known already, nothing new
  std::vector<BadRow> bad_rows;
  std::string problem;  // Dutch; the list could not be used, nothing was saved
  std::vector<std::int64_t> saved_ids;
  bool complete() const { return problem.empty() && bad_rows.empty(); }
};

struct ImportActor {
  std::optional<std::int64_t> account_id = {};  // nullopt: the command line
  std::string label = "import";
};

// Imports the text with this mapping. An Error only when the database failed (nothing saved).
Result<ContactImportReport> import_contacts(App& app, std::string_view text, const ColumnMapping& mapping,
                                            const ImportActor& actor);
// Imports a file with the guessed columns (the command line); a file whose columns are not
// recognised is a problem, and nothing is imported.
Result<ContactImportReport> import_contacts_file(App& app, std::string_view bytes, const ImportActor& actor);

// The report as Dutch lines: the counts, then each bad row.
std::vector<std::string> describe_report(const ContactImportReport& report);

}  // namespace omzien::outreach
