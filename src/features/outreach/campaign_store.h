// SQL of invitation campaigns, the mails they send (one row per contact and kind, with the
// personal link and the opt-out link as hashes), and the opt-out list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::outreach {

enum class CampaignStatus { Draft, Sending, Done, Stopped };  // "concept", "bezig", "klaar", "gestopt"

struct Campaign {
  std::int64_t id = 0;
  std::string name = {};
  std::string subject = {};
  std::string body = {};
  int reminder_days = 0;  // 0: no reminder
  std::string reminder_subject = {};
  std::string reminder_body = {};
  std::string filter_stage = {};         // a selection id (see campaign.h), "" for the default
  std::string filter_municipality = {};  // a CBS code or ""
  std::string filter_linking_pin = {};   // "", "geen", or an account id
  int per_minute = 10;
  CampaignStatus status = CampaignStatus::Draft;
  std::optional<std::int64_t> created_by = {};
  Seconds created_at = 0;
  std::optional<Seconds> started_at = {};
  std::optional<Seconds> finished_at = {};
  std::optional<Seconds> last_batch_at = {};
};

std::string_view campaign_status_id(CampaignStatus status);

Result<std::int64_t> insert_campaign(db::Connection& c, const Campaign& campaign);
// Saves the texts and the selection (drafts only; returns false for other campaigns).
Result<bool> update_campaign(db::Connection& c, const Campaign& campaign);
// Deletes a draft; false when there is no draft with that id.
Result<bool> delete_draft_campaign(db::Connection& c, std::int64_t id);
std::optional<Campaign> find_campaign(db::Connection& c, std::int64_t id);
// Newest first.
std::vector<Campaign> list_campaigns(db::Connection& c);
// Campaigns still sending invitations, or with reminders to come.
std::vector<Campaign> list_active_campaigns(db::Connection& c);
Result<void> set_campaign_status(db::Connection& c, std::int64_t id, CampaignStatus status, Seconds now);
Result<void> set_last_batch(db::Connection& c, std::int64_t id, Seconds now);

enum class SendKind { Invitation, Reminder };        // "uitnodiging", "herinnering"
enum class SendStatus { Waiting, Queued, Skipped };  // "wacht", "verstuurd", "overgeslagen"

struct Send {
  std::int64_t id = 0;
  std::optional<std::int64_t> campaign_id = {};  // nullopt: sent by hand from the contact
  std::int64_t contact_id = 0;
  SendKind kind = SendKind::Invitation;
  SendStatus status = SendStatus::Waiting;
  std::string skip_reason = {};
  Seconds created_at = 0;
  std::optional<Seconds> queued_at = {};
  std::optional<Seconds> link_expires_at = {};
  std::optional<Seconds> link_used_at = {};
  std::optional<std::int64_t> sent_by = {};
};

// Adds a waiting mail; Conflict when the campaign already has this kind for the contact.
Result<std::int64_t> insert_send(db::Connection& c, const Send& send);
// Marks a mail queued in the outbox, with the hash of its personal link. (Its opt-out link is
// one of the shared ones in opt_out.h; optout_hash only answers for mails sent before those.)
Result<void> mark_send_queued(db::Connection& c, std::int64_t id, std::string_view link_hash, Seconds link_expires_at,
                              Seconds now);
Result<void> mark_send_skipped(db::Connection& c, std::int64_t id, std::string_view reason);
// The oldest waiting mails of a campaign.
std::vector<Send> waiting_sends(db::Connection& c, std::int64_t campaign_id, int limit);
// Invitations of the campaign queued at or before `queued_before` that have no reminder row yet.
std::vector<Send> invitations_due_for_reminder(db::Connection& c, std::int64_t campaign_id, Seconds queued_before,
                                               int limit);
std::vector<Send> sends_of_campaign(db::Connection& c, std::int64_t campaign_id);
// Every mail to the contact, newest first.
std::vector<Send> sends_of_contact(db::Connection& c, std::int64_t contact_id);
std::optional<Send> find_send_by_link_hash(db::Connection& c, std::string_view link_hash);
std::optional<Send> find_send_by_optout_hash(db::Connection& c, std::string_view optout_hash);
// Marks the personal link used; false when it was used already (it works once).
Result<bool> mark_link_used(db::Connection& c, std::int64_t send_id, Seconds now);

// The opt-out list, by keyed hash of the address.
Result<void> insert_opt_out(db::Connection& c, std::string_view email_hash, Seconds now);
bool is_opted_out_hash(db::Connection& c, std::string_view email_hash);

}  // namespace omzien::outreach
