// The contact's profile (staff): link an existing one, set one up that nobody runs yet (it is
// claimed through the personal link in an invitation), or undo the link.
#include <fmt/core.h>

#include <ctime>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_form.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/taxonomy.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_page.h"
#include "features/outreach/handlers.h"
#include "features/outreach/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

int this_year(const App& app) {
  std::time_t now = static_cast<std::time_t>(app.clock.now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

std::variant<ContactState, http::Response> staff_contact(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return contact_for(app, request);
}

// The set-up form again, with what was typed and a message by each field.
http::Response render_setup_errors(App& app, const http::Request& request, const ContactState& state,
                                   const initiatives::InitiativeForm& form) {
  auto terms = app.db->read([](db::Connection& c) { return initiatives::list_terms(c, initiatives::Taxonomy::Themes); });
  View themes = View::list();
  for (const auto& term : terms) {
    if (term.retired) continue;
    bool on = std::find(form.themes.begin(), form.themes.end(), term.id) != form.themes.end();
    themes.push(View().set("id", term.id).set("label", term.label).set("checked", on));
  }
  View extra;
  extra.set("themes", themes).set("sentence", form.sentence).set("setup_name", form.name);
  View setup_errors;
  for (const auto& [field, message] : form.errors) setup_errors.set(field, message);
  extra.set("setup_errors", setup_errors).set("has_setup_errors", true);
  return render_contact_page(app, request, state, std::move(extra), 422);
}

Result<void> record(App& app, const http::Request& request, db::Connection& c, std::string subject, std::string action,
                    std::string detail) {
  return audit::record(c, request_entry(app, request, std::move(action), std::move(subject), std::move(detail)));
}

}  // namespace

http::Response link_profile(App& app, const http::Request& request) {
  auto found = staff_contact(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  std::int64_t initiative_id = 0;
  try {
    initiative_id = std::stoll(request.form.get("initiative"));
  } catch (...) {
    return web::error_page(app, request, 400);
  }
  auto done = app.db->write<std::string>([&](db::Connection& c) -> Result<std::string> {
    auto initiative = initiatives::find_initiative(c, initiative_id);
    if (!initiative) return not_found("no such profile");
    if (auto r = set_initiative(c, contact.id, initiative->id, app.clock.now()); !r) return r.error();
    std::string detail = fmt::format(fmt::runtime(texts::kAuditLinked), initiative->name);
    if (auto r = record(app, request, c, contact_subject(contact.id), "contact.link", detail); !r) return r.error();
    return initiative->name;
  });
  if (!done) return web::page_for_error(app, request, done.error());
  app.notify_content_changed({"initiative", initiative_id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(contact.id),
                                  fmt::format(fmt::runtime(texts::kProfileLinked), *done));
}

http::Response set_up_profile(App& app, const http::Request& request) {
  auto found = staff_contact(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const ContactState& state = std::get<ContactState>(found);
  const Contact& contact = state.contact();
  initiatives::InitiativeForm form;
  form.name = trim(request.form.get("name"));
  form.municipality_code = contact.municipality_code;
  form.themes = request.form.all("themes");
  form.sentence = trim(request.form.get("sentence"));
  form.contact_email = contact.email;
  form.email_public = "nee";  // the file's address may be a person's: public once a beheerder says so
  auto [themes, groups] = app.db->read([](db::Connection& c) {
    return std::pair(initiatives::list_terms(c, initiatives::Taxonomy::Themes),
                     initiatives::list_terms(c, initiatives::Taxonomy::TargetGroups));
  });
  form.validate(themes, groups, this_year(app));
  if (contact.email.empty()) form.errors.erase("contact_email");  // a profile may start without one
  if (contact.municipality_code.empty()) form.errors["municipality_code"] = texts::kSetupNeedsMunicipality;
  if (!form.errors.empty()) return render_setup_errors(app, request, state, form);
  initiatives::Initiative initiative = initiatives::new_imported_profile();
  form.apply_to(initiative);
  initiative.email_public = false;
  auto created = app.db->write<initiatives::Initiative>([&](db::Connection& c) -> Result<initiatives::Initiative> {
    auto saved = initiatives::insert_initiative(c, initiative, app.clock.now());
    if (!saved) return saved;
    if (auto r = set_initiative(c, contact.id, saved->id, app.clock.now()); !r) return r.error();
    std::string subject = "initiative:" + std::to_string(saved->id);
    if (auto r = record(app, request, c, subject, "initiative.create", texts::kAuditProfileSetUp); !r) return r.error();
    std::string detail = fmt::format(fmt::runtime(texts::kAuditLinked), saved->name);
    if (auto r = record(app, request, c, contact_subject(contact.id), "contact.link", detail); !r) return r.error();
    return saved;
  });
  if (!created && created.error().kind == ErrorKind::Conflict) {
    form.errors["name"] = texts::kProfileNameTaken;
    return render_setup_errors(app, request, state, form);
  }
  if (!created) return web::page_for_error(app, request, created.error());
  app.notify_content_changed({"initiative", created->id, ContentChange::Action::Saved});
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(contact.id),
                                  fmt::format(fmt::runtime(texts::kProfileSetUp), created->name));
}

http::Response unlink_profile(App& app, const http::Request& request) {
  auto found = staff_contact(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = set_initiative(c, contact.id, std::nullopt, app.clock.now()); !r) return r;
    return record(app, request, c, contact_subject(contact.id), "contact.unlink", texts::kAuditUnlinked);
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(contact.id), texts::kProfileUnlinked);
}

}  // namespace omzien::outreach
