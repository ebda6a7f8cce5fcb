// Staff's page of synonyms (/beheer/synoniemen): the groups built into the program, read-only, and
// the staff's own groups to add, change or remove. Every change is in the audit log and counts for
// the next search at once.
#include <fmt/format.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/log.h"
#include "core/templates.h"
#include "features/search/handlers.h"
#include "features/search/staff_synonyms.h"
#include "features/search/synonym_store.h"
#include "features/search/texts.h"
#include "search/index.h"
#include "search/synonyms.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::search_pages {
namespace {

constexpr std::string_view kPath = "/beheer/synoniemen";

std::optional<std::int64_t> group_id(const http::Request& request) {
  auto it = request.route.find("id");
  if (it == request.route.end() || it->second.empty() || it->second.size() > 15) return std::nullopt;
  std::int64_t value = 0;
  for (char c : it->second) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value > 0 ? std::optional(value) : std::nullopt;
}

std::string group_path(std::int64_t id) { return std::string(kPath) + "/" + std::to_string(id); }

const search::Analyzer* analyzer_of(const App& app) {
  return app.search_index ? &app.search_index->analyzer() : nullptr;
}

View builtin_view() {
  View list = View::list();
  auto rules = search::parse_synonyms(search::builtin_synonyms());
  if (!rules) return list;  // the built-in list is checked by its unit test
  for (const auto& rule : *rules)
    list.push(View().set("words", joined(rule.from)).set("also_finds", joined(rule.to)).set("one_way", !rule.to.empty()));
  return list;
}

// The form's values and errors, with its fields rendered once for both pages that show them.
View form_view(const SynonymForm& form) {
  View view = form.to_view();
  web::add_form_errors(view, form.errors);
  view.set("fields_html", render_template("search/synonym_fields", view));
  return view;
}

http::Response render_list(App& app, const http::Request& request, const SynonymForm& form, int status) {
  View own = View::list();
  auto groups = app.db->read([](db::Connection& c) { return list_synonym_groups(c); });
  for (const auto& group : groups)
    own.push(View().set("words", joined(group.words)).set("also_finds", joined(group.also_finds))
                 .set("one_way", !group.also_finds.empty()).set("url", group_path(group.id))
                 .set("changed", format_dutch_datetime(group.changed_at)));
  View builtin = builtin_view();
  View view = form_view(form);
  view.set("own", own).set("has_own", !groups.empty()).set("own_count", static_cast<int>(groups.size()));
  view.set("builtin", builtin).set("action", std::string(kPath));
  return web::render_page(app, request, "search/synonyms", std::move(view), {.title = texts::kSynonymsTitle, .status = status});
}

http::Response render_edit(App& app, const http::Request& request, std::int64_t id, const SynonymForm& form, int status) {
  View view = form_view(form);
  view.set("action", group_path(id)).set("remove_action", group_path(id) + "/verwijderen");
  return web::render_page(app, request, "search/synonym_form", std::move(view), {.title = texts::kSynonymEditTitle, .status = status});
}

audit::Entry entry(const App& app, const http::Request& request, std::int64_t id, std::string_view action,
                   const char* detail, const SynonymGroup& group) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::string(action),
          .subject = "synonyms:" + std::to_string(id),
          .detail = fmt::format(fmt::runtime(detail), rule_text(group))};
}

// After a saved change: the index takes the groups as they are now; says so, or that it failed.
http::Response applied(App& app, const char* message) {
  if (auto done = apply_staff_synonyms(app); !done) {
    log_warning("search: staff synonyms not applied: {}", done.error().detail);
    return web::redirect_with_flash(app, std::string(kPath), texts::kSynonymNotApplied, "error");
  }
  return web::redirect_with_flash(app, std::string(kPath), message);
}

}  // namespace

http::Response show_synonyms(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return render_list(app, request, SynonymForm{}, 200);
}

http::Response add_synonym_group(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  SynonymForm form = SynonymForm::from_request(request);
  if (!form.validate(analyzer_of(app))) return render_list(app, request, form, 422);
  auto saved = app.db->write<SynonymGroup>([&](db::Connection& c) -> Result<SynonymGroup> {
    auto group = insert_synonym_group(c, form.to_group(0, app.clock.now()));
    if (!group) return group.error();
    if (auto r = audit::record(c, entry(app, request, group->id, "search.synonyms_add", texts::kAuditSynonymAdded, *group)); !r)
      return r.error();
    return group;
  });
  if (!saved) return web::page_for_error(app, request, saved.error());
  return applied(app, texts::kSynonymAdded);
}

http::Response show_synonym_group(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = group_id(request);
  auto group = id ? app.db->read([&](db::Connection& c) { return find_synonym_group(c, *id); }) : std::nullopt;
  if (!group) return web::error_page(app, request, 404);
  return render_edit(app, request, group->id, SynonymForm::from_group(*group), 200);
}

http::Response change_synonym_group(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = group_id(request);
  if (!id) return web::error_page(app, request, 404);
  SynonymForm form = SynonymForm::from_request(request);
  if (!form.validate(analyzer_of(app))) return render_edit(app, request, *id, form, 422);
  SynonymGroup group = form.to_group(*id, app.clock.now());
  auto saved = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = update_synonym_group(c, group); !r) return r;
    return audit::record(c, entry(app, request, *id, "search.synonyms_change", texts::kAuditSynonymChanged, group));
  });
  if (!saved) return web::page_for_error(app, request, saved.error());
  return applied(app, texts::kSynonymChanged);
}

http::Response remove_synonym_group(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto id = group_id(request);
  if (!id) return web::error_page(app, request, 404);
  auto removed = app.db->write_void([&](db::Connection& c) -> Result<void> {
    auto group = find_synonym_group(c, *id);
    if (!group) return Error{ErrorKind::NotFound, "synonym group not found"};
    if (auto r = delete_synonym_group(c, *id); !r) return r;
    return audit::record(c, entry(app, request, *id, "search.synonyms_remove", texts::kAuditSynonymRemoved, *group));
  });
  if (!removed) return web::page_for_error(app, request, removed.error());
  return applied(app, texts::kSynonymRemoved);
}

}  // namespace omzien::search_pages
