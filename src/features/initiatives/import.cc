#include "features/initiatives/import.h"

#include <fmt/core.h>

#include <algorithm>
#include <ctime>
#include <map>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/initiatives/import_store.h"
#include "features/initiatives/initiative_form.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/texts.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

constexpr std::size_t kRowsPerTransaction = 500;

// What the profile form does with typed text: trimmed, NFC, no control characters (line
// breaks kept only where the field may have them).
std::string clean(std::string_view text, bool keep_newlines) {
  std::string out;
  for (char c : normalize_nfc(trim(text))) {
    auto u = static_cast<unsigned char>(c);
    if (u == '\r' || u == 0x7F) continue;
    if (u == '\n' && keep_newlines) out += c;
    else if (u < 0x20 && u != '\t') out += ' ';
    else out += c;
  }
  return out;
}

std::string clean_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + clean(item, false);
  return out;
}

// Ids as they are, or labels in any case and accents ("Zorg en welzijn"); unknown ones reported.
std::vector<std::string> resolve_terms(const std::vector<std::string>& items, const std::vector<Term>& terms,
                                       const char* unknown_message, std::vector<std::string>& errors) {
  std::vector<std::string> ids;
  for (const auto& item : items) {
    std::string wanted = fold(trim(item));
    auto it = std::find_if(terms.begin(), terms.end(), [&](const Term& t) { return t.id == trim(item); });
    if (it == terms.end())
      it = std::find_if(terms.begin(), terms.end(), [&](const Term& t) { return fold(t.label) == wanted || fold(t.id) == wanted; });
    if (it == terms.end()) errors.push_back(fmt::format(fmt::runtime(unknown_message), item));
    else if (std::find(ids.begin(), ids.end(), it->id) == ids.end()) ids.push_back(it->id);
  }
  return ids;
}

std::vector<Term> all_choosable(std::vector<Term> terms) {
  for (auto& term : terms) term.retired = false;
  return terms;
}

std::string interchange_name(const std::string& form_field) {
  if (form_field == "sentence") return "summary";
  if (form_field == "contact_email") return "email";
  if (form_field == "municipality_code") return "municipality";
  return form_field;
}

void check_coordinates(const InterchangeRecord& r, std::vector<std::string>& errors) {
  if (r.lat.has_value() != r.lon.has_value()) errors.push_back(texts::kImportLatLonPair);
  else if (r.lat && !geo::inside_province({*r.lat, *r.lon})) errors.push_back(texts::kImportOutsideProvince);
}

std::vector<std::string> sorted(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  return items;
}

