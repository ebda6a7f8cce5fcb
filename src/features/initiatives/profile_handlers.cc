#include <ctime>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/initiatives/handlers.h"
#include "features/initiatives/initiative_form.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/permissions.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::initiatives {
namespace {

int this_year(const App& app) {
  std::time_t now = static_cast<std::time_t>(app.clock.now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

struct Terms {
  std::vector<Term> themes;
  std::vector<Term> groups;
};

Terms load_terms(App& app) {
  return app.db->read([](db::Connection& c) {
    return Terms{list_terms(c, Taxonomy::Themes), list_terms(c, Taxonomy::TargetGroups)};
  });
}

http::Response render_form(App& app, const http::Request& request, const InitiativeForm& form, const Terms& terms,
                           const Initiative* existing, int status) {
  View view = form.to_view(terms.themes, terms.groups);
  web::add_form_errors(view, form.errors);
  view.set("editing", existing != nullptr);
  view.set("action", existing ? "/initiatieven/" + existing->slug + "/bewerken" : std::string("/initiatieven"));
  if (existing) view.set("slug", existing->slug).set("initiative_name", existing->name);
  return web::render_page(app, request, "initiatives/form", std::move(view),
                          {.title = existing ? "Profiel bewerken" : "Zet je initiatief erop", .status = status});
}

std::optional<Initiative> find_by_route(App& app, const http::Request& request) {
  auto it = request.route.find("slug");
  if (it == request.route.end()) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_initiative_by_slug(c, it->second); });
}

audit::Entry change_entry(const App& app, const http::Request& request, std::string action, const Initiative& i,
                          std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = "initiative:" + std::to_string(i.id),
          .detail = std::move(detail)};
}

}  // namespace

http::Response show_new_form(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  InitiativeForm form;
  form.contact_email = request.viewer.email;
  return render_form(app, request, form, load_terms(app), nullptr, 200);
}

http::Response create(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  Terms terms = load_terms(app);
  InitiativeForm form = InitiativeForm::from_request(request);
  if (!form.validate(terms.themes, terms.groups, this_year(app))) return render_form(app, request, form, terms, nullptr, 422);
  Initiative initiative;
  form.apply_to(initiative);
  auto created = app.db->write<Initiative>([&](db::Connection& c) -> Result<Initiative> {
    auto saved = insert_initiative(c, initiative, app.clock.now());
    if (!saved) return saved;
    if (auto r = add_manager(c, saved->id, request.viewer.account_id, app.clock.now()); !r) return r.error();
    if (auto r = audit::record(c, change_entry(app, request, "initiative.create", *saved, "Profiel aangemaakt")); !r)
      return r.error();
    return saved;
  });
  if (!created && created.error().kind == ErrorKind::Conflict) {
    form.errors["name"] = texts::kNameTaken;
    return render_form(app, request, form, terms, nullptr, 409);
  }
  if (!created) return web::page_for_error(app, request, created.error());
  app.notify_content_changed({"initiative", created->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/initiatieven/" + created->slug, texts::kCreated);
}

http::Response show_profile(App& app, const http::Request& request) {
  auto initiative = find_by_route(app, request);
  if (!initiative) {
    // A profile whose name changed keeps its old links working.
    auto renamed = app.db->read([&](db::Connection& c) { return find_renamed_slug(c, request.route.at("slug")); });
    if (renamed) return http::Response::redirect("/initiatieven/" + *renamed, 301);
    return web::error_page(app, request, 404);
  }
  bool manager = can_manage(app, request.viewer, initiative->id);
  if (initiative->status == Status::Hidden && !manager) return web::error_page(app, request, 404);
  Terms terms = load_terms(app);
  View view = public_profile_view(app, *initiative, terms.themes, terms.groups);
  view.set("can_manage", manager);
  return web::render_page(app, request, "initiatives/profile", std::move(view),
                          {.title = initiative->name,
                           .caching = manager ? http::PageCaching::No : http::PageCaching::PublicPage});
}

http::Response show_edit_form(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto initiative = find_by_route(app, request);
  if (!initiative) return web::error_page(app, request, 404);
  if (!can_manage(app, request.viewer, initiative->id)) return web::error_page(app, request, 403);
  return render_form(app, request, InitiativeForm::from_initiative(*initiative), load_terms(app), &*initiative, 200);
}

http::Response update(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto initiative = find_by_route(app, request);
  if (!initiative) return web::error_page(app, request, 404);
  if (!can_manage(app, request.viewer, initiative->id)) return web::error_page(app, request, 403);
  Terms terms = load_terms(app);
  InitiativeForm form = InitiativeForm::from_request(request);
  if (!form.validate(terms.themes, terms.groups, this_year(app))) return render_form(app, request, form, terms, &*initiative, 422);
  Initiative changed = *initiative;
  form.apply_to(changed);
  auto saved = app.db->write<Initiative>([&](db::Connection& c) -> Result<Initiative> {
    auto done = update_initiative(c, changed, app.clock.now());
    if (!done) return done;
    if (auto r = audit::record(c, change_entry(app, request, "initiative.update", *done, "Profiel gewijzigd")); !r)
      return r.error();
    return done;
  });
  if (!saved && saved.error().kind == ErrorKind::Conflict) {
    form.errors["name"] = texts::kNameTaken;
    return render_form(app, request, form, terms, &*initiative, 409);
  }
  if (!saved) return web::page_for_error(app, request, saved.error());
  app.notify_content_changed({"initiative", saved->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/initiatieven/" + saved->slug, texts::kSaved);
}

http::Response show_my_initiatives(App& app, const http::Request& request) {
  if (auto denied = web::require_login(app, request)) return *denied;
  auto mine = app.db->read([&](db::Connection& c) { return initiatives_managed_by(c, request.viewer.account_id); });
  View list = View::list();
  for (const auto& i : mine)
    list.push(View().set("slug", i.slug).set("name", i.name).set("place_label", place_label(i.place, i.municipality_code))
                  .set("hidden", i.status == Status::Hidden));
  View view;
  view.set("initiatives", list).set("none", list.empty_list());
  return web::render_page(app, request, "initiatives/mine", std::move(view), {.title = "Mijn initiatieven"});
}

}  // namespace omzien::initiatives
