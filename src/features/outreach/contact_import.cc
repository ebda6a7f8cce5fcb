#include "features/outreach/contact_import.h"

#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

std::string cell_at(const csv::Row& row, std::size_t column) {
  return column < row.cells.size() ? trim(row.cells[column]) : std::string();
}

// Several columns may feed one field (first and last name; several note columns).
void add_cell(std::string& field, const std::string& cell, std::string_view separator) {
  if (cell.empty()) return;
  if (field.empty()) field = cell;
  else field += std::string(separator) + cell;
}

std::string join_errors(const std::map<std::string, std::string>& errors) {
  std::string out;
  // The same order for every row: e-mail, phone, municipality, then the rest.
  for (std::string_view field : {"email", "phone", "municipality", "initiative_name", "person_name", "notes"}) {
    auto it = errors.find(std::string(field));
    if (it == errors.end()) continue;
    if (!out.empty()) out += " ";
    out += it->second;
  }
  return out;
}

audit::Entry import_entry(const App& app, const ImportActor& actor, std::string action, std::int64_t id,
                          std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = actor.account_id,
          .actor_label = actor.label,
          .action = std::move(action),
          .subject = "contact:" + std::to_string(id),
          .detail = std::move(detail)};
}

// Saves one good row: merged into the contact with the same address (or phone), or new.
Result<void> save_row(App& app, db::Connection& c, const Contact& incoming, const ImportActor& actor,
                      ContactImportReport& report) {
  Seconds now = app.clock.now();
  auto existing = find_contact_by_email(c, incoming.email);
  if (!existing && !incoming.phone.empty()) existing = find_contact_by_phone_only(c, incoming.phone);
  if (existing) {
    if (!merge_contact(*existing, incoming)) {
      ++report.unchanged;
      return {};
    }
    if (auto r = update_contact_fields(c, *existing, now); !r) return r;
    ++report.merged;
    report.saved_ids.push_back(existing->id);
    return audit::record(c, import_entry(app, actor, "contact.merge", existing->id, texts::kAuditMerged));
  }
  Contact fresh = incoming;
  fresh.source = "bestand";
  auto id = insert_contact(c, fresh, now);
  if (!id) return id.error();
  ++report.created;
  report.saved_ids.push_back(*id);
  return audit::record(c, import_entry(app, actor, "contact.import", *id, texts::kAuditImported));
}

}  // namespace

std::string list_text(std::string_view bytes) { return csv::to_utf8(bytes); }

ReadList read_list(std::string_view text) {
  ReadList out;
  if (trim(text).empty()) {
    out.problem = texts::kListEmpty;
    return out;
  }
  if (text.size() > kMaxListBytes) {
    out.problem = texts::kListTooBig;
    return out;
  }
  out.table = csv::read(text);
  if (out.table.rows.empty()) out.problem = texts::kListEmpty;
  else if (out.table.rows.size() > kMaxListRows + 1) out.problem = fmt::format(fmt::runtime(texts::kListTooLong), kMaxListRows);
  else if (out.table.unclosed_quote_line > 0)
    out.problem = fmt::format(fmt::runtime(texts::kListUnclosedQuote), out.table.unclosed_quote_line);
  return out;
}

std::string mapping_problem(const ColumnMapping& mapping) {
  for (ContactField field : mapping.fields)
    if (field == ContactField::Email || field == ContactField::Phone) return "";
  return texts::kMappingNeedsEmailOrPhone;
}

std::vector<ListRow> list_rows(const csv::Table& table, const ColumnMapping& mapping) {
  std::vector<ListRow> rows;
  for (std::size_t r = mapping.has_header ? 1 : 0; r < table.rows.size(); ++r) {
    const csv::Row& row = table.rows[r];
    ContactInput input;
    bool any = false;
    for (std::size_t col = 0; col < mapping.fields.size(); ++col) {
      std::string cell = cell_at(row, col);
      if (cell.empty() || mapping.fields[col] == ContactField::Ignore) continue;
      any = true;
      switch (mapping.fields[col]) {
        case ContactField::InitiativeName: add_cell(input.initiative_name, cell, " "); break;
        case ContactField::PersonName: add_cell(input.person_name, cell, " "); break;
        case ContactField::Notes: add_cell(input.notes, cell, "\n"); break;
        case ContactField::Email: if (input.email.empty()) input.email = cell; break;
        case ContactField::Phone: if (input.phone.empty()) input.phone = cell; break;
        case ContactField::Municipality: if (input.municipality.empty()) input.municipality = cell; break;
        case ContactField::Ignore: break;
      }
    }
    if (any) rows.push_back({row.line, check_contact(input)});
  }
  return rows;
}

bool merge_contact(Contact& existing, const Contact& incoming) {
  bool changed = false;
  auto fill = [&](std::string& field, const std::string& value) {
    if (field.empty() && !value.empty()) {
      field = value;
      changed = true;
    }
  };
  fill(existing.initiative_name, incoming.initiative_name);
  fill(existing.person_name, incoming.person_name);
  fill(existing.email, incoming.email);
  fill(existing.phone, incoming.phone);
  fill(existing.municipality_code, incoming.municipality_code);
  if (!incoming.notes.empty() && existing.notes.find(incoming.notes) == std::string::npos) {
    existing.notes = existing.notes.empty() ? incoming.notes : existing.notes + "\n" + incoming.notes;
    changed = true;
  }
  return changed;
}

Result<ContactImportReport> import_contacts(App& app, std::string_view text, const ColumnMapping& mapping,
                                            const ImportActor& actor) {
  ContactImportReport report;
  ReadList list = read_list(text);
  report.problem = list.problem;
  if (report.problem.empty()) report.problem = mapping_problem(mapping);
  if (!report.problem.empty()) return report;
  auto rows = list_rows(list.table, mapping);
  if (rows.empty()) {
    report.problem = texts::kListNoRows;
    return report;
  }
  auto saved = app.db->write<ContactImportReport>([&](db::Connection& c) -> Result<ContactImportReport> {
    ContactImportReport inside = report;
    for (const auto& row : rows) {
      ++inside.rows;
      if (!row.checked.ok()) {
        inside.bad_rows.push_back({row.line, join_errors(row.checked.errors)});
        continue;
      }
      if (auto r = save_row(app, c, row.checked.contact, actor, inside); !r) return r.error();
    }
    return inside;
  });
  return saved;
}

Result<ContactImportReport> import_contacts_file(App& app, std::string_view bytes, const ImportActor& actor) {
  std::string text = list_text(bytes);
  ReadList list = read_list(text);
  if (!list.problem.empty()) return ContactImportReport{.problem = list.problem};
  ColumnGuess guess = guess_columns(list.table);
  if (!guess.recognised()) return ContactImportReport{.problem = texts::kListNoKnownColumns};
  return import_contacts(app, text, {guess.has_header, guess.fields}, actor);
}

std::vector<std::string> describe_report(const ContactImportReport& report) {
  if (!report.problem.empty()) return {report.problem, std::string(texts::kNothingImported)};
  std::vector<std::string> lines = {
      fmt::format(fmt::runtime(texts::kReportCreated), report.created),
      fmt::format(fmt::runtime(texts::kReportMerged), report.merged),
      fmt::format(fmt::runtime(texts::kReportUnchanged), report.unchanged),
      fmt::format(fmt::runtime(texts::kReportBad), report.bad_rows.size()),
  };
  for (const auto& bad : report.bad_rows) lines.push_back(fmt::format(fmt::runtime(texts::kReportBadRow), bad.line, bad.reason));
  return lines;
}

}  // namespace omzien::outreach
