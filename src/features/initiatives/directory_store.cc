#include "features/initiatives/directory_store.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

#include "core/text.h"

namespace omzien::initiatives {
namespace {

// Both orders walk an index (status, created_at) or (status, sort_key) that already holds the
// order: no sorting per request. The Dutch sort key is computed once, when a profile is saved.
constexpr std::string_view kRowsByNewest = R"sql(
  SELECT id, municipality_code, phase FROM initiatives WHERE status = 'published'
  ORDER BY created_at DESC, id DESC
)sql";
constexpr std::string_view kRowsByName = R"sql(
  SELECT id, municipality_code, phase FROM initiatives WHERE status = 'published'
  ORDER BY sort_key, id
)sql";
// Whole link tables: two quick scans instead of a subquery per profile.
constexpr std::string_view kAllThemes = "SELECT initiative_id, theme_id FROM initiative_themes";
constexpr std::string_view kAllGroups = "SELECT initiative_id, target_group_id FROM initiative_target_groups";
constexpr std::string_view kEntries = R"sql(
  SELECT i.id, i.slug, i.name, i.sentence, i.municipality_code, i.place, i.photo, i.claimed, i.affiliated,
    (SELECT group_concat(theme_id, ',') FROM initiative_themes WHERE initiative_id = i.id)
  FROM initiatives i WHERE i.id IN (SELECT value FROM json_each(:ids))
)sql";

// Numbers for the distinct values of one kind, in order of first appearance.
class Numbering {
 public:
  explicit Numbering(std::vector<std::string>& values) : values_(values) {}
  int number_of(const std::string& value) {
    auto [it, added] = numbers_.emplace(value, static_cast<int>(values_.size()));
    if (added) values_.push_back(value);
    return it->second;
  }

 private:
  std::vector<std::string>& values_;
  std::unordered_map<std::string, int> numbers_;
};

// Adds each link (profile id, value) of `select` to the row of that profile, if it is listed.
void add_links(db::Statement&& select, std::vector<DirectoryRow>& rows,
               const std::unordered_map<std::int64_t, std::size_t>& row_of, std::vector<std::string>& values,
               std::vector<int> DirectoryRow::*member) {
  Numbering numbering(values);
  while (select.next()) {
    auto it = row_of.find(select.integer(0));
    if (it == row_of.end()) continue;  // a hidden profile
    (rows[it->second].*member).push_back(numbering.number_of(select.text(1)));
  }
}

}  // namespace

DirectoryRows list_directory_rows(db::Connection& c, DirectorySort sort) {
  DirectoryRows out;
  Numbering municipalities(out.municipality_codes), phases(out.phases);
  std::unordered_map<std::int64_t, std::size_t> row_of;
  auto select = c.prepare(sort == DirectorySort::Name ? kRowsByName : kRowsByNewest);
  while (select.next()) {
    DirectoryRow row;
    row.id = select.integer(0);
    row.municipality = municipalities.number_of(select.text(1));
    row.phase = phases.number_of(select.text(2));
    row_of.emplace(row.id, out.rows.size());
    out.rows.push_back(std::move(row));
  }
  add_links(c.prepare(kAllThemes), out.rows, row_of, out.theme_ids, &DirectoryRow::themes);
  add_links(c.prepare(kAllGroups), out.rows, row_of, out.target_group_ids, &DirectoryRow::target_groups);
  return out;
}

std::vector<DirectoryEntry> find_directory_entries(db::Connection& c, const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, DirectoryEntry> found;
  auto select = c.prepare(kEntries);
  select.bind(":ids", nlohmann::json(ids).dump());
  while (select.next()) {
    DirectoryEntry e;
    e.id = select.integer(0);
    e.slug = select.text(1);
    e.name = select.text(2);
    e.sentence = select.text(3);
    e.municipality_code = select.text(4);
    e.place = select.text(5);
    e.photo = select.text(6);
    e.claimed = select.integer(7) != 0;
    e.affiliated = select.integer(8) != 0;
    for (auto& theme : split(select.text(9), ','))
      if (!theme.empty()) e.themes.push_back(theme);
    found.emplace(e.id, std::move(e));
  }
  std::vector<DirectoryEntry> entries;
  entries.reserve(found.size());
  for (auto id : ids)
    if (auto it = found.find(id); it != found.end()) entries.push_back(it->second);
  return entries;
}

}  // namespace omzien::initiatives