int this_year(const App& app) {
  std::time_t now = static_cast<std::time_t>(app.clock.now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

std::optional<std::string> municipality_code_for(std::string_view name) {
  std::string typed = trim(name);
  if (typed.empty()) return std::nullopt;
  if (fold(typed) == fold(texts::kProvinceWide) || to_lower_ascii(typed) == to_lower_ascii(geo::kProvinceCode))
    return std::string(geo::kProvinceCode);
  if (const geo::Municipality* m = geo::find_municipality(typed)) return std::string(m->code);
  return std::nullopt;
}

Initiative new_imported_profile() {
  Initiative i;
  i.claimed = false;
  i.location_precision = LocationPrecision::Neighbourhood;
  // The file's address may be a person's; it is shown once a beheerder chooses so.
  i.email_public = false;
  return i;
}

RowOutcome apply_row(const ReadRecord& read, const Initiative& base, const std::vector<Term>& themes,
                     const std::vector<Term>& groups, int this_year) {
  RowOutcome out{base, {}};
  const InterchangeRecord& r = read.record;
  auto has = [&](std::string_view field) { return read.present.count(field) > 0; };
  InitiativeForm form = InitiativeForm::from_initiative(base);
  if (has("name")) form.name = clean(r.name, false);
  if (has("summary")) form.sentence = clean(r.summary, false);
  if (has("description")) form.description = clean(r.description, true);
  if (has("place")) form.place = clean(r.place, false);
  if (has("phase")) form.phase = to_lower_ascii(trim(r.phase));
  if (has("founded")) form.founded = trim(r.founded);
  if (has("legal_form")) form.legal_form = to_lower_ascii(trim(r.legal_form));
  if (has("website")) form.website = trim(r.website);
  if (has("email")) form.contact_email = trim(r.email);
  if (has("offers")) form.offers = clean_lines(r.offers);
  if (has("needs")) form.needs = clean_lines(r.needs);
  std::size_t own_errors = 0;
  std::map<std::string, bool> reported;  // form fields the import already explained
  if (has("municipality")) {
    auto code = municipality_code_for(r.municipality);
    if (!code && !trim(r.municipality).empty()) {
      out.errors.push_back(fmt::format(fmt::runtime(texts::kImportUnknownMunicipality), trim(r.municipality)));
      reported["municipality_code"] = true;
    }
    form.municipality_code = code.value_or("");
  }
  own_errors = out.errors.size();
  if (has("themes")) form.themes = resolve_terms(r.themes, themes, texts::kImportUnknownTheme, out.errors);
  if (out.errors.size() > own_errors) reported["themes"] = true;
  own_errors = out.errors.size();
  if (has("target_groups"))
    form.target_groups = resolve_terms(r.target_groups, groups, texts::kImportUnknownTargetGroup, out.errors);
  if (out.errors.size() > own_errors) reported["target_groups"] = true;
  form.validate(all_choosable(themes), all_choosable(groups), this_year);
  for (const auto& [field, message] : form.errors) {
    if (reported.count(field)) continue;
    if (field == "contact_email" && form.contact_email.empty()) continue;  // an import may lack one
    out.errors.push_back(fmt::format(fmt::runtime(texts::kImportFieldProblem), interchange_name(field), message));
  }
  if (has("lat") || has("lon")) check_coordinates(r, out.errors);
  if (!out.errors.empty()) return out;
  form.apply_to(out.initiative);
  if (has("lat") || has("lon")) {
    out.initiative.lat = r.lat;
    out.initiative.lon = r.lon;
  }
  if (!trim(r.id).empty()) out.initiative.external_id = trim(r.id);
  return out;
}

bool same_interchange_fields(const Initiative& a, const Initiative& b) {
  return a.external_id == b.external_id && a.name == b.name && a.municipality_code == b.municipality_code &&
         a.sentence == b.sentence && a.description == b.description && sorted(a.themes) == sorted(b.themes) &&
         sorted(a.target_groups) == sorted(b.target_groups) && a.place == b.place && a.lat == b.lat &&
         a.lon == b.lon && a.phase == b.phase && a.founded == b.founded && a.legal_form == b.legal_form &&
         a.offers == b.offers && a.needs == b.needs && a.website == b.website && a.contact_email == b.contact_email;
}

namespace {

// Everything one import keeps between rows.
struct ImportRun {
  App& app;
  const ImportOptions& options;
  std::vector<Term> themes, groups;
  int year = 0;
  std::map<std::string, std::string> seen;  // "id:A001" / "name:GM0355:Naam" -> where first seen
};

void add_problem(ImportReport& report, const std::string& where, std::string message) {
  report.problems.push_back({where, std::move(message)});
}

audit::Entry import_entry(const ImportRun& run, const Initiative& i, const char* detail) {
  return {.at = run.app.clock.now(),
          .actor_account_id = run.options.actor_account_id,
          .actor_label = run.options.actor_label,
          .action = "initiative.import",
          .subject = "initiative:" + std::to_string(i.id),
          .detail = detail};
}

// Saves one row's profile inside its own savepoint; false (and a problem) when that failed.
bool save_row(db::Connection& c, ImportRun& run, const Initiative& profile, bool is_new, ImportReport& batch,
              const std::string& where) {
  if (auto r = begin_row(c); !r) {
    add_problem(batch, where, texts::kImportSaveFailed);
    return false;
  }
  Seconds now = run.app.clock.now();
  auto saved = is_new ? insert_initiative(c, profile, now) : update_initiative(c, profile, now);
  Result<void> logged = saved ? audit::record(c, import_entry(run, *saved, is_new ? texts::kImportAuditCreated
                                                                                  : texts::kImportAuditUpdated))
                              : Result<void>(saved.error());
  if (!saved || !logged) {
    (void)undo_row(c);
    bool taken = !saved && saved.error().kind == ErrorKind::Conflict;
    add_problem(batch, where, taken ? texts::kImportNameTaken : texts::kImportSaveFailed);
    return false;
  }
  (void)keep_row(c);
  batch.saved_ids.push_back(saved->id);
  return true;
}

// False when the row has a problem (reported in `batch`); true when it was handled.
bool import_or_explain(db::Connection& c, ImportRun& run, const ReadRecord& read, ImportReport& batch) {
  std::string id = trim(read.record.id);
  std::string where = id.empty() ? read.where : read.where + " (" + id + ")";
  std::size_t problems_before = batch.problems.size();
  for (const auto& problem : read.problems) add_problem(batch, where, problem);
  if (batch.problems.size() > problems_before) return false;

  std::string name = clean(read.record.name, false);
  std::string code = municipality_code_for(read.record.municipality).value_or("");
  std::string key = id.empty() ? "name:" + code + ":" + name : "id:" + id;
  if (auto it = run.seen.find(key); it != run.seen.end()) {
    add_problem(batch, where, fmt::format(fmt::runtime(texts::kImportDuplicateInFile), it->second));
    return false;
  }
  run.seen[key] = read.where;

  auto existing = find_initiative_by_external_id(c, id);
  if (!existing && !name.empty() && !code.empty()) {
    existing = find_initiative_by_name(c, name, code);
    if (existing && !existing->external_id.empty() && !id.empty()) {
      add_problem(batch, where, fmt::format(fmt::runtime(texts::kImportOtherId), existing->external_id));
      return false;
    }
  }
  RowOutcome outcome = apply_row(read, existing ? *existing : new_imported_profile(), run.themes, run.groups, run.year);
  for (auto& error : outcome.errors) add_problem(batch, where, std::move(error));
  if (!outcome.errors.empty()) return false;

  if (existing && same_interchange_fields(*existing, outcome.initiative)) {
    ++batch.unchanged;
  } else if (existing && existing->claimed) {
    batch.skipped_rows.push_back({where, texts::kImportSkippedClaimed});
    ++batch.skipped;
  } else {
    if (!save_row(c, run, outcome.initiative, !existing, batch, where)) return false;
    ++(existing ? batch.updated : batch.created);
  }
  return true;
}

// Imports one record; counts it in `batch` as created, updated, unchanged, skipped or failed.
void import_row(db::Connection& c, ImportRun& run, const ReadRecord& read, ImportReport& batch) {
  if (!import_or_explain(c, run, read, batch)) ++batch.failed;
}

void merge(ImportReport& into, ImportReport&& batch) {
  into.created += batch.created;
  into.updated += batch.updated;
  into.unchanged += batch.unchanged;
  into.skipped += batch.skipped;
  into.failed += batch.failed;
  for (auto& p : batch.problems) into.problems.push_back(std::move(p));
  for (auto& p : batch.skipped_rows) into.skipped_rows.push_back(std::move(p));
  into.saved_ids.insert(into.saved_ids.end(), batch.saved_ids.begin(), batch.saved_ids.end());
}

}  // namespace

Result<ImportReport> import_initiatives(App& app, std::string_view bytes, const ImportOptions& options) {
  ImportReport report;
  ReadFile file = read_interchange(bytes);
  report.notes = file.notes;
  report.file_problem = file.problem;
  if (!file.problem.empty()) return report;
  report.rows = static_cast<int>(file.records.size());
  ImportRun run{app, options, {}, {}, this_year(app), {}};
  app.db->read([&](db::Connection& c) {
    run.themes = list_terms(c, Taxonomy::Themes);
    run.groups = list_terms(c, Taxonomy::TargetGroups);
    return 0;
  });
  for (std::size_t start = 0; start < file.records.size(); start += kRowsPerTransaction) {
    std::size_t end = std::min(file.records.size(), start + kRowsPerTransaction);
    ImportReport batch;
    auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
      batch = ImportReport{};
      for (std::size_t i = start; i < end; ++i) import_row(c, run, file.records[i], batch);
      return {};
    });
    if (!done) return done.error();
    // The batch's profiles in one announcement: the search index and the map follow them with
    // one commit each, not one per profile (that made an import wait on the disk for each row).
    std::vector<ContentChange> changes;
    for (auto id : batch.saved_ids) changes.push_back({"initiative", id, ContentChange::Action::Saved});
    app.notify_content_changed(changes);
    merge(report, std::move(batch));
  }
  return report;
}

std::vector<std::string> describe_report(const ImportReport& report) {
  std::vector<std::string> lines;
  if (!report.file_problem.empty()) {
    lines.push_back(fmt::format(fmt::runtime(texts::kImportFileRefused), report.file_problem));
    return lines;
  }
  lines.push_back(fmt::format(fmt::runtime(texts::kImportSummary), report.rows, report.created, report.updated,
                              report.unchanged, report.skipped, report.failed));
  for (const auto& note : report.notes) lines.push_back(note);
  for (const auto& p : report.skipped_rows) lines.push_back(p.where + ": " + p.message);
  for (const auto& p : report.problems) lines.push_back(p.where + ": " + p.message);
  return lines;
}

}  // namespace omzien::initiatives
