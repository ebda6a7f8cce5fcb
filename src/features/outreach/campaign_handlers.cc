// Invitation campaigns (staff): write or pick a text, see it for one contact and who gets it,
// send a test to yourself, send it at a gentle rate, stop it.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"
#include "features/outreach/campaign.h"
#include "features/outreach/campaign_form.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/handlers.h"
#include "features/outreach/personal_link.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::outreach {
namespace {

std::vector<accounts::Account> linking_pins(App& app) {
  return app.db->read([](db::Connection& c) { return list_linking_pins(c); });
}

std::string campaign_path(std::int64_t id) { return "/beheer/uitnodigingen/" + std::to_string(id); }

std::string_view status_label(CampaignStatus status) { return texts::kCampaignStatusLabels[static_cast<int>(status)]; }

http::Response render_campaign_form(App& app, const http::Request& request, const CampaignForm& form,
                                    std::optional<std::int64_t> id, int status) {
  View view = form.to_view(linking_pins(app));
  web::add_form_errors(view, form.errors);
  view.set("editing", id.has_value());
  view.set("action", id ? campaign_path(*id) + "/bewerken" : std::string("/beheer/uitnodigingen"));
  View sources = View::list();
  for (const auto& source : app.db->read([](db::Connection& c) { return list_campaigns(c); }))
    sources.push(View().set("id", source.id).set("name", source.name));
  view.set("sources", sources).set("has_sources", !sources.empty_list());
  return web::render_page(app, request, "outreach/campaign_form", std::move(view),
                          {.title = id ? texts::kEditCampaignTitle : texts::kNewCampaignTitle, .status = status});
}

std::optional<Campaign> campaign_of(App& app, const http::Request& request) {
  auto id = route_number(request, "id");
  if (!id) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_campaign(c, *id); });
}

std::string_view delivery_label(Delivery d) {
  return d == Delivery::WillReceive ? texts::kDeliveryWill : d == Delivery::OptedOut ? texts::kDeliveryOptedOut : texts::kDeliveryNoEmail;
}

std::string pin_filter_label(const PinNames& names, const std::string& filter) {
  if (filter == "geen") return texts::kNoLinkingPin;
  for (const auto& [id, name] : names)
    if (std::to_string(id) == filter) return name;
  return texts::kFormerLinkingPin;
}

std::string_view send_label(const Send& s) {
  if (s.status == SendStatus::Waiting) return texts::kSendWaiting;
  if (s.status == SendStatus::Skipped) return texts::kSendSkipped;
  return s.kind == SendKind::Reminder ? texts::kSendReminded : texts::kSendSent;
}

