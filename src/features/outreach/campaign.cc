#include "features/outreach/campaign.h"

#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/log.h"
#include "core/text.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/opt_out.h"
#include "features/outreach/personal_link.h"
#include "features/outreach/texts.h"
#include "web/compose_mail.h"

namespace omzien::outreach {
namespace {

bool matches_linking_pin(const Contact& c, const std::string& filter) {
  if (filter.empty()) return true;
  if (filter == "geen") return !c.linking_pin_id;
  return c.linking_pin_id && std::to_string(*c.linking_pin_id) == filter;
}

}  // namespace

View text_paragraphs(std::string_view text) {
  View paragraphs = View::list();
  std::vector<std::vector<std::string>> blocks(1);
  for (const auto& line : split(text, '\n')) {
    std::string tidy = trim(line);
    if (tidy.empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
    } else {
      blocks.back().push_back(tidy);
    }
  }
  for (const auto& block : blocks) {
    if (block.empty()) continue;
    if (block.size() == 1 && is_http_url(block[0]) && block[0].find(' ') == std::string::npos) {
      paragraphs.push(View().set("button", true).set("url", block[0]));
      continue;
    }
    View lines = View::list();
    bool first = true;
    for (const auto& line : block) {
      View segments = View::list();
      for (const auto& word : split(line, ' ')) {
        bool link = (word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0) && is_http_url(word);
        segments.push(View().set("is_link", link).set("text", word + " ").set("url", link ? word : ""));
      }
      lines.push(View().set("break_before", !first).set("segments", segments));
      first = false;
    }
    paragraphs.push(View().set("button", false).set("lines", lines));
  }
  return paragraphs;
}

namespace {

audit::Entry mail_entry(const App& app, const Viewer& sender, std::string action, std::string subject,
                        std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = sender.account_id ? std::optional(sender.account_id) : std::nullopt,
          .actor_label = sender.account_id ? sender.display_name() : std::string(texts::kCampaignActor),
          .action = std::move(action),
          .subject = std::move(subject),
          .detail = std::move(detail)};
}

// Why a waiting mail should not go after all; empty when it should.
std::string_view reason_to_skip(const App& app, db::Connection& c, const ContactState* state, SendKind kind) {
  if (!state) return texts::kSkipGone;
  const Contact& contact = state->contact();
  if (contact.email.empty()) return texts::kSkipNoEmail;
  if (is_opted_out(app, c, contact.email)) return texts::kSkipOptedOut;
  if (state->pipeline.reached(Stage::ProfileCreated)) return texts::kSkipJoined;
  if (contact.answer == Answer::Declines) return texts::kSkipDeclined;
  if (kind == SendKind::Reminder && contact.link_used_at) return texts::kSkipActed;
  return "";
}

}  // namespace

bool is_selection(std::string_view id) { return std::find(std::begin(kSelections), std::end(kSelections), id) != std::end(kSelections); }

std::string_view selection_label(std::string_view id) {
  for (std::size_t i = 0; i < std::size(kSelections); ++i)
    if (kSelections[i] == id) return texts::kSelectionLabels[i];
  return texts::kSelectionLabels[0];
}

bool in_selection(const ContactState& state, const Campaign& campaign) {
  const Contact& c = state.contact();
  if (state.pipeline.reached(Stage::ProfileCreated) || c.answer == Answer::Declines) return false;
  if (!campaign.filter_municipality.empty() && c.municipality_code != campaign.filter_municipality) return false;
  if (!matches_linking_pin(c, campaign.filter_linking_pin)) return false;
  const std::string& s = campaign.filter_stage;
  if (s == "nog-niet-benaderd") return state.pipeline.stage == Stage::NotApproached;
  if (s == "gemaild") return state.pipeline.stage == Stage::Mailed;
  if (s == "gebeld") return state.pipeline.stage == Stage::Called;
  if (s == "wil-meedoen") return c.answer == Answer::WantsToJoin;
  if (s == "twijfelt") return c.answer == Answer::Doubts;
  return true;
}

std::vector<Recipient> select_recipients(const std::vector<ContactState>& states, const Campaign& campaign) {
  std::vector<Recipient> out;
  for (const auto& state : states) {
    if (!in_selection(state, campaign)) continue;
    Delivery d = state.contact().email.empty() ? Delivery::NoEmail
                 : state.opted_out             ? Delivery::OptedOut
                                               : Delivery::WillReceive;
    out.push_back({&state, d});
  }
  return out;
}

int count_receiving(const std::vector<Recipient>& recipients) {
  return static_cast<int>(
      std::count_if(recipients.begin(), recipients.end(), [](const Recipient& r) { return r.delivery == Delivery::WillReceive; }));
}

