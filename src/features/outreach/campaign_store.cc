#include "features/outreach/campaign_store.h"

namespace omzien::outreach {
namespace {

constexpr std::string_view kInsertCampaign = R"sql(
  INSERT INTO outreach_campaigns (name, subject, body, reminder_days, reminder_subject, reminder_body, filter_stage,
                                  filter_municipality, filter_linking_pin, per_minute, created_by, created_at)
  VALUES (:name, :subject, :body, :reminder_days, :reminder_subject, :reminder_body, :filter_stage,
          :filter_municipality, :filter_linking_pin, :per_minute, :created_by, :created_at)
)sql";
constexpr std::string_view kUpdateCampaign = R"sql(
  UPDATE outreach_campaigns
  SET name = :name, subject = :subject, body = :body, reminder_days = :reminder_days,
      reminder_subject = :reminder_subject, reminder_body = :reminder_body, filter_stage = :filter_stage,
      filter_municipality = :filter_municipality, filter_linking_pin = :filter_linking_pin, per_minute = :per_minute
  WHERE id = :id AND status = 'concept'
)sql";
constexpr std::string_view kDeleteDraft = "DELETE FROM outreach_campaigns WHERE id = :id AND status = 'concept'";
constexpr std::string_view kFindCampaign = R"sql(
  SELECT id, name, subject, body, reminder_days, reminder_subject, reminder_body, filter_stage, filter_municipality,
         filter_linking_pin, per_minute, status, created_by, created_at, started_at, finished_at, last_batch_at
  FROM outreach_campaigns WHERE id = :id
)sql";
constexpr std::string_view kListCampaigns = R"sql(
  SELECT id, name, subject, body, reminder_days, reminder_subject, reminder_body, filter_stage, filter_municipality,
         filter_linking_pin, per_minute, status, created_by, created_at, started_at, finished_at, last_batch_at
  FROM outreach_campaigns ORDER BY created_at DESC, id DESC
)sql";
constexpr std::string_view kListActive = R"sql(
  SELECT id, name, subject, body, reminder_days, reminder_subject, reminder_body, filter_stage, filter_municipality,
         filter_linking_pin, per_minute, status, created_by, created_at, started_at, finished_at, last_batch_at
  FROM outreach_campaigns WHERE status = 'bezig' OR (status = 'klaar' AND reminder_days > 0) ORDER BY id
)sql";
constexpr std::string_view kSetStatus = R"sql(
  UPDATE outreach_campaigns
  SET status = :status,
      started_at = CASE WHEN :status = 'bezig' THEN COALESCE(started_at, :now) ELSE started_at END,
      finished_at = CASE WHEN :status IN ('klaar', 'gestopt') THEN COALESCE(finished_at, :now) ELSE finished_at END
  WHERE id = :id
)sql";
constexpr std::string_view kSetLastBatch = "UPDATE outreach_campaigns SET last_batch_at = :now WHERE id = :id";

constexpr std::string_view kInsertSend = R"sql(
  INSERT INTO outreach_sends (campaign_id, contact_id, kind, status, skip_reason, created_at, sent_by)
  VALUES (:campaign_id, :contact_id, :kind, :status, :skip_reason, :created_at, :sent_by)
)sql";
constexpr std::string_view kMarkQueued = R"sql(
  UPDATE outreach_sends
  SET status = 'verstuurd', queued_at = :now, link_hash = :link_hash, link_expires_at = :link_expires_at
  WHERE id = :id
)sql";
constexpr std::string_view kMarkSkipped =
    "UPDATE outreach_sends SET status = 'overgeslagen', skip_reason = :reason WHERE id = :id";
constexpr std::string_view kWaiting = R"sql(
  SELECT id, campaign_id, contact_id, kind, status, skip_reason, created_at, queued_at, link_expires_at, link_used_at,
         sent_by
  FROM outreach_sends WHERE campaign_id = :campaign_id AND status = 'wacht' ORDER BY id LIMIT :limit
)sql";
constexpr std::string_view kDueForReminder = R"sql(
  SELECT s.id, s.campaign_id, s.contact_id, s.kind, s.status, s.skip_reason, s.created_at, s.queued_at,
         s.link_expires_at, s.link_used_at, s.sent_by
  FROM outreach_sends s
  WHERE s.campaign_id = :campaign_id AND s.kind = 'uitnodiging' AND s.status = 'verstuurd'
    AND s.queued_at <= :queued_before
    AND NOT EXISTS (SELECT 1 FROM outreach_sends r
                    WHERE r.campaign_id = s.campaign_id AND r.contact_id = s.contact_id AND r.kind = 'herinnering')
  ORDER BY s.queued_at, s.id LIMIT :limit
)sql";
constexpr std::string_view kOfCampaign = R"sql(
  SELECT id, campaign_id, contact_id, kind, status, skip_reason, created_at, queued_at, link_expires_at, link_used_at,
         sent_by
  FROM outreach_sends WHERE campaign_id = :campaign_id ORDER BY id
)sql";
constexpr std::string_view kOfContact = R"sql(
  SELECT id, campaign_id, contact_id, kind, status, skip_reason, created_at, queued_at, link_expires_at, link_used_at,
         sent_by
  FROM outreach_sends WHERE contact_id = :contact_id ORDER BY created_at DESC, id DESC
)sql";
constexpr std::string_view kByLinkHash = R"sql(
  SELECT id, campaign_id, contact_id, kind, status, skip_reason, created_at, queued_at, link_expires_at, link_used_at,
         sent_by
  FROM outreach_sends WHERE link_hash = :hash
)sql";
constexpr std::string_view kByOptoutHash = R"sql(
  SELECT id, campaign_id, contact_id, kind, status, skip_reason, created_at, queued_at, link_expires_at, link_used_at,
         sent_by
  FROM outreach_sends WHERE optout_hash = :hash
)sql";
constexpr std::string_view kMarkLinkUsed =
    "UPDATE outreach_sends SET link_used_at = :now WHERE id = :id AND link_used_at IS NULL";

