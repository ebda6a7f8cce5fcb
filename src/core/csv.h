// Spreadsheet files as people have them: Excel's CSV in Dutch settings (semicolon), comma CSV,
// cells pasted from a spreadsheet (tab-separated); UTF-8 with or without BOM, UTF-16 with BOM
// (Excel's "Unicode-tekst") or Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)").
// Reading gives rows with the line each starts on, for messages like "regel 12: ...".
// Writing quotes where needed and keeps a spreadsheet from running a cell as a formula.
// Which column means what is the caller's business (initiatives import, contact lists, ...).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace omzien::csv {

enum class Encoding { Utf8, Utf8WithBom, Utf16, Windows1252 };

// The bytes as UTF-8: a BOM removed, UTF-16 (with BOM) decoded, and anything that is not valid
// UTF-8 read as Windows-1252 (0xE9 -> é, 0x80 -> €). The result is always valid UTF-8.
std::string to_utf8(std::string_view bytes, Encoding* detected = nullptr);

// The separator of the first line (the header): ';', ',' or '\t', whichever occurs most outside
// quotes; ties and lines without any go to ';', then '\t', then ','.
char detect_separator(std::string_view text);

struct Row {
  int line = 0;  // the line the row starts on, 1-based (a cell with line breaks spans several)
  std::vector<std::string> cells;
};

struct Table {
  std::vector<Row> rows;  // empty lines left out
  char separator = ';';
  Encoding encoding = Encoding::Utf8;
  // When a quote opened on this line was never closed (the rest of the file became one cell),
  // its line; 0 when all quotes were closed.
  int unclosed_quote_line = 0;
};

// Reads a whole file: encoding and separator detected as above.
Table read(std::string_view bytes);
// Parses UTF-8 text with a known separator. Quoted cells may hold the separator, doubled quotes
// and line breaks (CRLF inside a cell becomes LF); lines end in LF, CRLF or CR. Cells are not
// trimmed, and a quote in the middle of an unquoted cell is kept as it is.
Table parse(std::string_view text, char separator);

struct WriteOptions {
  char separator = ';';
  bool byte_order_mark = true;     // so Excel reads the file as UTF-8 and not as Windows-1252
  bool neutralise_formulas = true;  // see neutralise_formula()
};

// One row, quoted where needed, ending in CRLF.
std::string write_row(const std::vector<std::string>& cells, const WriteOptions& options = {});
// A whole file: the byte order mark (when asked), then every row.
std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options = {});

// A cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading "'", so
// a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
std::string neutralise_formula(std::string_view cell);
// A cell that already looks guarded ("'=x") gets one more "'" too, so that the reverse below
// gives every cell back exactly.
// The reverse, for a cell that comes back from a file we wrote: "'=1+1" -> "=1+1". Cells that
// do not start with "'"s followed by one of those characters stay as they are ("'t Hoekje" stays).
std::string strip_formula_guard(std::string_view cell);

}  // namespace omzien::csv
