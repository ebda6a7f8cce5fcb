#include "features/initiatives/import_format.h"

#include <fmt/core.h>

#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/csv.h"
#include "core/text.h"
#include "features/initiatives/texts.h"

namespace omzien::initiatives {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

enum class Kind { Text, List, Number };

Kind kind_of(std::string_view field) {
  if (field == "themes" || field == "target_groups" || field == "offers" || field == "needs") return Kind::List;
  if (field == "lat" || field == "lon") return Kind::Number;
  return Kind::Text;
}

bool is_field(std::string_view name) {
  for (auto field : kInterchangeFields)
    if (field == name) return true;
  return false;
}

// "52.09", "52,09" (Dutch Excel), " 5.1 "; nullopt for anything else.
std::optional<double> parse_number(std::string_view typed) {
  std::string text = trim(typed);
  if (text.find('.') == std::string::npos) {
    auto comma = text.find(',');
    if (comma != std::string::npos) text[comma] = '.';
  }
  if (!text.empty() && text[0] == '+') text.erase(0, 1);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number_text(std::optional<double> value) { return value ? fmt::format("{}", *value) : std::string(); }

std::string* text_field(InterchangeRecord& r, std::string_view field) {
  if (field == "id") return &r.id;
  if (field == "name") return &r.name;
  if (field == "summary") return &r.summary;
  if (field == "description") return &r.description;
  if (field == "municipality") return &r.municipality;
  if (field == "place") return &r.place;
  if (field == "phase") return &r.phase;
  if (field == "founded") return &r.founded;
  if (field == "legal_form") return &r.legal_form;
  if (field == "website") return &r.website;
  if (field == "email") return &r.email;
  return nullptr;
}

std::vector<std::string>* list_field(InterchangeRecord& r, std::string_view field) {
  if (field == "themes") return &r.themes;
  if (field == "target_groups") return &r.target_groups;
  if (field == "offers") return &r.offers;
  if (field == "needs") return &r.needs;
  return nullptr;
}

// Puts one field's value (as text) on the record; a bad number becomes a problem.
void set_field(ReadRecord& read, std::string_view field, const std::string& text) {
  InterchangeRecord& r = read.record;
  if (field == "lat" || field == "lon") {
    std::optional<double> number;
    if (!trim(text).empty()) {
      number = parse_number(text);
      if (!number) read.problems.push_back(fmt::format(fmt::runtime(texts::kImportNotANumber), field, text));
    }
    (field == "lat" ? r.lat : r.lon) = number;
  } else if (auto* list = list_field(r, field)) {
    *list = split_list_cell(text);
  } else if (auto* value = text_field(r, field)) {
    *value = text;
  }
}

// A JSON value as text: strings as they are, numbers written out, null as "".
std::optional<std::string> json_text(const Json& value) {
  if (value.is_null()) return std::string();
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number()) return fmt::format("{}", value.get<double>());
  return std::nullopt;
}

void read_json_field(ReadRecord& read, std::string_view field, const Json& value) {
  if (kind_of(field) == Kind::List && value.is_array()) {
    std::vector<std::string> items;
    for (const auto& item : value) {
      auto text = json_text(item);
      if (!text) {
        read.problems.push_back(fmt::format(fmt::runtime(texts::kImportWrongKind), field, texts::kImportKindList));
        return;
      }
      if (!trim(*text).empty()) items.push_back(trim(*text));
    }
    *list_field(read.record, field) = std::move(items);
    return;
  }
  auto text = json_text(value);
  if (!text) {
    const char* expected = kind_of(field) == Kind::List     ? texts::kImportKindList
                           : kind_of(field) == Kind::Number ? texts::kImportKindNumber
                                                            : texts::kImportKindText;
    read.problems.push_back(fmt::format(fmt::runtime(texts::kImportWrongKind), field, expected));
    return;
  }
  set_field(read, field, *text);
}

ReadFile read_json(std::string_view text) {
  ReadFile file;
  Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) {
    file.problem = texts::kImportNotJson;
    return file;
  }
  if (!document.is_array()) {
    file.problem = texts::kImportNotAList;
    return file;
  }
  std::set<std::string> ignored;
  int index = 0;
  for (const auto& item : document) {
    ReadRecord read;
    read.where = fmt::format(fmt::runtime(texts::kImportWhereItem), ++index);
    if (!item.is_object()) {
      read.problems.push_back(texts::kImportItemNotObject);
    } else {
      for (const auto& [key, value] : item.items()) {
        if (is_field(key)) {
          read.present.insert(key);
          read_json_field(read, key, value);
        }
        else if (key != "url" && key != "location_precision") ignored.insert(key);
      }
    }
    file.records.push_back(std::move(read));
  }
  for (const auto& key : ignored) file.notes.push_back(fmt::format(fmt::runtime(texts::kImportUnknownField), key));
  return file;
}

// Header cells -> field names; file.problem set when the header cannot be used.
std::vector<std::string> read_header(const csv::Row& header, ReadFile& file) {
  std::vector<std::string> columns;
  std::set<std::string> seen;
  for (const auto& cell : header.cells) {
    std::string name = to_lower_ascii(trim(csv::strip_formula_guard(cell)));
    if (!name.empty() && !seen.insert(name).second) {
      file.problem = fmt::format(fmt::runtime(texts::kImportDuplicateColumn), name);
      return {};
    }
    if (!name.empty() && !is_field(name) && name != "url" && name != "location_precision")
      file.notes.push_back(fmt::format(fmt::runtime(texts::kImportUnknownField), name));
    columns.push_back(is_field(name) ? name : std::string());
  }
  if (!seen.count("name")) file.problem = texts::kImportNoNameColumn;
  return columns;
}

