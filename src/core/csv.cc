#include "core/csv.h"

#include <cstdint>

#include "core/text.h"

namespace omzien::csv {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252 bytes 0x80-0x9F; the five unassigned ones become U+FFFD. 0xA0-0xFF equal Latin-1.
constexpr char32_t kCp1252High[32] = {
    0x20AC, kReplacement, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, kReplacement, 0x017D, kReplacement,
    kReplacement, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, kReplacement, 0x017E, 0x0178};

std::string from_windows_1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char byte : bytes) {
    auto b = static_cast<unsigned char>(byte);
    if (b < 0x80) out += byte;
    else if (b < 0xA0) append_utf8(out, kCp1252High[b - 0x80]);
    else append_utf8(out, b);
  }
  return out;
}

// UTF-16 after its BOM; unpaired surrogates and an odd last byte become U+FFFD.
std::string from_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit_at = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (char32_t(b) << 8 | a) : (char32_t(a) << 8 | b);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, unit);  // a lone surrogate becomes U+FFFD there
  }
  if (i < bytes.size()) append_utf8(out, kReplacement);
  return out;
}

bool is_formula_start(std::string_view cell) {
  if (cell.empty()) return false;
  char first = cell[0];
  return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

std::string_view after_apostrophes(std::string_view cell) {
  std::size_t n = cell.find_first_not_of('\'');
  return n == std::string_view::npos ? std::string_view() : cell.substr(n);
}

bool needs_quotes(std::string_view cell, char separator) {
  if (cell.empty()) return false;
  if (cell.rfind(kUtf8Bom, 0) == 0) return true;  // would be taken for a BOM at the start of a file
  for (char c : cell)
    if (c == separator || c == '"' || c == '\n' || c == '\r') return true;
  return false;
}

// The state of parse(): one cell and one row at a time.
struct Parser {
  Table table;
  Row row;
  std::string cell;
  int line = 1;
  bool at_cell_start = true;
  bool row_has_content = false;

  void end_cell() {
    row.cells.push_back(std::move(cell));
    cell.clear();
    at_cell_start = true;
  }
  void end_row() {
    end_cell();
    if (row_has_content) table.rows.push_back(std::move(row));
    row = Row{};
    row_has_content = false;
  }
};

}  // namespace

std::string to_utf8(std::string_view bytes, Encoding* detected) {
  auto report = [&](Encoding e) {
    if (detected) *detected = e;
  };
  if (bytes.rfind(kUtf8Bom, 0) == 0) {
    std::string_view rest = bytes.substr(kUtf8Bom.size());
    if (is_valid_utf8(rest)) {
      report(Encoding::Utf8WithBom);
      return std::string(rest);
    }
    report(Encoding::Windows1252);
    return from_windows_1252(rest);
  }
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    report(Encoding::Utf16);
    return from_utf16(bytes.substr(2), bytes[0] == '\xFF');
  }
  if (is_valid_utf8(bytes)) {
    report(Encoding::Utf8);
    return std::string(bytes);
  }
  report(Encoding::Windows1252);
  return from_windows_1252(bytes);
}

char detect_separator(std::string_view text) {
  int semicolons = 0, tabs = 0, commas = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == '\n' || c == '\r') break;
    else if (c == ';') ++semicolons;
    else if (c == '\t') ++tabs;
    else if (c == ',') ++commas;
  }
  if (semicolons >= tabs && semicolons >= commas) return ';';
  if (tabs >= commas) return '\t';
  return ',';
}

Table parse(std::string_view text, char separator) {
  Parser p;
  p.table.separator = separator;
  bool quoted = false;
  int quote_line = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          p.cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        p.cell += '\n';
        ++p.line;
      } else {
        p.cell += c;
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      p.end_row();
      ++p.line;
      p.row.line = p.line;
      continue;
    }
    if (p.row.cells.empty() && p.at_cell_start && !p.row_has_content) p.row.line = p.line;
    p.row_has_content = true;
    if (c == separator) {
      p.end_cell();
    } else if (c == '"' && p.at_cell_start) {
      quoted = true;
      quote_line = p.line;
      p.at_cell_start = false;
    } else {
      p.cell += c;
      p.at_cell_start = false;
    }
  }
  if (quoted) p.table.unclosed_quote_line = quote_line;
  if (p.row_has_content) p.end_row();
  return std::move(p.table);
}

Table read(std::string_view bytes) {
  Encoding encoding = Encoding::Utf8;
  std::string text = to_utf8(bytes, &encoding);
  Table table = parse(text, detect_separator(text));
  table.encoding = encoding;
  return table;
}

std::string neutralise_formula(std::string_view cell) {
  // A cell that already looks guarded ("'=x") gets one more "'", so strip_formula_guard gives it back.
  bool looks_guarded = !cell.empty() && cell[0] == '\'' && is_formula_start(after_apostrophes(cell));
  if (is_formula_start(cell) || looks_guarded) return "'" + std::string(cell);
  return std::string(cell);
}

std::string strip_formula_guard(std::string_view cell) {
  if (!cell.empty() && cell[0] == '\'' && is_formula_start(after_apostrophes(cell)))
    return std::string(cell.substr(1));
  return std::string(cell);
}

std::string write_row(const std::vector<std::string>& cells, const WriteOptions& options) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += options.separator;
    std::string cell = options.neutralise_formulas ? neutralise_formula(cells[i]) : cells[i];
    // A row of one empty cell would be an empty line, which readers skip: write it as "".
    bool lone_empty = cells.size() == 1 && cell.empty();
    if (!lone_empty && !needs_quotes(cell, options.separator)) {
      out += cell;
      continue;
    }
    out += '"';
    for (char c : cell) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
  return out;
}

std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options) {
  std::string out = options.byte_order_mark ? std::string(kUtf8Bom) : std::string();
  for (const auto& row : rows) out += write_row(row, options);
  return out;
}

}  // namespace omzien::csv
