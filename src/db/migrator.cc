#include "db/migrator.h"

#include <algorithm>
#include <set>

#include "core/log.h"

namespace omzien::db {
namespace {

constexpr std::string_view kCreateLedger = R"sql(
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at INTEGER NOT NULL DEFAULT (unixepoch())
  ) STRICT
)sql";
constexpr std::string_view kSelectApplied = "SELECT id FROM schema_migrations";
constexpr std::string_view kRecord = "INSERT INTO schema_migrations (id) VALUES (:id)";
constexpr std::string_view kCount = "SELECT count(*) FROM schema_migrations";

}  // namespace

Result<MigrationReport> apply_migrations(Db& db, std::vector<Migration> migrations) {
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.id < b.id; });
  for (std::size_t i = 1; i < migrations.size(); ++i) {
    if (migrations[i].id == migrations[i - 1].id)
      return internal_error("two migrations share the id " + std::string(migrations[i].id));
  }
  if (auto made = db.write_void([](Connection& c) { return c.execute(kCreateLedger); }); !made)
    return made.error();
  std::set<std::string> applied = db.read([](Connection& c) {
    std::set<std::string> ids;
    auto select = c.prepare(kSelectApplied);
    while (select.next()) ids.insert(select.text(0));
    return ids;
  });
  MigrationReport report;
  for (const Migration& step : migrations) {
    if (applied.count(std::string(step.id))) continue;
    auto done = db.write_void([&](Connection& c) -> Result<void> {
      if (auto ran = c.execute(step.sql); !ran) return ran.error();
      return c.prepare(kRecord).bind(":id", step.id).run();
    });
    if (!done) return internal_error("migration " + std::string(step.id) + " failed: " + done.error().detail);
    log_info("schema step applied: {}", step.id);
    ++report.applied;
  }
  auto counted = db.write<int>([](Connection& c) -> Result<int> {
    int count = static_cast<int>(c.prepare(kCount).single_integer().value_or(0));
    if (auto set = c.execute("PRAGMA user_version=" + std::to_string(count)); !set) return set.error();
    return count;
  });
  if (!counted) return counted.error();
  report.schema_version = *counted;
  return report;
}

}  // namespace omzien::db
