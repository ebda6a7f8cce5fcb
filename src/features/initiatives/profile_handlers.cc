#include <fmt/core.h>

#include <ctime>

#include "app/app.h"
#include "audit/audit.h"
#include "core/qr.h"
#include "core/text.h"
#include "features/initiatives/completeness.h"
#include "features/initiatives/handlers.h"
#include "features/initiatives/initiative_form.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/permissions.h"
#include "features/initiatives/photo.h"
#include "features/initiatives/photo_handlers.h"
#include "features/initiatives/profile_handlers.h"
#include "features/initiatives/profile_view.h"
#include "features/initiatives/share.h"
#include "features/initiatives/texts.h"
#include "features/map/location.h"
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

// What the form shows about the photo: the saved one, one that came with an earlier try of this
// form (kept in a hidden field, so it need not be picked again), and whether "remove" was ticked.
void add_photo_fields(View& view, const Initiative* existing, const PhotoChoice& photo) {
  bool saved = existing && !existing->photo.empty();
  view.set("has_saved_photo", saved);
  if (saved) view.set("saved_photo_url", photo_path(existing->photo, PhotoSize::Small));
  bool pending = photo.kind == PhotoChoice::Kind::Replace;
  view.set("has_pending_photo", pending);
  if (pending) view.set("pending_photo", photo.base).set("pending_photo_url", photo_path(photo.base, PhotoSize::Small));
  view.set("remove_photo", photo.kind == PhotoChoice::Kind::Remove);
  view.set("max_photo_bytes", static_cast<std::int64_t>(kMaxPhotoBytes));
}

http::Response render_form(App& app, const http::Request& request, const InitiativeForm& form, const Terms& terms,
                           const Initiative* existing, int status, const PhotoChoice& photo = {}) {
  View view = form.to_view(terms.themes, terms.groups);
  web::add_form_errors(view, form.errors);
  add_photo_fields(view, existing, photo);
  view.set("editing", existing != nullptr);
  view.set("action", existing ? "/initiatieven/" + existing->slug + "/bewerken" : std::string("/initiatieven"));
  if (existing) view.set("slug", existing->slug).set("initiative_name", existing->name);
  map::add_location_fields(app, view, request, existing);  // the small map with the pin
  return web::render_page(app, request, "initiatives/form", std::move(view),
                          {.title = existing ? "Profiel bewerken" : "Zet je initiatief erop",
                           .status = status,
                           .scripts = map::location_scripts(),
                           .styles = map::location_styles()});
}

// Validates the fields and adds the photo's problem, if any, next to the photo field.
bool check_form(App& app, InitiativeForm& form, const Terms& terms, const PhotoChoice& photo) {
  bool valid = form.validate(terms.themes, terms.groups, this_year(app));
  if (!photo.error.empty()) {
    form.errors["photo"] = photo.error;
    valid = false;
  }
  return valid;
}

void apply_photo(Initiative& initiative, const PhotoChoice& photo) {
  if (photo.kind == PhotoChoice::Kind::Replace) initiative.photo = photo.base;
  if (photo.kind == PhotoChoice::Kind::Remove) initiative.photo.clear();
}

std::optional<Initiative> find_by_route(App& app, const http::Request& request) {
  auto it = request.route.find("slug");
  if (it == request.route.end()) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_initiative_by_slug(c, it->second); });
}

