#include "mail/outbox.h"

#include <array>

#include "core/log.h"
#include "core/text.h"
#include "mail/mime.h"

namespace omzien::mail {
namespace {

constexpr std::string_view kCreateOutbox = R"sql(
  CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    kind TEXT NOT NULL,
    mime TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued'
      CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
)sql";

constexpr std::array<Migration, 1> kMigrations = {{
    {"2026-11-28-00-mail-outbox", kCreateOutbox},
}};

constexpr std::string_view kInsert = R"sql(
  INSERT INTO mail_outbox (message_id, recipient, subject, kind, mime, status, attempts,
                           created_at, next_attempt_at, updated_at)
  VALUES (:message_id, :recipient, :subject, :kind, :mime, 'queued', 0, :now, :now, :now)
)sql";

// Rows a killed process left in 'sending'. The settable clock is not at hand at start-up, so
// updated_at takes the database's own time.
constexpr std::string_view kRequeueInterrupted = R"sql(
  UPDATE mail_outbox SET status = 'queued', updated_at = unixepoch() WHERE status = 'sending'
)sql";

constexpr std::string_view kSelectNextDue = R"sql(
  SELECT id, message_id, recipient, subject, kind, status, attempts, created_at, next_attempt_at,
         sent_at, last_error, mime
  FROM mail_outbox
  WHERE status = 'queued' AND next_attempt_at <= :now
  ORDER BY next_attempt_at, id
  LIMIT 1
)sql";

constexpr std::string_view kMarkSending = R"sql(
  UPDATE mail_outbox SET status = 'sending', updated_at = :now WHERE id = :id AND status = 'queued'
)sql";

constexpr std::string_view kSelectSending = R"sql(
  SELECT attempts, created_at FROM mail_outbox WHERE id = :id AND status = 'sending'
)sql";

// The text was needed only to send it (and it may hold a login code): it goes once delivered.
constexpr std::string_view kMarkSent = R"sql(
  UPDATE mail_outbox
  SET status = 'sent', attempts = attempts + 1, sent_at = :now, last_error = '', mime = '', updated_at = :now
  WHERE id = :id AND status = 'sending'
)sql";

constexpr std::string_view kForgetOld = R"sql(
  DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND updated_at < :before
)sql";

constexpr std::string_view kMarkRetry = R"sql(
  UPDATE mail_outbox
  SET status = 'queued', attempts = attempts + 1, next_attempt_at = :next_attempt_at,
      last_error = :reason, updated_at = :now
  WHERE id = :id AND status = 'sending'
)sql";

constexpr std::string_view kMarkFailed = R"sql(
  UPDATE mail_outbox
  SET status = 'failed', attempts = attempts + 1, last_error = :reason, updated_at = :now
  WHERE id = :id AND status = 'sending'
)sql";

constexpr std::string_view kList = R"sql(
  SELECT id, message_id, recipient, subject, kind, status, attempts, created_at, next_attempt_at,
         sent_at, last_error, ''
  FROM mail_outbox
  WHERE :status IS NULL OR status = :status
  ORDER BY id DESC
  LIMIT :limit
)sql";

constexpr std::string_view kFind = R"sql(
  SELECT id, message_id, recipient, subject, kind, status, attempts, created_at, next_attempt_at,
         sent_at, last_error, mime
  FROM mail_outbox
  WHERE id = :id
)sql";

constexpr std::string_view kCount = "SELECT status, count(*) FROM mail_outbox GROUP BY status";

// Server replies can be long (multi-line) or, rarely, not UTF-8; staff need the gist.
constexpr std::size_t kLongestReason = 1000;