constexpr std::string_view kInsertOptOut =
    "INSERT INTO outreach_opt_outs (email_hash, opted_out_at) VALUES (:hash, :now) ON CONFLICT DO NOTHING";
constexpr std::string_view kIsOptedOut = "SELECT 1 FROM outreach_opt_outs WHERE email_hash = :hash";

std::optional<CampaignStatus> parse_status(std::string_view id) {
  for (CampaignStatus s : {CampaignStatus::Draft, CampaignStatus::Sending, CampaignStatus::Done, CampaignStatus::Stopped})
    if (campaign_status_id(s) == id) return s;
  return std::nullopt;
}

Campaign read_campaign(const db::Statement& s) {
  Campaign c;
  c.id = s.integer(0);
  c.name = s.text(1);
  c.subject = s.text(2);
  c.body = s.text(3);
  c.reminder_days = static_cast<int>(s.integer(4));
  c.reminder_subject = s.text(5);
  c.reminder_body = s.text(6);
  c.filter_stage = s.text(7);
  c.filter_municipality = s.text(8);
  c.filter_linking_pin = s.text(9);
  c.per_minute = static_cast<int>(s.integer(10));
  c.status = parse_status(s.text(11)).value_or(CampaignStatus::Draft);
  c.created_by = s.optional_integer(12);
  c.created_at = s.integer(13);
  c.started_at = s.optional_integer(14);
  c.finished_at = s.optional_integer(15);
  c.last_batch_at = s.optional_integer(16);
  return c;
}

void bind_campaign(db::Statement& s, const Campaign& c) {
  s.bind(":name", c.name).bind(":subject", c.subject).bind(":body", c.body).bind(":reminder_days", c.reminder_days);
  s.bind(":reminder_subject", c.reminder_subject).bind(":reminder_body", c.reminder_body);
  s.bind(":filter_stage", c.filter_stage).bind(":filter_municipality", c.filter_municipality);
  s.bind(":filter_linking_pin", c.filter_linking_pin).bind(":per_minute", c.per_minute);
}

std::string_view kind_id(SendKind kind) { return kind == SendKind::Invitation ? "uitnodiging" : "herinnering"; }
std::string_view send_status_id(SendStatus status) {
  return status == SendStatus::Waiting ? "wacht" : status == SendStatus::Queued ? "verstuurd" : "overgeslagen";
}

Send read_send(const db::Statement& s) {
  Send send;
  send.id = s.integer(0);
  send.campaign_id = s.optional_integer(1);
  send.contact_id = s.integer(2);
  send.kind = s.text(3) == "herinnering" ? SendKind::Reminder : SendKind::Invitation;
  std::string status = s.text(4);
  send.status = status == "wacht" ? SendStatus::Waiting : status == "verstuurd" ? SendStatus::Queued : SendStatus::Skipped;
  send.skip_reason = s.text(5);
  send.created_at = s.integer(6);
  send.queued_at = s.optional_integer(7);
  send.link_expires_at = s.optional_integer(8);
  send.link_used_at = s.optional_integer(9);
  send.sent_by = s.optional_integer(10);
  return send;
}

std::vector<Send> read_sends(db::Statement& s) {
  std::vector<Send> out;
  while (s.next()) out.push_back(read_send(s));
  return out;
}

std::vector<Campaign> read_campaigns(db::Statement& s) {
  std::vector<Campaign> out;
  while (s.next()) out.push_back(read_campaign(s));
  return out;
}

}  // namespace

std::string_view campaign_status_id(CampaignStatus status) {
  switch (status) {
    case CampaignStatus::Draft: return "concept";
    case CampaignStatus::Sending: return "bezig";
    case CampaignStatus::Done: return "klaar";
    case CampaignStatus::Stopped: return "gestopt";
  }
  return "concept";
}

