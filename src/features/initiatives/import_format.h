// The interchange format of initiative profiles (the fields of ../shared/data/README.md), read by
// import and written by export and open data: a JSON array of objects, or CSV with a header row
// of the same field names.
//
// In CSV, a list (themes, target_groups, offers, needs) is one cell with its items separated by
// "|" ("zorg-welzijn|ouderen"); a "|" or "\" inside an item is written "\|" or "\\". Spaces around
// items are ignored. Decimal numbers may use a comma ("52,09", as Dutch Excel writes them).
// Cells that start with "'" and a formula character are read without the "'" (see core/csv.h).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace omzien::initiatives {

// The fields, in the order files are written.
inline constexpr std::string_view kInterchangeFields[] = {
    "id",         "name",  "summary", "description", "themes", "target_groups", "municipality", "place", "lat",
    "lon",        "phase", "founded", "legal_form",  "offers", "needs",         "website",      "email"};

struct InterchangeRecord {
  std::string id = {};            // the id in the source file ("A001"); may be empty
  std::string name = {};
  std::string summary = {};       // the one sentence
  std::string description = {};   // Markdown
  std::vector<std::string> themes = {};         // theme ids (or labels, on import)
  std::vector<std::string> target_groups = {};  // target group ids (or labels, on import)
  std::string municipality = {};  // a municipality's name ("De Bilt"), or "Hele provincie"
  std::string place = {};
  std::optional<double> lat = {};
  std::optional<double> lon = {};
  std::string phase = {};
  std::string founded = {};       // a year as typed ("2012"), or empty
  std::string legal_form = {};
  std::vector<std::string> offers = {};
  std::vector<std::string> needs = {};
  std::string website = {};
  std::string email = {};
  // Only in open data (written when not empty; ignored on import).
  std::string url = {};
  std::string location_precision = {};  // what lat/lon stand for: "exact", "neighbourhood", "municipality"
};

// One record as read from a file.
struct ReadRecord {
  std::string where;        // "regel 12" (CSV) or "item 5" (JSON), for messages
  InterchangeRecord record;
  std::set<std::string, std::less<>> present;  // the fields the file has for it (CSV: its columns)
  std::vector<std::string> problems;  // values of the wrong kind ("lat: geen getal"), in Dutch
};

struct ReadFile {
  std::vector<ReadRecord> records;
  std::string problem;             // Dutch; set when the file could not be read at all
  std::vector<std::string> notes;  // Dutch; things left out (unknown columns)
};

// Reads a JSON array or a CSV file (with any of core/csv.h's dialects and encodings); which of
// the two is seen from the content.
ReadFile read_interchange(std::string_view bytes);

enum class Columns { Interchange, OpenData };  // OpenData adds url and location_precision
// A JSON array of the records, pretty-printed.
std::string write_interchange_json(const std::vector<InterchangeRecord>& records, Columns columns);
// CSV with a header row, ";"-separated, UTF-8 with BOM, formulas neutralised.
std::string write_interchange_csv(const std::vector<InterchangeRecord>& records, Columns columns);

// A list cell: items joined with "|", "|" and "\" escaped; and back.
std::string join_list_cell(const std::vector<std::string>& items);
std::vector<std::string> split_list_cell(std::string_view cell);

}  // namespace omzien::initiatives