OutboxEntry read_entry(const db::Statement& row) {
  OutboxEntry entry;
  entry.id = row.integer(0);
  entry.message_id = row.text(1);
  entry.recipient = row.text(2);
  entry.subject = row.text(3);
  entry.kind = row.text(4);
  entry.status = parse_outbox_status(row.text(5)).value_or(OutboxStatus::Queued);
  entry.attempts = static_cast<int>(row.integer(6));
  entry.created_at = row.integer(7);
  entry.next_attempt_at = row.integer(8);
  entry.sent_at = row.optional_integer(9);
  entry.last_error = row.text(10);
  entry.mime = row.text(11);
  return entry;
}

std::string stored_reason(const std::string& reason) {
  std::string text = trim(reason);
  if (text.size() > kLongestReason) text.resize(kLongestReason);
  return normalize_nfc(text);  // valid UTF-8 for the staff page, also after the cut
}

bool is_sendable_address(std::string_view address) {
  for (unsigned char c : address)
    if (c >= 0x80) return false;  // SMTPUTF8 is not used; such an address would need it
  return is_valid_email(address);
}

// Runs one 'sending' -> next state update; Conflict when the row was not being sent.
Result<void> finish_attempt(db::Connection& c, db::Statement& update, std::int64_t id) {
  if (auto done = update.run(); !done) return done.error();
  if (c.changes() == 0) return conflict("outbox row " + std::to_string(id) + " is not being sent");
  return {};
}

}  // namespace

std::span<const Migration> outbox_migrations() { return kMigrations; }

Seconds retry_delay(int failed_attempts) {
  constexpr std::array<Seconds, 5> kFirstDelays = {60, 5 * 60, 15 * 60, 30 * 60, 3600};
  if (failed_attempts < 1) return kFirstDelays[0];
  if (failed_attempts <= static_cast<int>(kFirstDelays.size())) return kFirstDelays[failed_attempts - 1];
  return 2 * 3600;
}

