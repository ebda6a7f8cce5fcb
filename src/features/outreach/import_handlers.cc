// Importing a list (staff): upload a file or paste cells, check the preview and the column
// choices, then import. Between the two steps the list waits in the database for this staff
// member only, and is deleted at the import, at "Annuleren", or after an hour.
#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "core/text.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_import.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/handlers.h"
#include "features/outreach/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

constexpr std::size_t kMaxColumns = 40;
constexpr std::size_t kPreviewRows = 10;
constexpr std::size_t kListedProblems = 200;

http::Response render_import_form(App& app, const http::Request& request, const std::string& problem,
                                  const std::string& pasted, int status) {
  View view;
  view.set("pasted", pasted).set("max_megabytes", static_cast<int>(kMaxListBytes / (1024 * 1024)));
  if (!problem.empty()) view.set("problem", problem);
  return web::render_page(app, request, "outreach/import", std::move(view), {.title = texts::kImportTitle, .status = status});
}

std::size_t column_count(const csv::Table& table) {
  std::size_t width = 0;
  for (const auto& row : table.rows) width = std::max(width, row.cells.size());
  return std::min(width, kMaxColumns);
}

View field_options(ContactField chosen) {
  View options = View::list();
  for (ContactField field : kContactFields)
    options.push(View().set("value", field_id(field)).set("label", field_label(field)).set("selected", field == chosen));
  return options;
}

// How many good rows are new and how many merge with a contact already in the file.
std::pair<int, int> new_and_known(App& app, const std::vector<ListRow>& rows) {
  return app.db->read([&](db::Connection& c) {
    int fresh = 0, known = 0;
    for (const auto& row : rows) {
      if (!row.checked.ok()) continue;
      const Contact& contact = row.checked.contact;
      bool found = find_contact_by_email(c, contact.email) ||
                   (!contact.phone.empty() && find_contact_by_phone_only(c, contact.phone));
      (found ? known : fresh) += 1;
    }
    return std::pair(fresh, known);
  });
}

http::Response render_preview(App& app, const http::Request& request, std::int64_t draft_id, const csv::Table& table,
                              const ColumnMapping& mapping, const std::string& problem, int status) {
  std::size_t width = column_count(table);
  View columns = View::list();
  for (std::size_t i = 0; i < width; ++i) {
    std::string header = mapping.has_header && i < table.rows[0].cells.size() ? trim(table.rows[0].cells[i]) : "";
    ContactField chosen = i < mapping.fields.size() ? mapping.fields[i] : ContactField::Ignore;
    columns.push(View()
                     .set("index", static_cast<int>(i))
                     .set("number", static_cast<int>(i + 1))
                     .set("header", header)
                     .set("options", field_options(chosen)));
  }
  View rows = View::list();
  for (std::size_t r = mapping.has_header ? 1 : 0, shown = 0; r < table.rows.size() && shown < kPreviewRows; ++r, ++shown) {
    View cells = View::list();
    for (std::size_t i = 0; i < width; ++i)
      cells.push(View().set("text", i < table.rows[r].cells.size() ? utf8_shorten(table.rows[r].cells[i], 80) : ""));
    rows.push(View().set("line", table.rows[r].line).set("cells", cells));
  }
  auto checked = list_rows(table, mapping);
  View bad = View::list();
  int bad_count = 0;
  for (const auto& row : checked) {
    if (row.checked.ok()) continue;
    if (static_cast<std::size_t>(bad_count++) >= kListedProblems) continue;
    std::string reason;
    for (const auto& [field, message] : row.checked.errors) reason += (reason.empty() ? "" : " ") + message;
    bad.push(View().set("line", row.line).set("reason", reason));
  }
  auto [fresh, known] = new_and_known(app, checked);
  View view;
  view.set("draft", draft_id).set("columns", columns).set("rows", rows).set("has_header", mapping.has_header);
  view.set("row_count", static_cast<int>(checked.size())).set("bad_count", bad_count).set("has_bad", bad_count > 0).set("bad_rows", bad);
  view.set("new_count", fresh).set("known_count", known);
  view.set("more_rows", checked.size() > kPreviewRows).set("preview_rows", static_cast<int>(std::min(kPreviewRows, checked.size())));
  if (!problem.empty()) view.set("problem", problem);
  bool recognised = std::any_of(mapping.fields.begin(), mapping.fields.end(), [](ContactField f) { return f != ContactField::Ignore; });
  view.set("unrecognised", !recognised);
  return web::render_page(app, request, "outreach/import_preview", std::move(view),
                          {.title = texts::kPreviewTitle, .status = status});
}

