// The durable outbox: every mail is first a row, written in the same transaction as the change
// that caused it. The sender delivers rows; nothing is ever dropped.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/feature.h"
#include "core/result.h"
#include "db/db.h"
#include "mail/message.h"

namespace omzien::mail {

enum class OutboxStatus { Queued, Sending, Sent, Failed };

struct OutboxEntry {
  std::int64_t id = 0;
  std::string message_id;
  std::string recipient;  // shown to staff only
  std::string subject;
  std::string kind;
  OutboxStatus status = OutboxStatus::Queued;
  int attempts = 0;
  Seconds created_at = 0;
  Seconds next_attempt_at = 0;
  std::optional<Seconds> sent_at;
  std::string last_error;  // the SMTP server's reply, for staff
  std::string mime;        // the full message (fixed at queue time, reused on every retry)
};

// The outbox table's schema steps.
std::span<const Migration> outbox_migrations();

// How long a temporarily failing mail is retried after it was queued (RFC 5321 §4.5.4.1).
constexpr Seconds kRetryWindow = 5 * 24 * 3600;
// The wait after the n-th failed attempt: 1 min, 5, 15, 30, 1 h, then every 2 h.
Seconds retry_delay(int failed_attempts);

// Queues `message` inside the caller's write transaction. The Message-ID and Date are fixed here,
// and the MIME text is stored, so every retry sends the same message. Fails with
// ErrorKind::Invalid when the recipient is not a plain ASCII address. Call Sender::notify() after
// the transaction commits.
Result<std::int64_t> queue_mail(db::Connection& c, const Message& message, const std::string& from, Seconds now);

// Marks rows left in 'sending' by a crash as queued again (run at start-up, before the sender;
// Sender::start() does it). Returns how many. A mail the server had accepted just before the
// crash is sent again, with the same Message-ID: at least once, never lost.
Result<int> requeue_interrupted(db::Db& db);

// Takes the next due row and marks it 'sending'; nullopt when nothing is due.
std::optional<OutboxEntry> claim_next_due(db::Db& db, Seconds now);
// The mark_ functions apply to a row in 'sending' (claimed) and count the attempt; another row
// fails with ErrorKind::Conflict.
// Delivery succeeded; the stored text is emptied (it was kept only to send it).
Result<void> mark_sent(db::Db& db, std::int64_t id, Seconds now);
// A temporary failure (4xx, unreachable): retry with backoff, up to five days after queueing
// (RFC 5321 §4.5.4.1); after that the row becomes failed.
Result<void> mark_retry(db::Db& db, std::int64_t id, const std::string& reason, Seconds now);
// A permanent failure (5xx): staff see the reason.
Result<void> mark_failed(db::Db& db, std::int64_t id, const std::string& reason, Seconds now);

// How long a sent or failed mail stays listed for staff (to whom, about what, when, the server's
// reply). Its text is gone as soon as it is sent (mark_sent).
constexpr Seconds kOutboxRetention = 90 * 24 * 3600;
// Deletes sent and failed mails last changed more than kOutboxRetention ago; returns how many.
// A scheduled job runs it.
Result<int> forget_old_mail(db::Db& db, Seconds now);

// The newest rows for staff's overview, optionally of one status; without the MIME text.
std::vector<OutboxEntry> list_outbox(db::Db& db, std::optional<OutboxStatus> status, int limit);
// One row with its MIME text; nullopt when there is no such row.
std::optional<OutboxEntry> find_outbox_entry(db::Db& db, std::int64_t id);
// Counts per status, for the staff page.
struct OutboxCounts { int queued = 0, sending = 0, sent = 0, failed = 0; };
OutboxCounts count_outbox(db::Db& db);

std::string_view status_name(OutboxStatus status);  // "queued", "sending", "sent", "failed"
// The status a name stands for (a staff page's ?status= filter); nullopt for anything else.
std::optional<OutboxStatus> parse_outbox_status(std::string_view name);

}  // namespace omzien::mail