Result<std::int64_t> insert_campaign(db::Connection& c, const Campaign& campaign) {
  auto insert = c.prepare(kInsertCampaign);
  bind_campaign(insert, campaign);
  insert.bind(":created_by", campaign.created_by).bind(":created_at", campaign.created_at);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

Result<bool> update_campaign(db::Connection& c, const Campaign& campaign) {
  auto update = c.prepare(kUpdateCampaign);
  bind_campaign(update, campaign);
  update.bind(":id", campaign.id);
  if (auto done = update.run(); !done) return done.error();
  return c.changes() > 0;
}

Result<bool> delete_draft_campaign(db::Connection& c, std::int64_t id) {
  if (auto done = c.prepare(kDeleteDraft).bind(":id", id).run(); !done) return done.error();
  return c.changes() > 0;
}

std::optional<Campaign> find_campaign(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kFindCampaign);
  select.bind(":id", id);
  if (!select.next()) return std::nullopt;
  return read_campaign(select);
}

std::vector<Campaign> list_campaigns(db::Connection& c) {
  auto select = c.prepare(kListCampaigns);
  return read_campaigns(select);
}

std::vector<Campaign> list_active_campaigns(db::Connection& c) {
  auto select = c.prepare(kListActive);
  return read_campaigns(select);
}

Result<void> set_campaign_status(db::Connection& c, std::int64_t id, CampaignStatus status, Seconds now) {
  return c.prepare(kSetStatus).bind(":status", campaign_status_id(status)).bind(":now", now).bind(":id", id).run();
}

Result<void> set_last_batch(db::Connection& c, std::int64_t id, Seconds now) {
  return c.prepare(kSetLastBatch).bind(":now", now).bind(":id", id).run();
}

Result<std::int64_t> insert_send(db::Connection& c, const Send& send) {
  auto insert = c.prepare(kInsertSend);
  insert.bind(":campaign_id", send.campaign_id).bind(":contact_id", send.contact_id).bind(":kind", kind_id(send.kind));
  insert.bind(":status", send_status_id(send.status)).bind(":skip_reason", send.skip_reason);
  insert.bind(":created_at", send.created_at).bind(":sent_by", send.sent_by);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

Result<void> mark_send_queued(db::Connection& c, std::int64_t id, std::string_view link_hash, Seconds link_expires_at,
                              Seconds now) {
  auto update = c.prepare(kMarkQueued);
  update.bind(":link_hash", link_hash).bind(":link_expires_at", link_expires_at);
  update.bind(":now", now).bind(":id", id);
  return update.run();
}

Result<void> mark_send_skipped(db::Connection& c, std::int64_t id, std::string_view reason) {
  return c.prepare(kMarkSkipped).bind(":reason", reason).bind(":id", id).run();
}

std::vector<Send> waiting_sends(db::Connection& c, std::int64_t campaign_id, int limit) {
  auto select = c.prepare(kWaiting);
  select.bind(":campaign_id", campaign_id).bind(":limit", limit);
  return read_sends(select);
}

std::vector<Send> invitations_due_for_reminder(db::Connection& c, std::int64_t campaign_id, Seconds queued_before,
                                               int limit) {
  auto select = c.prepare(kDueForReminder);
  select.bind(":campaign_id", campaign_id).bind(":queued_before", queued_before).bind(":limit", limit);
  return read_sends(select);
}

std::vector<Send> sends_of_campaign(db::Connection& c, std::int64_t campaign_id) {
  auto select = c.prepare(kOfCampaign);
  select.bind(":campaign_id", campaign_id);
  return read_sends(select);
}

std::vector<Send> sends_of_contact(db::Connection& c, std::int64_t contact_id) {
  auto select = c.prepare(kOfContact);
  select.bind(":contact_id", contact_id);
  return read_sends(select);
}

std::optional<Send> find_send_by_link_hash(db::Connection& c, std::string_view link_hash) {
  auto select = c.prepare(kByLinkHash);
  select.bind(":hash", link_hash);
  if (!select.next()) return std::nullopt;
  return read_send(select);
}

std::optional<Send> find_send_by_optout_hash(db::Connection& c, std::string_view optout_hash) {
  auto select = c.prepare(kByOptoutHash);
  select.bind(":hash", optout_hash);
  if (!select.next()) return std::nullopt;
  return read_send(select);
}

Result<bool> mark_link_used(db::Connection& c, std::int64_t send_id, Seconds now) {
  if (auto done = c.prepare(kMarkLinkUsed).bind(":now", now).bind(":id", send_id).run(); !done) return done.error();
  return c.changes() > 0;
}

Result<void> insert_opt_out(db::Connection& c, std::string_view email_hash, Seconds now) {
  return c.prepare(kInsertOptOut).bind(":hash", email_hash).bind(":now", now).run();
}

bool is_opted_out_hash(db::Connection& c, std::string_view email_hash) {
  return c.prepare(kIsOptedOut).bind(":hash", email_hash).single_integer().has_value();
}

}  // namespace omzien::outreach