ColumnMapping mapping_from(const http::Request& request, std::size_t width) {
  ColumnMapping mapping;
  mapping.has_header = request.form.get("has_header") == "ja";
  for (std::size_t i = 0; i < width; ++i)
    mapping.fields.push_back(parse_field(request.form.get("column_" + std::to_string(i))).value_or(ContactField::Ignore));
  return mapping;
}

std::optional<std::int64_t> draft_id_of(const http::Request& request) {
  try {
    std::int64_t id = std::stoll(request.form.get("draft"));
    return id > 0 ? std::optional(id) : std::nullopt;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

http::Response show_import_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return render_import_form(app, request, "", "", 200);
}

http::Response preview_import(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  const http::UploadedFile* file = request.file("file");
  const std::string& pasted = request.form.get("pasted");
  std::string_view bytes = file ? std::string_view(file->data) : std::string_view(pasted);
  if (bytes.size() > kMaxListBytes) return render_import_form(app, request, texts::kListTooBig, "", 413);
  std::string text = list_text(bytes);
  ReadList list = read_list(text);
  if (!list.problem.empty()) return render_import_form(app, request, list.problem, file ? "" : pasted, 422);
  ColumnGuess guess = guess_columns(list.table);
  auto draft = app.db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
    if (auto r = delete_import_drafts_of(c, request.viewer.account_id); !r) return r.error();
    return insert_import_draft(c, request.viewer.account_id, text, app.clock.now());
  });
  if (!draft) return web::page_for_error(app, request, draft.error());
  std::string problem = guess.recognised() ? "" : texts::kListNoKnownColumns;
  return render_preview(app, request, *draft, list.table, {guess.has_header, guess.fields}, problem, 200);
}

http::Response confirm_import(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = draft_id_of(request);
  auto text = id ? app.db->read([&](db::Connection& c) { return find_import_draft(c, *id, request.viewer.account_id); })
                 : std::nullopt;
  if (!text) return web::redirect_with_flash(app, "/beheer/adresbestand/inlezen", texts::kDraftGone, "error");
  ReadList list = read_list(*text);
  ColumnMapping mapping = mapping_from(request, column_count(list.table));
  if (request.form.get("action") == "voorbeeld") return render_preview(app, request, *id, list.table, mapping, "", 200);
  if (std::string problem = mapping_problem(mapping); !problem.empty())
    return render_preview(app, request, *id, list.table, mapping, problem, 422);
  auto report = import_contacts(app, *text, mapping, {request.viewer.account_id, request.viewer.display_name()});
  if (!report) return render_preview(app, request, *id, list.table, mapping, texts::kImportFailed, 500);
  if (!report->problem.empty()) return render_preview(app, request, *id, list.table, mapping, report->problem, 422);
  (void)app.db->write_void([&](db::Connection& c) { return delete_import_drafts_of(c, request.viewer.account_id); });
  View bad = View::list();
  for (const auto& row : report->bad_rows) bad.push(View().set("line", row.line).set("reason", row.reason));
  View view;
  view.set("created", report->created).set("merged", report->merged).set("unchanged", report->unchanged);
  view.set("bad_count", static_cast<int>(report->bad_rows.size())).set("has_bad", !report->bad_rows.empty()).set("bad_rows", bad);
  view.set("complete", report->complete());
  view.set("rows", report->rows);
  return web::render_page(app, request, "outreach/import_report", std::move(view), {.title = texts::kReportTitle});
}

http::Response cancel_import(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto done = app.db->write_void([&](db::Connection& c) { return delete_import_drafts_of(c, request.viewer.account_id); });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand", texts::kImportCancelled);
}

}  // namespace omzien::outreach
