// Staff manage themes and target groups: rename, add, retire and bring back. Ids never change,
// so links (?thema=...), imports and open data keep working.
#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/initiatives/staff_handlers.h"
#include "features/initiatives/staff_store.h"
#include "features/initiatives/taxonomy.h"
#include "features/initiatives/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

constexpr std::size_t kMaxLabel = 60;
constexpr std::size_t kMaxId = 50;

// A form that came back with a problem, shown beside its field with what was typed.
struct TermFailure {
  std::string kind;   // "thema" or "doelgroep"
  std::string id;     // the term's id; empty for the form that adds one
  std::string label;  // as typed
  std::string new_id; // the add form's id, as typed
  std::string field;  // "label" or "id"
  std::string message;
};

std::optional<Taxonomy> taxonomy_of(std::string_view kind) {
  if (kind == "thema") return Taxonomy::Themes;
  if (kind == "doelgroep") return Taxonomy::TargetGroups;
  return std::nullopt;
}

const char* noun(Taxonomy taxonomy) { return taxonomy == Taxonomy::Themes ? texts::kTermTheme : texts::kTermTargetGroup; }

std::string subject(Taxonomy taxonomy, const std::string& id) {
  return (taxonomy == Taxonomy::Themes ? "theme:" : "target_group:") + id;
}

std::string clean_label(std::string_view typed) {
  std::string out;
  for (char c : normalize_nfc(trim(typed))) out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  return out;
}

std::optional<std::string> label_problem(const std::string& label) {
  if (label.empty()) return texts::kTermLabelRequired;
  if (utf8_length(label) > kMaxLabel) return texts::kTermLabelTooLong;
  return std::nullopt;
}

// "taal-integratie": lower-case letters, digits and single hyphens.
bool valid_term_id(const std::string& id) {
  if (id.empty() || id.size() > kMaxId || id.front() == '-' || id.back() == '-' || id.find("--") != std::string::npos)
    return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

View term_rows(const std::vector<Term>& terms, const std::string& kind, const TermFailure* failure) {
  View list = View::list();
  for (const auto& term : terms) {
    bool failed = failure && failure->kind == kind && failure->id == term.id;
    list.push(View().set("kind", kind).set("id", term.id).set("label", failed ? failure->label : term.label)
                  .set("retired", term.retired).set("error", failed ? failure->message : "")
                  .set("field_id", kind + "-" + term.id));
  }
  return list;
}

View add_form(const std::string& kind, const TermFailure* failure) {
  bool failed = failure && failure->kind == kind && failure->id.empty();
  View v;
  v.set("kind", kind).set("label", failed ? failure->label : "").set("id", failed ? failure->new_id : "");
  v.set("label_error", failed && failure->field == "label" ? failure->message : "");
  v.set("id_error", failed && failure->field == "id" ? failure->message : "");
  return v;
}

http::Response render_terms(App& app, const http::Request& request, const TermFailure* failure, int status) {
  auto [themes, groups] = app.db->read([](db::Connection& c) {
    return std::pair{list_terms(c, Taxonomy::Themes), list_terms(c, Taxonomy::TargetGroups)};
  });
  View view;
  view.set("themes", term_rows(themes, "thema", failure)).set("groups", term_rows(groups, "doelgroep", failure));
  view.set("add_theme", add_form("thema", failure)).set("add_group", add_form("doelgroep", failure));
  view.set("has_error", failure != nullptr);
  return web::render_page(app, request, "initiatives/staff_themes", std::move(view),
                          {.title = "Thema's en doelgroepen", .status = status});
}

// Saves `term` with its audit line; every profile that carries it is re-announced, so the search
// index picks up a new label.
http::Response store_term(App& app, const http::Request& request, Taxonomy taxonomy, const Term& term,
                          std::string action, std::string detail) {
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = save_term(c, taxonomy, term); !r) return r;
    return audit::record(c, {.at = app.clock.now(),
                             .actor_account_id = request.viewer.account_id,
                             .actor_label = request.viewer.display_name(),
                             .action = std::move(action),
                             .subject = subject(taxonomy, term.id),
                             .detail = std::move(detail)});
  });
  if (!done) return web::page_for_error(app, request, done.error());
  auto ids = app.db->read([&](db::Connection& c) { return initiatives_with_term(c, taxonomy, term.id); });
  // Every profile with the term, in one announcement (a theme may have thousands).
  std::vector<ContentChange> changes;
  for (auto id : ids) changes.push_back({"initiative", id, ContentChange::Action::Saved});
  app.notify_content_changed(changes);
  return web::redirect_with_flash(app, "/beheer/themas", texts::kTermSaved);
}

std::optional<Term> find_term(App& app, Taxonomy taxonomy, const std::string& id) {
  auto terms = app.db->read([&](db::Connection& c) { return list_terms(c, taxonomy); });
  auto it = std::find_if(terms.begin(), terms.end(), [&](const Term& t) { return t.id == id; });
  if (it == terms.end()) return std::nullopt;
  return *it;
}

}  // namespace

http::Response show_staff_terms(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return render_terms(app, request, nullptr, 200);
}

http::Response save_staff_term(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  const std::string& kind = request.form.get("soort");
  auto taxonomy = taxonomy_of(kind);
  auto term = taxonomy ? find_term(app, *taxonomy, request.form.get("id")) : std::nullopt;
  if (!term) return web::error_page(app, request, 404);
  const std::string& action = request.form.get("actie");
  if (action == "intrekken" || action == "terugzetten") {
    term->retired = action == "intrekken";
    auto text = term->retired ? texts::kAuditTermRetired : texts::kAuditTermRestored;
    return store_term(app, request, *taxonomy, *term, term->retired ? "taxonomy.retire" : "taxonomy.restore",
                      fmt::format(fmt::runtime(text), noun(*taxonomy), term->label));
  }
  std::string label = clean_label(request.form.get("label"));
  if (auto problem = label_problem(label)) {
    TermFailure failure{kind, term->id, label, "", "label", *problem};
    return render_terms(app, request, &failure, 422);
  }
  std::string detail = fmt::format(fmt::runtime(texts::kAuditTermRenamed), noun(*taxonomy), term->label, label);
  term->label = label;
  return store_term(app, request, *taxonomy, *term, "taxonomy.rename", detail);
}

http::Response add_staff_term(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  const std::string& kind = request.form.get("soort");
  auto taxonomy = taxonomy_of(kind);
  if (!taxonomy) return web::error_page(app, request, 404);
  std::string label = clean_label(request.form.get("label"));
  std::string typed_id = to_lower_ascii(trim(request.form.get("id")));
  std::string id = typed_id.empty() ? slugify(label) : typed_id;
  auto terms = app.db->read([&](db::Connection& c) { return list_terms(c, *taxonomy); });
  bool taken = std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.id == id; });
  std::optional<std::string> problem = label_problem(label);
  std::string field = problem ? "label" : "id";
  if (!problem && !valid_term_id(id)) problem = texts::kTermIdInvalid;
  if (!problem && taken) problem = texts::kTermIdTaken;
  if (problem) {
    TermFailure failure{kind, "", label, typed_id, field, *problem};
    return render_terms(app, request, &failure, 422);
  }
  int position = 1;
  for (const auto& t : terms) position = std::max(position, t.position + 1);
  return store_term(app, request, *taxonomy, {id, label, position, false}, "taxonomy.add",
                    fmt::format(fmt::runtime(texts::kAuditTermAdded), noun(*taxonomy), label));
}

}  // namespace omzien::initiatives
