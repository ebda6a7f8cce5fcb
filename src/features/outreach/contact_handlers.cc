// One contact: its page, the form to add or change it, the answer, the LinkingPin, deleting.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/staff_store.h"
#include "features/initiatives/taxonomy.h"
#include "features/outreach/call_list.h"
#include "features/outreach/campaign_store.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_page.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/handlers.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/permissions.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

ContactInput input_of(const http::Request& request) {
  const auto& f = request.form;
  return {f.get("initiative_name"), f.get("person_name"), f.get("email"), f.get("phone"), f.get("municipality"),
          f.get("notes")};
}

http::Response render_form(App& app, const http::Request& request, const ContactInput& input,
                           const std::map<std::string, std::string>& errors, std::optional<std::int64_t> id, int status) {
  View view;
  view.set("initiative_name", input.initiative_name).set("person_name", input.person_name).set("email", input.email);
  view.set("phone", input.phone).set("notes", input.notes);
  std::string code = municipality_code_of(input.municipality).value_or("");
  view.set("municipality_options", municipality_options(code, texts::kNoMunicipality));
  view.set("editing", id.has_value());
  view.set("action", id ? "/beheer/adresbestand/" + std::to_string(*id) + "/bewerken" : std::string("/beheer/adresbestand/nieuw"));
  if (id) view.set("id", *id);
  web::add_form_errors(view, errors);
  return web::render_page(app, request, "outreach/contact_form", std::move(view),
                          {.title = id ? texts::kEditContactTitle : texts::kNewContactTitle, .status = status});
}

// Profiles staff could link the contact to: a search by name, or else the same name in the same municipality.
View profile_choices(App& app, const http::Request& request, const Contact& contact) {
  std::string q = trim(request.query.get("profiel"));
  return app.db->read([&](db::Connection& c) {
    View list = View::list();
    if (!q.empty()) {
      auto found = initiatives::find_staff_list(c, {.name_contains = q, .per_page = 20});
      for (const auto& e : found.entries)
        list.push(View().set("id", e.id).set("name", e.name).set("slug", e.slug).set("place", municipality_name(e.municipality_code)));
    } else if (!contact.initiative_name.empty()) {
      if (auto same = initiatives::find_initiative_by_name(c, contact.initiative_name, contact.municipality_code))
        list.push(View().set("id", same->id).set("name", same->name).set("slug", same->slug)
                        .set("place", municipality_name(same->municipality_code)));
    }
    return list;
  });
}

View theme_choices(App& app, const std::vector<std::string>& chosen) {
  auto terms = app.db->read([](db::Connection& c) { return initiatives::list_terms(c, initiatives::Taxonomy::Themes); });
  View list = View::list();
  for (const auto& term : terms) {
    if (term.retired) continue;
    bool on = std::find(chosen.begin(), chosen.end(), term.id) != chosen.end();
    list.push(View().set("id", term.id).set("label", term.label).set("checked", on));
  }
  return list;
}

View text_choices(App& app) {
  auto campaigns = app.db->read([](db::Connection& c) { return list_campaigns(c); });
  View list = View::list();
  list.push(View().set("value", "").set("label", texts::kStandardText));
  for (const auto& campaign : campaigns) list.push(View().set("value", std::to_string(campaign.id)).set("label", campaign.name));
  return list;
}

View history_view(App& app, std::int64_t contact_id) {
  View list = View::list();
  for (const auto& entry : audit::list_entries(*app.db, contact_subject(contact_id), 100))
    list.push(View().set("at", format_dutch_datetime(entry.at)).set("who", entry.actor_label).set("what", entry.detail));
  return list;
}

Result<void> record_change(App& app, const http::Request& request, db::Connection& c, std::int64_t id,
                           std::string action, std::string detail) {
  return audit::record(c, request_entry(app, request, std::move(action), contact_subject(id), std::move(detail)));
}

}  // namespace

// The contact's page; also shown again with a problem in the set-up-profile form.
http::Response render_contact_page(App& app, const http::Request& request, const ContactState& state, View extra,
                                   int status) {
  const Contact& contact = state.contact();
  auto pins = app.db->read([](db::Connection& c) { return list_linking_pins(c); });
  bool has_account = !contact.email.empty() &&
                     app.db->read([&](db::Connection& c) { return accounts::find_account_by_email(c, contact.email).has_value(); });
  auto calls = app.db->read([&](db::Connection& c) { return list_calls(c, contact.id); });
  View view = std::move(extra);
  view.set("contact", contact_view(state, pin_names(pins))).set("steps", pipeline_view(state.pipeline));
  View call_list = View::list();
  for (const auto& call : calls) call_list.push(call_view(call));
  view.set("calls", call_list).set("history", history_view(app, contact.id));
  view.set("staff", can_manage_address_file(request.viewer));
  view.set("can_invite", !contact.email.empty() && !state.opted_out && !state.pipeline.reached(Stage::ProfileCreated));
  view.set("has_account", has_account);
  view.set("pin_options", linking_pin_options(pins, contact.linking_pin_id ? std::to_string(*contact.linking_pin_id) : "geen",
                                              texts::kChooseLinkingPin, true));
  view.set("text_choices", text_choices(app));
  view.set("profile_query", request.query.get("profiel")).set("profile_choices", profile_choices(app, request, contact));
  if (!view.find("themes")) view.set("themes", theme_choices(app, {}));
  if (!view.find("sentence")) view.set("sentence", "");
  view.set("answer_options", View::list()
                                 .push(View().set("value", "").set("label", texts::kNoAnswerYet).set("selected", contact.answer == Answer::None))
                                 .push(View().set("value", "wil-meedoen").set("label", answer_label(Answer::WantsToJoin))
                                           .set("selected", contact.answer == Answer::WantsToJoin))
                                 .push(View().set("value", "twijfelt").set("label", answer_label(Answer::Doubts))
                                           .set("selected", contact.answer == Answer::Doubts))
                                 .push(View().set("value", "wil-niet").set("label", answer_label(Answer::Declines))
                                           .set("selected", contact.answer == Answer::Declines)));
  return web::render_page(app, request, "outreach/contact", std::move(view), {.title = display_name(contact), .status = status});
}

