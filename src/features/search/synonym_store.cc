#include "features/search/synonym_store.h"

namespace omzien::search_pages {
namespace {

constexpr std::string_view kListGroups = "SELECT id, words, also_finds, changed_at FROM search_synonyms ORDER BY id";
constexpr std::string_view kFindGroup = "SELECT id, words, also_finds, changed_at FROM search_synonyms WHERE id = :id";
constexpr std::string_view kInsertGroup = R"sql(
  INSERT INTO search_synonyms (words, also_finds, changed_at) VALUES (:words, :also_finds, :changed_at)
)sql";
constexpr std::string_view kUpdateGroup = R"sql(
  UPDATE search_synonyms SET words = :words, also_finds = :also_finds, changed_at = :changed_at WHERE id = :id
)sql";
constexpr std::string_view kDeleteGroup = "DELETE FROM search_synonyms WHERE id = :id";

SynonymGroup group_of(const db::Statement& row) {
  return {.id = row.integer(0), .words = phrases_of(row.text(1)), .also_finds = phrases_of(row.text(2)),
          .changed_at = row.integer(3)};
}

Result<void> changed_one(db::Connection& c, Result<void> done) {
  if (!done) return done;
  if (c.changes() == 0) return Error{ErrorKind::NotFound, "synonym group not found"};
  return {};
}

}  // namespace

std::vector<SynonymGroup> list_synonym_groups(db::Connection& c) {
  std::vector<SynonymGroup> out;
  auto select = c.prepare(kListGroups);
  while (select.next()) out.push_back(group_of(select));
  return out;
}

std::optional<SynonymGroup> find_synonym_group(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kFindGroup);
  select.bind(":id", id);
  if (!select.next()) return std::nullopt;
  return group_of(select);
}

Result<SynonymGroup> insert_synonym_group(db::Connection& c, SynonymGroup group) {
  auto insert = c.prepare(kInsertGroup);
  insert.bind(":words", joined(group.words));
  insert.bind(":also_finds", joined(group.also_finds));
  insert.bind(":changed_at", group.changed_at);
  if (auto done = insert.run(); !done) return done.error();
  group.id = c.last_insert_id();
  return group;
}

Result<void> update_synonym_group(db::Connection& c, const SynonymGroup& group) {
  auto update = c.prepare(kUpdateGroup);
  update.bind(":id", group.id);
  update.bind(":words", joined(group.words));
  update.bind(":also_finds", joined(group.also_finds));
  update.bind(":changed_at", group.changed_at);
  return changed_one(c, update.run());
}

Result<void> delete_synonym_group(db::Connection& c, std::int64_t id) {
  auto remove = c.prepare(kDeleteGroup);
  remove.bind(":id", id);
  return changed_one(c, remove.run());
}

}  // namespace omzien::search_pages