// The page: the preview for one contact, who gets it (or got it), and the buttons.
http::Response render_campaign(App& app, const http::Request& request, const Campaign& campaign, View view, int status) {
  auto states = load_contact_states(app, ContactQuery{});
  auto recipients = select_recipients(states, campaign);
  auto sends = app.db->read([&](db::Connection& c) { return sends_of_campaign(c, campaign.id); });
  PinNames names = pin_names(linking_pins(app));
  std::optional<std::int64_t> chosen;
  try {
    if (!request.query.get("voor").empty()) chosen = std::stoll(request.query.get("voor"));
  } catch (...) {
  }
  const ContactState* preview = nullptr;
  for (const auto& s : states)
    if (chosen && s.contact().id == *chosen) preview = &s;
  for (const auto& r : recipients)
    if (!preview && r.delivery == Delivery::WillReceive) preview = r.state;
  View list = View::list();
  int opted_out = 0, no_email = 0;
  for (const auto& r : recipients) {
    opted_out += r.delivery == Delivery::OptedOut ? 1 : 0;
    no_email += r.delivery == Delivery::NoEmail ? 1 : 0;
    list.push(contact_view(*r.state, names).set("delivery", delivery_label(r.delivery))
                  .set("will_receive", r.delivery == Delivery::WillReceive).set("selected", preview == r.state));
  }
  View sent = View::list();
  int queued = 0, waiting = 0, skipped = 0, reminded = 0;
  for (const auto& s : sends) {
    queued += s.status == SendStatus::Queued && s.kind == SendKind::Invitation ? 1 : 0;
    reminded += s.status == SendStatus::Queued && s.kind == SendKind::Reminder ? 1 : 0;
    waiting += s.status == SendStatus::Waiting ? 1 : 0;
    skipped += s.status == SendStatus::Skipped ? 1 : 0;
    for (const auto& st : states)
      if (st.contact().id == s.contact_id)
        sent.push(contact_view(st, names).set("send_state", send_label(s)).set("skip_reason", s.skip_reason)
                      .set("at", s.queued_at ? format_dutch_datetime(*s.queued_at) : std::string()));
  }
  view.set("campaign_id", campaign.id).set("name", campaign.name).set("status", status_label(campaign.status));
  view.set("draft", campaign.status == CampaignStatus::Draft).set("sending", campaign.status == CampaignStatus::Sending);
  view.set("stoppable", campaign.status == CampaignStatus::Sending || (campaign.status == CampaignStatus::Done && campaign.reminder_days > 0));
  view.set("selection", selection_label(campaign.filter_stage)).set("municipality", municipality_name(campaign.filter_municipality));
  if (!campaign.filter_linking_pin.empty()) view.set("linking_pin", pin_filter_label(names, campaign.filter_linking_pin));
  view.set("per_minute", campaign.per_minute).set("reminder_days", campaign.reminder_days).set("has_reminder", campaign.reminder_days > 0);
  view.set("recipients", list).set("will_receive", count_receiving(recipients)).set("one_recipient", count_receiving(recipients) == 1);
  view.set("opted_out_count", opted_out).set("has_opted_out", opted_out > 0);
  view.set("no_email_count", no_email).set("has_no_email", no_email > 0);
  view.set("sent", sent).set("queued", queued).set("waiting", waiting).set("skipped", skipped).set("reminded", reminded);
  if (preview) {
    MailValues values = values_for(preview->contact(), app.url("/meedoen?t=…"));
    view.set("preview_name", display_name(preview->contact())).set("preview_subject", fill_placeholders(campaign.subject, values));
    view.set("preview_body", text_paragraphs(fill_placeholders(campaign.body, values))).set("preview_opted_out", preview->opted_out);
    if (campaign.reminder_days > 0) {
      view.set("preview_reminder_subject", fill_placeholders(campaign.reminder_subject, values));
      view.set("preview_reminder_body", text_paragraphs(fill_placeholders(campaign.reminder_body, values)));
    }
  }
  return web::render_page(app, request, "outreach/campaign", std::move(view), {.title = campaign.name, .status = status});
}

Result<void> record(App& app, const http::Request& request, db::Connection& c, std::int64_t id, std::string action,
                    std::string detail) {
  return audit::record(c, request_entry(app, request, std::move(action), "campaign:" + std::to_string(id), std::move(detail)));
}

}  // namespace

http::Response show_campaigns(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  View list = View::list();
  app.db->read([&](db::Connection& c) {
    for (const auto& campaign : list_campaigns(c)) {
      int sent = 0;
      for (const auto& s : sends_of_campaign(c, campaign.id)) sent += s.status == SendStatus::Queued ? 1 : 0;
      list.push(View().set("id", campaign.id).set("name", campaign.name).set("status", status_label(campaign.status))
                    .set("created", format_dutch_date(campaign.created_at)).set("sent", sent));
    }
    return 0;
  });
  View view;
  view.set("campaigns", list).set("none", list.empty_list());
  return web::render_page(app, request, "outreach/campaigns", std::move(view), {.title = texts::kCampaignsTitle});
}

http::Response show_new_campaign_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  Campaign start = default_campaign(app);
  if (const std::string& from = request.query.get("van"); !from.empty()) {
    std::optional<Campaign> source;
    try {
      source = app.db->read([&](db::Connection& c) { return find_campaign(c, std::stoll(from)); });
    } catch (...) {
    }
    if (source) {
      start = *source;
      start.name = fmt::format(fmt::runtime(texts::kCopyName), source->name);
    }
  }
  return render_campaign_form(app, request, CampaignForm::from_campaign(start), std::nullopt, 200);
}

http::Response create_campaign(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  CampaignForm form = CampaignForm::from_request(request);
  if (!form.validate(linking_pins(app))) return render_campaign_form(app, request, form, std::nullopt, 422);
  Campaign campaign;
  form.apply_to(campaign);
  campaign.created_by = request.viewer.account_id;
  campaign.created_at = app.clock.now();
  auto id = app.db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
    auto saved = insert_campaign(c, campaign);
    if (!saved) return saved;
    if (auto r = record(app, request, c, *saved, "campaign.create", texts::kAuditCampaignCreated); !r) return r.error();
    return saved;
  });
  if (!id) return web::page_for_error(app, request, id.error());
  return web::redirect_with_flash(app, campaign_path(*id), texts::kCampaignSaved);
}