http::Response show_contact(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  return render_contact_page(app, request, std::get<ContactState>(found), View(), 200);
}

http::Response show_new_contact_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return render_form(app, request, {}, {}, std::nullopt, 200);
}

http::Response create_contact(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  ContactInput input = input_of(request);
  CheckedContact checked = check_contact(input);
  if (!checked.ok()) return render_form(app, request, input, checked.errors, std::nullopt, 422);
  checked.contact.source = "hand";
  auto id = app.db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
    auto saved = insert_contact(c, checked.contact, app.clock.now());
    if (!saved) return saved;
    if (auto r = record_change(app, request, c, *saved, "contact.create", texts::kAuditCreated); !r) return r.error();
    return saved;
  });
  if (!id && id.error().kind == ErrorKind::Conflict)
    return render_form(app, request, input, {{"email", texts::kEmailTaken}}, std::nullopt, 409);
  if (!id) return web::page_for_error(app, request, id.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(*id), texts::kContactCreated);
}

http::Response show_edit_contact_form(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& c = std::get<ContactState>(found).contact();
  ContactInput input{c.initiative_name, c.person_name, c.email, c.phone, c.municipality_code, c.notes};
  return render_form(app, request, input, {}, c.id, 200);
}

http::Response update_contact(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const ContactState& state = std::get<ContactState>(found);
  ContactInput input = input_of(request);
  CheckedContact checked = check_contact(input);
  if (!checked.ok()) return render_form(app, request, input, checked.errors, state.contact().id, 422);
  Contact changed = state.contact();
  Contact& typed = checked.contact;
  bool new_phone = typed.phone != changed.phone;
  changed.initiative_name = typed.initiative_name;
  changed.person_name = typed.person_name;
  changed.email = typed.email;
  changed.phone = typed.phone;
  changed.municipality_code = typed.municipality_code;
  changed.notes = typed.notes;
  // A new number for a "verkeerd nummer" puts the contact back on today's call list.
  if (new_phone && state.row.last_outcome == CallOutcome::WrongNumber && changed.call_back_on.empty())
    changed.call_back_on = amsterdam_date(app.clock.now());
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = update_contact_fields(c, changed, app.clock.now()); !r) return r;
    return record_change(app, request, c, changed.id, "contact.update", texts::kAuditUpdated);
  });
  if (!done && done.error().kind == ErrorKind::Conflict)
    return render_form(app, request, input, {{"email", texts::kEmailTaken}}, changed.id, 409);
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(changed.id), texts::kContactSaved);
}

http::Response save_answer(App& app, const http::Request& request) {
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  auto answer = parse_answer(request.form.get("answer"));
  if (!answer) return web::error_page(app, request, 400);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = set_answer(c, contact.id, *answer, app.clock.now()); !r) return r;
    std::string detail = fmt::format(fmt::runtime(texts::kAuditAnswer), answer_label(*answer));
    return record_change(app, request, c, contact.id, "contact.answer", detail);
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, next_path(request, "/beheer/adresbestand/" + std::to_string(contact.id)),
                                  texts::kAnswerSaved);
}

http::Response assign_linking_pin(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const Contact& contact = std::get<ContactState>(found).contact();
  const std::string& choice = request.form.get("linking_pin");
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    std::optional<std::int64_t> pin;
    std::string label = texts::kNoLinkingPin;
    if (!choice.empty() && choice != "geen") {
      std::optional<accounts::Account> account;
      try {
        account = find_linking_pin(c, std::stoll(choice));
      } catch (...) {
      }
      if (!account) return Error{ErrorKind::Invalid, "not a LinkingPin"};
      pin = account->id;
      label = person_label(*account);
    }
    if (auto r = set_linking_pin(c, contact.id, pin, app.clock.now()); !r) return r;
    return record_change(app, request, c, contact.id, "contact.assign", fmt::format(fmt::runtime(texts::kAuditAssigned), label));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand/" + std::to_string(contact.id), texts::kLinkingPinSaved);
}

http::Response delete_contact_for_good(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto found = contact_for(app, request);
  if (auto* response = std::get_if<http::Response>(&found)) return std::move(*response);
  const ContactState& state = std::get<ContactState>(found);
  if (request.form.get("confirm") != "ja") {
    View extra;
    extra.set("delete_error", texts::kDeleteConfirmRequired);
    return render_contact_page(app, request, state, std::move(extra), 422);
  }
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    auto deleted = delete_contact(c, state.contact().id);
    if (!deleted) return deleted.error();
    // The line keeps no name or address: only that contact <id> is gone, and who did it.
    return record_change(app, request, c, state.contact().id, "contact.delete", texts::kAuditDeleted);
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/adresbestand", texts::kContactDeleted);
}

}  // namespace omzien::outreach