MailValues values_for(const Contact& contact, std::string link) {
  return {.name = contact.person_name.empty() ? std::string(texts::kNameFallback) : contact.person_name,
          .initiative = contact.initiative_name.empty() ? std::string(texts::kInitiativeFallback) : contact.initiative_name,
          .municipality = municipality_name(contact.municipality_code),
          .link = std::move(link)};
}

std::string fill_placeholders(std::string_view text, const MailValues& values) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    std::string name = to_lower_ascii(trim(text.substr(open + 1, close - open - 1)));
    if (name == "naam") out += values.name;
    else if (name == "initiatief") out += values.initiative;
    else if (name == "gemeente") out += values.municipality;
    else if (name == "link") out += values.link;
    else out.append(text.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(text.substr(std::min(i, text.size())));
  return out;
}

std::vector<std::string> unknown_placeholders(std::string_view text) {
  std::vector<std::string> unknown;
  std::size_t i = 0;
  while ((i = text.find('{', i)) != std::string_view::npos) {
    std::size_t close = text.find('}', i);
    if (close == std::string_view::npos) break;
    std::string name = to_lower_ascii(trim(text.substr(i + 1, close - i - 1)));
    if (name != "naam" && name != "initiatief" && name != "gemeente" && name != "link") {
      std::string whole(text.substr(i, close - i + 1));
      if (std::find(unknown.begin(), unknown.end(), whole) == unknown.end()) unknown.push_back(whole);
    }
    i = close + 1;
  }
  return unknown;
}

mail::Message compose_campaign_mail(const App& app, const Contact& contact, std::string_view subject,
                                    std::string_view body, const std::string& link_url, const OptOutUrls& opt_out) {
  MailValues values = values_for(contact, link_url);
  std::string text = fill_placeholders(body, values);
  const std::string& optout_url = opt_out.page;
  View view;
  view.set("text_body", text).set("paragraphs", text_paragraphs(text));
  view.set("initiative", values.initiative).set("unsubscribe_url", optout_url);
  mail::Message message =
      web::compose_mail(app, contact.email, fill_placeholders(subject, values), "outreach/mail_campaign", view);
  message.to_name = contact.person_name;
  message.reply_to = app.config.contact_email;
  set_opt_out_headers(message, opt_out);
  message.kind = "invitation";
  return message;
}

Campaign default_campaign(const App& app) {
  Campaign c;
  c.name = texts::kDefaultCampaignName;
  c.subject = fmt::format(fmt::runtime(texts::kDefaultSubject), app.config.site_name);
  c.body = fmt::format(fmt::runtime(texts::kDefaultBody), app.config.site_name, kPersonalLinkLifetime / 86400);
  c.reminder_subject = fmt::format(fmt::runtime(texts::kDefaultReminderSubject), app.config.site_name);
  c.reminder_body = fmt::format(fmt::runtime(texts::kDefaultReminderBody), app.config.site_name);
  c.per_minute = kDefaultPerMinute;
  return c;
}

Result<bool> queue_send(App& app, db::Connection& c, const Send& send, const Campaign& texts) {
  auto states = load_contact_states(app, c, ContactQuery{.contact_id = send.contact_id});
  const ContactState* state = states.empty() ? nullptr : &states.front();
  if (std::string_view skip = reason_to_skip(app, c, state, send.kind); !skip.empty()) {
    if (auto r = mark_send_skipped(c, send.id, skip); !r) return r.error();
    return false;
  }
  const Contact& contact = state->contact();
  Seconds now = app.clock.now();
  std::string link_token = random_token(32);
  auto opt_out = make_opt_out_urls(app, c, contact.email, contact.id);
  if (!opt_out) return opt_out.error();
  bool reminder = send.kind == SendKind::Reminder;
  mail::Message message = compose_campaign_mail(app, contact, reminder ? texts.reminder_subject : texts.subject,
                                                reminder ? texts.reminder_body : texts.body,
                                                app.url("/meedoen?t=" + link_token), *opt_out);
  if (reminder) message.kind = "reminder";
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  if (auto r = mark_send_queued(c, send.id, hash_token(link_token), now + kPersonalLinkLifetime, now);
      !r)
    return r.error();
  Viewer system;
  std::string detail = fmt::format(fmt::runtime(reminder ? texts::kAuditReminderSent : texts::kAuditInvitationSent),
                                   send.campaign_id ? texts.name : std::string(texts::kByHand));
  if (auto r = audit::record(c, mail_entry(app, system, "contact.mailed", "contact:" + std::to_string(contact.id), detail)); !r)
    return r.error();
  return true;
}