http::Response show_campaign(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  return render_campaign(app, request, *campaign, View(), 200);
}

http::Response show_edit_campaign_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  if (campaign->status != CampaignStatus::Draft)
    return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignNotEditable, "error");
  return render_campaign_form(app, request, CampaignForm::from_campaign(*campaign), campaign->id, 200);
}

http::Response update_campaign_texts(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  CampaignForm form = CampaignForm::from_request(request);
  if (!form.validate(linking_pins(app))) return render_campaign_form(app, request, form, campaign->id, 422);
  form.apply_to(*campaign);
  auto done = app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
    auto saved = update_campaign(c, *campaign);
    if (!saved || !*saved) return saved;
    if (auto r = record(app, request, c, campaign->id, "campaign.update", texts::kAuditCampaignUpdated); !r) return r.error();
    return true;
  });
  if (!done) return web::page_for_error(app, request, done.error());
  if (!*done) return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignNotEditable, "error");
  return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignSaved);
}

http::Response send_campaign_test(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  std::optional<ContactState> contact;
  try {
    if (!request.form.get("contact").empty()) contact = load_contact_state(app, std::stoll(request.form.get("contact")));
  } catch (...) {
  }
  Contact example = contact ? contact->contact() : Contact{.initiative_name = texts::kExampleInitiative, .person_name = texts::kExamplePerson};
  auto done = app.db->write_void([&](db::Connection& c) { return send_test_mail(app, c, *campaign, example, request.viewer); });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, campaign_path(campaign->id), fmt::format(fmt::runtime(texts::kTestSent), request.viewer.email));
}

http::Response start_sending(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  if (campaign->status != CampaignStatus::Draft)
    return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignAlreadySent, "error");
  if (request.form.get("confirm") != "ja") {
    View view;
    view.set("start_error", texts::kStartConfirmRequired);
    return render_campaign(app, request, *campaign, std::move(view), 422);
  }
  auto count = app.db->write<int>([&](db::Connection& c) { return start_campaign(app, c, *campaign, request.viewer); });
  if (!count) return web::page_for_error(app, request, count.error());
  if (*count == 0) return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kNobodyToSend, "error");
  return web::redirect_with_flash(app, campaign_path(campaign->id),
                                  fmt::format(fmt::runtime(texts::kSendingStarted), *count, campaign->per_minute));
}

http::Response stop_sending(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  // Stopping cannot be undone (waiting mails and reminders never go): the ticked box is the
  // confirmation, without JavaScript.
  if (request.form.get("confirm") != "ja")
    return render_campaign(app, request, *campaign, View().set("stop_error", texts::kStopConfirmRequired), 422);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = set_campaign_status(c, campaign->id, CampaignStatus::Stopped, app.clock.now()); !r) return r;
    return record(app, request, c, campaign->id, "campaign.stop", texts::kAuditCampaignStopped);
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignStopped);
}

http::Response delete_campaign(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto campaign = campaign_of(app, request);
  if (!campaign) return web::error_page(app, request, 404);
  // Throwing a draft away cannot be undone: the ticked box is the confirmation, without JavaScript.
  if (campaign->status == CampaignStatus::Draft && request.form.get("confirm") != "ja")
    return render_campaign(app, request, *campaign, View().set("delete_error", texts::kDeleteCampaignConfirmRequired), 422);
  auto done = app.db->write<bool>([&](db::Connection& c) -> Result<bool> {
    auto deleted = delete_draft_campaign(c, campaign->id);
    if (!deleted || !*deleted) return deleted;
    if (auto r = record(app, request, c, campaign->id, "campaign.delete", texts::kAuditCampaignDeleted); !r) return r.error();
    return true;
  });
  if (!done) return web::page_for_error(app, request, done.error());
  if (!*done) return web::redirect_with_flash(app, campaign_path(campaign->id), texts::kCampaignNotEditable, "error");
  return web::redirect_with_flash(app, "/beheer/uitnodigingen", texts::kCampaignDeleted);
}

}  // namespace omzien::outreach