Result<std::int64_t> queue_mail(db::Connection& c, const Message& message, const std::string& from, Seconds now) {
  std::string recipient = trim(message.to);
  if (!is_sendable_address(recipient)) return Error{ErrorKind::Invalid, "recipient address is not valid"};
  Message cleaned = message;
  cleaned.to = recipient;
  Envelope envelope{from, make_message_id(from), now};
  std::string mime = build_mime(cleaned, envelope);
  auto insert = c.prepare(kInsert);
  insert.bind(":message_id", envelope.message_id)
      .bind(":recipient", recipient)
      .bind(":subject", normalize_nfc(message.subject))
      .bind(":kind", message.kind)
      .bind(":mime", mime)
      .bind(":now", now);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

Result<int> requeue_interrupted(db::Db& db) {
  return db.write<int>([](db::Connection& c) -> Result<int> {
    if (auto done = c.prepare(kRequeueInterrupted).run(); !done) return done.error();
    return c.changes();
  });
}

std::optional<OutboxEntry> claim_next_due(db::Db& db, Seconds now) {
  auto claimed = db.write<std::optional<OutboxEntry>>([&](db::Connection& c) -> Result<std::optional<OutboxEntry>> {
    std::optional<OutboxEntry> entry;
    {
      auto select = c.prepare(kSelectNextDue);
      select.bind(":now", now);
      if (select.next()) entry = read_entry(select);
      if (select.error()) return *select.error();
    }
    if (!entry) return entry;
    auto mark = c.prepare(kMarkSending);
    mark.bind(":id", entry->id).bind(":now", now);
    if (auto done = mark.run(); !done) return done.error();
    entry->status = OutboxStatus::Sending;
    return entry;
  });
  if (!claimed) {
    log_error("outbox: cannot claim the next mail: {}", claimed.error().detail);
    return std::nullopt;
  }
  return std::move(*claimed);
}

Result<void> mark_sent(db::Db& db, std::int64_t id, Seconds now) {
  return db.write_void([&](db::Connection& c) {
    auto update = c.prepare(kMarkSent);
    update.bind(":id", id).bind(":now", now);
    return finish_attempt(c, update, id);
  });
}

Result<int> forget_old_mail(db::Db& db, Seconds now) {
  return db.write<int>([&](db::Connection& c) -> Result<int> {
    auto remove = c.prepare(kForgetOld);
    remove.bind(":before", now - kOutboxRetention);
    if (auto done = remove.run(); !done) return done.error();
    return c.changes();
  });
}

Result<void> mark_retry(db::Db& db, std::int64_t id, const std::string& reason, Seconds now) {
  return db.write_void([&](db::Connection& c) -> Result<void> {
    int attempts = 0;
    Seconds created_at = 0;
    {
      auto select = c.prepare(kSelectSending);
      select.bind(":id", id);
      if (!select.next()) {
        if (select.error()) return *select.error();
        return conflict("outbox row " + std::to_string(id) + " is not being sent");
      }
      attempts = static_cast<int>(select.integer(0)) + 1;
      created_at = select.integer(1);
    }
    Seconds give_up_at = created_at + kRetryWindow;
    if (now >= give_up_at) {
      auto update = c.prepare(kMarkFailed);
      update.bind(":id", id).bind(":now", now).bind(
          ":reason", stored_reason("gave up after " + std::to_string(attempts) +
                                   " attempts in five days; last reply: " + reason));
      return finish_attempt(c, update, id);
    }
    // The last try falls on the deadline itself, so a server that is back by then still gets it.
    Seconds next_attempt_at = std::min(now + retry_delay(attempts), give_up_at);
    auto update = c.prepare(kMarkRetry);
    update.bind(":id", id).bind(":now", now).bind(":next_attempt_at", next_attempt_at).bind(":reason",
                                                                                          stored_reason(reason));
    return finish_attempt(c, update, id);
  });
}

Result<void> mark_failed(db::Db& db, std::int64_t id, const std::string& reason, Seconds now) {
  return db.write_void([&](db::Connection& c) {
    auto update = c.prepare(kMarkFailed);
    update.bind(":id", id).bind(":now", now).bind(":reason", stored_reason(reason));
    return finish_attempt(c, update, id);
  });
}

std::vector<OutboxEntry> list_outbox(db::Db& db, std::optional<OutboxStatus> status, int limit) {
  return db.read([&](db::Connection& c) {
    std::vector<OutboxEntry> entries;
    auto select = c.prepare(kList);
    if (status) select.bind(":status", status_name(*status));
    else select.bind(":status", std::nullopt);
    select.bind(":limit", limit);
    while (select.next()) entries.push_back(read_entry(select));
    return entries;
  });
}

std::optional<OutboxEntry> find_outbox_entry(db::Db& db, std::int64_t id) {
  return db.read([&](db::Connection& c) -> std::optional<OutboxEntry> {
    auto select = c.prepare(kFind);
    select.bind(":id", id);
    if (!select.next()) return std::nullopt;
    return read_entry(select);
  });
}

OutboxCounts count_outbox(db::Db& db) {
  return db.read([](db::Connection& c) {
    OutboxCounts counts;
    auto select = c.prepare(kCount);
    while (select.next()) {
      int count = static_cast<int>(select.integer(1));
      switch (parse_outbox_status(select.text(0)).value_or(OutboxStatus::Queued)) {
        case OutboxStatus::Queued: counts.queued = count; break;
        case OutboxStatus::Sending: counts.sending = count; break;
        case OutboxStatus::Sent: counts.sent = count; break;
        case OutboxStatus::Failed: counts.failed = count; break;
      }
    }
    return counts;
  });
}

std::string_view status_name(OutboxStatus status) {
  switch (status) {
    case OutboxStatus::Queued: return "queued";
    case OutboxStatus::Sending: return "sending";
    case OutboxStatus::Sent: return "sent";
    case OutboxStatus::Failed: return "failed";
  }
  return "queued";
}

std::optional<OutboxStatus> parse_outbox_status(std::string_view name) {
  for (OutboxStatus status : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed})
    if (status_name(status) == name) return status;
  return std::nullopt;
}

}  // namespace omzien::mail