Result<void> send_invitation_now(App& app, db::Connection& c, const Contact& contact, const Campaign& texts,
                                 const Viewer& sender) {
  if (contact.email.empty()) return conflict("contact has no address");
  if (is_opted_out(app, c, contact.email)) return conflict("address opted out");
  Send send{.contact_id = contact.id, .created_at = app.clock.now(), .sent_by = sender.account_id};
  auto id = insert_send(c, send);
  if (!id) return id.error();
  send.id = *id;
  auto queued = queue_send(app, c, send, texts);
  if (!queued) return queued.error();
  if (!*queued) return conflict("contact cannot be invited");
  return audit::record(c, mail_entry(app, sender, "contact.invite", "contact:" + std::to_string(contact.id),
                                     texts::kAuditInvitedByHand));
}

Result<void> send_test_mail(App& app, db::Connection& c, const Campaign& campaign, const Contact& contact,
                            const Viewer& sender) {
  // The links of a test point nowhere: a test must not log anyone in or opt anyone out.
  mail::Message message = compose_campaign_mail(app, contact, campaign.subject, campaign.body, app.url("/meedoen?t=test"),
                                                {app.url("/afmelden?t=test"), app.url("/afmelden/een-klik?t=test")});
  message.to = sender.email;
  message.to_name = sender.name;
  message.subject = std::string(texts::kTestSubjectPrefix) + message.subject;
  message.kind = "test";
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  return audit::record(c, mail_entry(app, sender, "campaign.test", "campaign:" + std::to_string(campaign.id),
                                     texts::kAuditTestSent));
}

Result<int> start_campaign(App& app, db::Connection& c, const Campaign& campaign, const Viewer& sender) {
  auto states = load_contact_states(app, c, ContactQuery{});
  int count = 0;
  Seconds now = app.clock.now();
  for (const auto& recipient : select_recipients(states, campaign)) {
    if (recipient.delivery != Delivery::WillReceive) continue;
    Send send{.campaign_id = campaign.id, .contact_id = recipient.state->contact().id, .created_at = now,
              .sent_by = sender.account_id};
    auto inserted = insert_send(c, send);
    if (!inserted && inserted.error().kind == ErrorKind::Conflict) continue;
    if (!inserted) return inserted.error();
    ++count;
  }
  if (auto r = set_campaign_status(c, campaign.id, CampaignStatus::Sending, now); !r) return r.error();
  if (auto r = audit::record(c, mail_entry(app, sender, "campaign.start", "campaign:" + std::to_string(campaign.id),
                                           fmt::format(fmt::runtime(texts::kAuditCampaignStarted), count)));
      !r)
    return r.error();
  Campaign started = campaign;
  started.status = CampaignStatus::Sending;
  if (auto r = send_batch(app, c, started); !r) return r.error();
  return count;
}

Result<void> send_batch(App& app, db::Connection& c, const Campaign& campaign) {
  Seconds now = app.clock.now();
  int budget = std::clamp(campaign.per_minute, 1, 60);
  for (const auto& send : waiting_sends(c, campaign.id, budget)) {
    if (auto r = queue_send(app, c, send, campaign); !r) return r.error();
    --budget;
  }
  if (campaign.status == CampaignStatus::Sending && waiting_sends(c, campaign.id, 1).empty())
    if (auto r = set_campaign_status(c, campaign.id, CampaignStatus::Done, now); !r) return r;
  if (campaign.reminder_days > 0 && budget > 0) {
    Seconds due = now - static_cast<Seconds>(campaign.reminder_days) * 86400;
    for (const auto& invitation : invitations_due_for_reminder(c, campaign.id, due, budget)) {
      Send reminder{.campaign_id = campaign.id, .contact_id = invitation.contact_id, .kind = SendKind::Reminder,
                    .created_at = now};
      auto id = insert_send(c, reminder);
      if (!id) return id.error();
      reminder.id = *id;
      if (auto r = queue_send(app, c, reminder, campaign); !r) return r.error();
    }
  }
  return set_last_batch(c, campaign.id, now);
}

void send_campaign_batches(App& app) {
  Seconds now = app.clock.now();
  auto campaigns = app.db->read([](db::Connection& c) { return list_active_campaigns(c); });
  for (const auto& campaign : campaigns) {
    if (campaign.last_batch_at && now - *campaign.last_batch_at < kBatchInterval) continue;
    auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
      auto fresh = find_campaign(c, campaign.id);  // it may have been stopped meanwhile
      if (!fresh || (fresh->status != CampaignStatus::Sending && fresh->status != CampaignStatus::Done)) return {};
      return send_batch(app, c, *fresh);
    });
    if (!done) log_error("campaign {} batch failed: {}", campaign.id, done.error().detail);
  }
}

}  // namespace omzien::outreach
