#include "audit/audit.h"

namespace omzien::audit {
namespace {

constexpr Migration kMigrations[] = {
    {"2026-11-28-00-audit-log", R"sql(
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_account_id INTEGER,
        actor_label TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX audit_log_subject ON audit_log(subject, at);
      CREATE INDEX audit_log_at ON audit_log(at);
    )sql"},
};

constexpr std::string_view kInsert = R"sql(
  INSERT INTO audit_log (at, actor_account_id, actor_label, action, subject, detail)
  VALUES (:at, :actor, :label, :action, :subject, :detail)
)sql";
constexpr std::string_view kListAll = R"sql(
  SELECT id, at, actor_account_id, actor_label, action, subject, detail
  FROM audit_log ORDER BY id DESC LIMIT :limit
)sql";
constexpr std::string_view kListSubject = R"sql(
  SELECT id, at, actor_account_id, actor_label, action, subject, detail
  FROM audit_log WHERE subject = :subject ORDER BY id DESC LIMIT :limit
)sql";

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

Result<void> record(db::Connection& c, const Entry& entry) {
  return c.prepare(kInsert)
      .bind(":at", entry.at)
      .bind(":actor", entry.actor_account_id)
      .bind(":label", entry.actor_label)
      .bind(":action", entry.action)
      .bind(":subject", entry.subject)
      .bind(":detail", entry.detail)
      .run();
}

std::vector<Entry> list_entries(db::Db& db, std::optional<std::string> subject, int limit) {
  return db.read([&](db::Connection& c) {
    auto select = subject ? c.prepare(kListSubject) : c.prepare(kListAll);
    if (subject) select.bind(":subject", *subject);
    select.bind(":limit", limit);
    std::vector<Entry> entries;
    while (select.next()) {
      entries.push_back({select.integer(0), select.integer(1), select.optional_integer(2), select.text(3),
                         select.text(4), select.text(5), select.text(6)});
    }
    return entries;
  });
}

}  // namespace omzien::audit