// A profile whose name changed keeps its old links working (also to its printable version).
http::Response redirect_renamed_or_404(App& app, const http::Request& request, std::string_view suffix) {
  auto renamed = app.db->read([&](db::Connection& c) { return find_renamed_slug(c, request.route.at("slug")); });
  if (renamed) return http::Response::redirect("/initiatieven/" + *renamed + std::string(suffix), 301);
  return web::error_page(app, request, 404);
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

Result<Initiative> save_new(App& app, const http::Request& request, const Initiative& initiative) {
  return app.db->write<Initiative>([&](db::Connection& c) -> Result<Initiative> {
    auto saved = insert_initiative(c, initiative, app.clock.now());
    if (!saved) return saved;
    if (auto r = add_manager(c, saved->id, request.viewer.account_id, app.clock.now()); !r) return r.error();
    if (auto r = audit::record(c, change_entry(app, request, "initiative.create", *saved, "Profiel aangemaakt")); !r)
      return r.error();
    return saved;
  });
}

Result<Initiative> save_changes(App& app, const http::Request& request, const Initiative& changed) {
  return app.db->write<Initiative>([&](db::Connection& c) -> Result<Initiative> {
    auto done = update_initiative(c, changed, app.clock.now());
    if (!done) return done;
    if (auto r = audit::record(c, change_entry(app, request, "initiative.update", *done, "Profiel gewijzigd")); !r)
      return r.error();
    return done;
  });
}

// The profile page's data: public fields, share links, and for its beheerders (and staff) the
// way to edit and what is still missing.
View profile_page_view(App& app, const Initiative& initiative, bool manager) {
  Terms terms = load_terms(app);
  View view = public_profile_view(app, initiative, terms.themes, terms.groups);
  view.set("can_manage", manager);
  std::string path = "/initiatieven/" + initiative.slug;
  add_share_links(view, share_links(app.url(path), initiative.name, initiative.sentence));
  if (manager) view.set("completeness", completeness_view(assess_completeness(initiative), path + "/bewerken"));
  return view;
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
  PhotoChoice photo = receive_photo(app, request);
  if (!check_form(app, form, terms, photo)) return render_form(app, request, form, terms, nullptr, 422, photo);
  Initiative initiative;
  form.apply_to(initiative);
  apply_photo(initiative, photo);
  // The spot: the pin from the form's map, else looked up (PDOK, else the gazetteer); never blocks saving.
  std::string spot_notice = map::locate_profile(app, request.form, nullptr, initiative);
  auto created = save_new(app, request, initiative);
  if (!created && created.error().kind == ErrorKind::Conflict) {
    form.errors["name"] = texts::kNameTaken;
    return render_form(app, request, form, terms, nullptr, 409, photo);
  }
  if (!created) return web::page_for_error(app, request, created.error());
  app.notify_content_changed({"initiative", created->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/initiatieven/" + created->slug, map::with_notice(texts::kCreated, spot_notice));
}

http::Response show_profile(App& app, const http::Request& request) {
  auto initiative = find_by_route(app, request);
  if (!initiative) return redirect_renamed_or_404(app, request, "");
  bool manager = can_manage(app, request.viewer, initiative->id);
  if (initiative->status == Status::Hidden && !manager) return web::error_page(app, request, 404);
  return web::render_page(app, request, "initiatives/profile", profile_page_view(app, *initiative, manager),
                          {.title = initiative->name,
                           .caching = manager ? http::PageCaching::No : http::PageCaching::PublicPage,
                           .head = render_profile_head(app, *initiative)});
}

http::Response show_print(App& app, const http::Request& request) {
  auto initiative = find_by_route(app, request);
  if (!initiative) return redirect_renamed_or_404(app, request, "/afdrukken");
  bool manager = can_manage(app, request.viewer, initiative->id);
  if (initiative->status == Status::Hidden && !manager) return web::error_page(app, request, 404);
  Terms terms = load_terms(app);
  View view = public_profile_view(app, *initiative, terms.themes, terms.groups);
  std::string url = app.url("/initiatieven/" + initiative->slug);
  // qr_svg draws the SVG from the URL itself and escapes its label; no user HTML goes in.
  view.set("qr_svg", qr_svg(url, fmt::format(fmt::runtime(texts::kQrLabel), initiative->name)));
  view.set("absolute_url", url);
  return web::render_page(app, request, "initiatives/print", std::move(view),
                          {.title = fmt::format(fmt::runtime(texts::kPrintTitle), initiative->name),
                           .caching = manager ? http::PageCaching::No : http::PageCaching::PublicPage,
                           .styles = {"css/initiative-print.css"}});
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
  PhotoChoice photo = receive_photo(app, request);
  if (!check_form(app, form, terms, photo)) return render_form(app, request, form, terms, &*initiative, 422, photo);
  Initiative changed = *initiative;
  form.apply_to(changed);
  apply_photo(changed, photo);
  std::string spot_notice = map::locate_profile(app, request.form, &*initiative, changed);
  auto saved = save_changes(app, request, changed);
  if (!saved && saved.error().kind == ErrorKind::Conflict) {
    form.errors["name"] = texts::kNameTaken;
    return render_form(app, request, form, terms, &*initiative, 409, photo);
  }
  if (!saved) return web::page_for_error(app, request, saved.error());
  if (initiative->photo != saved->photo) forget_photo_if_unused(app, initiative->photo);
  app.notify_content_changed({"initiative", saved->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/initiatieven/" + saved->slug, map::with_notice(texts::kSaved, spot_notice));
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
