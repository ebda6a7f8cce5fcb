#include "features/outreach/outreach.h"

#include "app/app.h"
#include "features/outreach/campaign.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/handlers.h"
#include "features/outreach/migrations.h"
#include "features/outreach/profile_listener.h"
#include "features/outreach/retention.h"
#include "http/router.h"

namespace omzien::outreach {
namespace {

// Lists waiting between preview and import hold personal data: gone after an hour at most.
constexpr Seconds kImportDraftLifetime = 3600;

void delete_old_import_drafts(App& app) {
  Seconds before = app.clock.now() - kImportDraftLifetime;
  (void)app.db->write_void([&](db::Connection& c) { return delete_import_drafts_before(c, before); });
}

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  // The address file: staff, and LinkingPins for their own contacts.
  r.get("/beheer/adresbestand", [&app](R& q) { return show_contacts(app, q); });
  r.post("/beheer/adresbestand/toewijzen", [&app](R& q) { return assign_contacts(app, q); });
  r.get("/beheer/adresbestand/nieuw", [&app](R& q) { return show_new_contact_form(app, q); });
  r.post("/beheer/adresbestand/nieuw", [&app](R& q) { return create_contact(app, q); });
  r.get("/beheer/adresbestand/inlezen", [&app](R& q) { return show_import_form(app, q); });
  r.post("/beheer/adresbestand/inlezen", [&app](R& q) { return preview_import(app, q); });
  r.post("/beheer/adresbestand/inlezen/bevestigen", [&app](R& q) { return confirm_import(app, q); });
  r.post("/beheer/adresbestand/inlezen/annuleren", [&app](R& q) { return cancel_import(app, q); });
  r.get("/beheer/adresbestand/{id}", [&app](R& q) { return show_contact(app, q); });
  r.get("/beheer/adresbestand/{id}/bewerken", [&app](R& q) { return show_edit_contact_form(app, q); });
  r.post("/beheer/adresbestand/{id}/bewerken", [&app](R& q) { return update_contact(app, q); });
  r.post("/beheer/adresbestand/{id}/gesprek", [&app](R& q) { return record_call(app, q); });
  r.post("/beheer/adresbestand/{id}/antwoord", [&app](R& q) { return save_answer(app, q); });
  r.post("/beheer/adresbestand/{id}/uitnodiging", [&app](R& q) { return send_invitation(app, q); });
  r.post("/beheer/adresbestand/{id}/inlogmail", [&app](R& q) { return send_login_mail(app, q); });
  r.post("/beheer/adresbestand/{id}/linkingpin", [&app](R& q) { return assign_linking_pin(app, q); });
  r.post("/beheer/adresbestand/{id}/koppelen", [&app](R& q) { return link_profile(app, q); });
  r.post("/beheer/adresbestand/{id}/profiel", [&app](R& q) { return set_up_profile(app, q); });
  r.post("/beheer/adresbestand/{id}/ontkoppelen", [&app](R& q) { return unlink_profile(app, q); });
  r.post("/beheer/adresbestand/{id}/verwijderen", [&app](R& q) { return delete_contact_for_good(app, q); });
  r.get("/beheer/linkingpins", [&app](R& q) { return show_linking_pins(app, q); });
  r.get("/beheer/initiatieven/{slug}/linkingpin", [&app](R& q) { return show_initiative_linking_pin(app, q); });
  r.post("/beheer/initiatieven/{slug}/linkingpin", [&app](R& q) { return assign_initiative_linking_pin(app, q); });

  // The call list, on a phone.
  r.get("/bellen", [&app](R& q) { return show_call_list(app, q); });
  r.get("/bellen/{id}", [&app](R& q) { return show_call_card(app, q); });

  // Invitation campaigns.
  r.get("/beheer/uitnodigingen", [&app](R& q) { return show_campaigns(app, q); });
  r.get("/beheer/uitnodigingen/nieuw", [&app](R& q) { return show_new_campaign_form(app, q); });
  r.post("/beheer/uitnodigingen", [&app](R& q) { return create_campaign(app, q); });
  r.get("/beheer/uitnodigingen/{id}", [&app](R& q) { return show_campaign(app, q); });
  r.get("/beheer/uitnodigingen/{id}/bewerken", [&app](R& q) { return show_edit_campaign_form(app, q); });
  r.post("/beheer/uitnodigingen/{id}/bewerken", [&app](R& q) { return update_campaign_texts(app, q); });
  r.post("/beheer/uitnodigingen/{id}/test", [&app](R& q) { return send_campaign_test(app, q); });
  r.post("/beheer/uitnodigingen/{id}/versturen", [&app](R& q) { return start_sending(app, q); });
  r.post("/beheer/uitnodigingen/{id}/stoppen", [&app](R& q) { return stop_sending(app, q); });
  r.post("/beheer/uitnodigingen/{id}/verwijderen", [&app](R& q) { return delete_campaign(app, q); });

  // For the people we invite, and for members who invite others.
  r.get("/meedoen", [&app](R& q) { return show_personal_link(app, q); });
  r.post("/meedoen", [&app](R& q) { return use_personal_link_button(app, q); });
  r.get("/afmelden", [&app](R& q) { return show_opt_out(app, q); });
  r.post("/afmelden", [&app](R& q) { return opt_out(app, q); });
  r.get("/afmelden/een-klik", [&app](R& q) { return show_opt_out(app, q); });
  r.post_without_csrf("/afmelden/een-klik", [&app](R& q) { return opt_out_one_click(app, q); });
  r.get("/uitnodigen", [&app](R& q) { return show_invite_page(app, q); });
  r.get("/via/{code}", [&app](R& q) { return show_referral(app, q); });
  r.post("/via/{code}", [&app](R& q) { return follow_referral(app, q); });
}

void start(App& app) {
  app.content_listeners.push_back(note_profile_changes);
  app.scheduled_jobs.push_back({"outreach-campaigns", send_campaign_batches});
  app.scheduled_jobs.push_back({"outreach-import-drafts", delete_old_import_drafts});
  app.scheduled_jobs.push_back({"outreach-retention", delete_untouched_contacts});
}

}  // namespace

Feature feature() { return {"outreach", kMigrations, add_routes, nullptr, start}; }

}  // namespace omzien::outreach
