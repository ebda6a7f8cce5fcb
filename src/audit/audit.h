// The audit log: who did what to whom, for staff actions and changes to other people's data.
// Entries hold ids and short descriptions, never e-mail addresses or codes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/feature.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::audit {

struct Entry {
  std::int64_t id = 0;
  Seconds at = 0;
  std::optional<std::int64_t> actor_account_id;  // nullopt: the system or the command line
  std::string actor_label;                        // the actor's name when it happened
  std::string action;                             // "staff.phone_code", "initiative.hide", ...
  std::string subject;                            // "account:12", "initiative:zeist-repair-cafe"
  std::string detail;                             // Dutch, short, for staff
};

std::span<const Migration> migrations();

// Writes an entry in the caller's transaction, so it commits or vanishes with the change.
Result<void> record(db::Connection& c, const Entry& entry);

// The newest entries, optionally only those about `subject` ("account:12").
std::vector<Entry> list_entries(db::Db& db, std::optional<std::string> subject, int limit);

}  // namespace omzien::audit