ReadFile read_csv(std::string_view bytes) {
  ReadFile file;
  csv::Table table = csv::read(bytes);
  if (table.unclosed_quote_line > 0) {
    file.problem = fmt::format(fmt::runtime(texts::kImportUnclosedQuote), table.unclosed_quote_line);
    return file;
  }
  if (table.rows.empty()) {
    file.problem = texts::kImportEmptyFile;
    return file;
  }
  std::vector<std::string> columns = read_header(table.rows[0], file);
  if (!file.problem.empty()) return file;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const csv::Row& row = table.rows[r];
    bool all_empty = true;
    for (const auto& cell : row.cells) all_empty = all_empty && trim(cell).empty();
    if (all_empty) continue;  // Excel leaves rows of ";;;;" behind
    ReadRecord read;
    read.where = fmt::format(fmt::runtime(texts::kImportWhereLine), row.line);
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      std::string cell = csv::strip_formula_guard(row.cells[c]);
      if (c >= columns.size()) {
        if (!trim(cell).empty()) read.problems.push_back(texts::kImportTooManyCells);
        break;
      }
      if (!columns[c].empty()) set_field(read, columns[c], cell);
    }
    for (const auto& column : columns)
      if (!column.empty()) read.present.insert(column);
    file.records.push_back(std::move(read));
  }
  return file;
}

std::vector<std::pair<std::string, std::string>> record_cells(const InterchangeRecord& r, Columns columns) {
  std::vector<std::pair<std::string, std::string>> cells = {
      {"id", r.id},
      {"name", r.name},
      {"summary", r.summary},
      {"description", r.description},
      {"themes", join_list_cell(r.themes)},
      {"target_groups", join_list_cell(r.target_groups)},
      {"municipality", r.municipality},
      {"place", r.place},
      {"lat", number_text(r.lat)},
      {"lon", number_text(r.lon)},
      {"phase", r.phase},
      {"founded", r.founded},
      {"legal_form", r.legal_form},
      {"offers", join_list_cell(r.offers)},
      {"needs", join_list_cell(r.needs)},
      {"website", r.website},
      {"email", r.email}};
  if (columns == Columns::OpenData) {
    cells.emplace_back("url", r.url);
    cells.emplace_back("location_precision", r.location_precision);
  }
  return cells;
}

OrderedJson record_json(const InterchangeRecord& r, Columns columns) {
  auto number = [](std::optional<double> v) { return v ? OrderedJson(*v) : OrderedJson(nullptr); };
  OrderedJson o;
  o["id"] = r.id;
  o["name"] = r.name;
  o["summary"] = r.summary;
  o["description"] = r.description;
  o["themes"] = r.themes;
  o["target_groups"] = r.target_groups;
  o["municipality"] = r.municipality;
  o["place"] = r.place;
  o["lat"] = number(r.lat);
  o["lon"] = number(r.lon);
  o["phase"] = r.phase;
  int year = 0;
  auto [end, error] = std::from_chars(r.founded.data(), r.founded.data() + r.founded.size(), year);
  bool is_year = !r.founded.empty() && error == std::errc() && end == r.founded.data() + r.founded.size();
  o["founded"] = is_year ? OrderedJson(year) : r.founded.empty() ? OrderedJson(nullptr) : OrderedJson(r.founded);
  o["legal_form"] = r.legal_form;
  o["offers"] = r.offers;
  o["needs"] = r.needs;
  o["website"] = r.website;
  o["email"] = r.email;
  if (columns == Columns::OpenData) {
    o["url"] = r.url;
    o["location_precision"] = r.location_precision;
  }
  return o;
}

}  // namespace

std::string join_list_cell(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += '|';
    for (char c : items[i]) {
      if (c == '|' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> split_list_cell(std::string_view cell) {
  std::vector<std::string> items;
  std::string item;
  auto finish = [&] {
    std::string trimmed = trim(item);
    if (!trimmed.empty()) items.push_back(std::move(trimmed));
    item.clear();
  };
  for (std::size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c == '\\' && i + 1 < cell.size() && (cell[i + 1] == '|' || cell[i + 1] == '\\')) item += cell[++i];
    else if (c == '|') finish();
    else item += c;
  }
  finish();
  return items;
}

ReadFile read_interchange(std::string_view bytes) {
  std::string text = csv::to_utf8(bytes);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return ReadFile{{}, texts::kImportEmptyFile, {}};
  if (text[first] == '[' || text[first] == '{') return read_json(text);
  return read_csv(text);
}

std::string write_interchange_json(const std::vector<InterchangeRecord>& records, Columns columns) {
  OrderedJson list = OrderedJson::array();
  for (const auto& record : records) list.push_back(record_json(record, columns));
  return list.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string write_interchange_csv(const std::vector<InterchangeRecord>& records, Columns columns) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(records.size() + 1);
  std::vector<std::string> header;
  for (const auto& [name, value] : record_cells(InterchangeRecord{}, columns)) header.push_back(name);
  rows.push_back(std::move(header));
  for (const auto& record : records) {
    std::vector<std::string> row;
    for (auto& [name, value] : record_cells(record, columns)) row.push_back(std::move(value));
    rows.push_back(std::move(row));
  }
  return csv::write(rows);
}

}  // namespace omzien::initiatives
