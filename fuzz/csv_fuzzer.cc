// Fuzzes the CSV reader (spreadsheets uploaded for import): any bytes give valid UTF-8 cells,
// and what the writer makes of those rows reads back the same, with every separator.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/csv.h"
#include "core/text.h"

namespace {

void check_round_trip(const omzien::csv::Table& table, char separator) {
  omzien::csv::WriteOptions options;
  options.separator = separator;
  options.byte_order_mark = false;
  options.neutralise_formulas = false;
  std::string written;
  for (const auto& row : table.rows) written += omzien::csv::write_row(row.cells, options);
  auto again = omzien::csv::parse(written, separator);
  if (again.rows.size() != table.rows.size()) __builtin_trap();
  for (std::size_t i = 0; i < table.rows.size(); ++i)
    if (again.rows[i].cells != table.rows[i].cells) __builtin_trap();
  if (again.unclosed_quote_line != 0) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto table = omzien::csv::read(input);
  int last_line = 0;
  for (const auto& row : table.rows) {
    if (row.line < last_line || row.line < 1) __builtin_trap();
    last_line = row.line;
    for (const auto& cell : row.cells) {
      if (!omzien::is_valid_utf8(cell)) __builtin_trap();
      if (cell.find('\r') != std::string::npos) __builtin_trap();
      if (omzien::csv::strip_formula_guard(omzien::csv::neutralise_formula(cell)) != cell) __builtin_trap();
    }
  }
  check_round_trip(table, table.separator);
  std::string text = omzien::csv::to_utf8(input);
  for (char separator : {';', ',', '\t'}) check_round_trip(omzien::csv::parse(text, separator), separator);
  return 0;
}
