#include "features/initiatives/directory_query.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "core/text.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

// One static statement for every combination of filters: each filter is a JSON array bound as
// a parameter (empty array: no filter), read with json_each. No SQL is built from values.
constexpr std::string_view kMatch = R"sql(
  i.status = 'published'
  AND (json_array_length(:themes) = 0 OR EXISTS (SELECT 1 FROM initiative_themes t
       WHERE t.initiative_id = i.id AND t.theme_id IN (SELECT value FROM json_each(:themes))))
  AND (json_array_length(:groups) = 0 OR EXISTS (SELECT 1 FROM initiative_target_groups g
       WHERE g.initiative_id = i.id AND g.target_group_id IN (SELECT value FROM json_each(:groups))))
  AND (json_array_length(:municipalities) = 0 OR i.municipality_code IN (SELECT value FROM json_each(:municipalities)))
  AND (:phase = '' OR i.phase = :phase)
  AND (:any_id = 1 OR i.id IN (SELECT value FROM json_each(:ids)))
)sql";

std::string sql(std::string_view head, std::string_view tail) {
  return std::string(head) + std::string(kMatch) + std::string(tail);
}

const std::string& page_by_newest() {
  static const std::string s = sql(
      "SELECT i.id, i.slug, i.name, i.sentence, i.municipality_code, i.place, i.photo, i.claimed, i.affiliated,"
      " (SELECT group_concat(theme_id, ',') FROM initiative_themes WHERE initiative_id = i.id)"
      " FROM initiatives i WHERE ",
      " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit OFFSET :offset");
  return s;
}
const std::string& page_by_name() {
  static const std::string s = sql(
      "SELECT i.id, i.slug, i.name, i.sentence, i.municipality_code, i.place, i.photo, i.claimed, i.affiliated,"
      " (SELECT group_concat(theme_id, ',') FROM initiative_themes WHERE initiative_id = i.id)"
      " FROM initiatives i WHERE ",
      " ORDER BY i.sort_key, i.id LIMIT :limit OFFSET :offset");
  return s;
}
const std::string& count_all() {
  static const std::string s = sql("SELECT count(*) FROM initiatives i WHERE ", "");
  return s;
}
const std::string& count_by_theme() {
  static const std::string s = sql(
      "SELECT t.theme_id, count(*) FROM initiative_themes t JOIN initiatives i ON i.id = t.initiative_id WHERE ",
      " GROUP BY t.theme_id");
  return s;
}
const std::string& count_by_group() {
  static const std::string s = sql(
      "SELECT g.target_group_id, count(*) FROM initiative_target_groups g JOIN initiatives i"
      " ON i.id = g.initiative_id WHERE ",
      " GROUP BY g.target_group_id");
  return s;
}
const std::string& count_by_municipality() {
  static const std::string s = sql("SELECT i.municipality_code, count(*) FROM initiatives i WHERE ",
                                   " GROUP BY i.municipality_code");
  return s;
}
const std::string& count_by_phase() {
  static const std::string s = sql("SELECT i.phase, count(*) FROM initiatives i WHERE ", " AND i.phase != '' GROUP BY i.phase");
  return s;
}

std::string json_list(const std::vector<std::string>& values) { return nlohmann::json(values).dump(); }

void bind_filters(db::Statement& s, const std::vector<std::string>& themes, const std::vector<std::string>& groups,
                  const std::vector<std::string>& municipalities, const std::string& phase,
                  const std::optional<std::vector<std::int64_t>>& ids) {
  s.bind(":themes", json_list(themes)).bind(":groups", json_list(groups))
      .bind(":municipalities", json_list(municipalities)).bind(":phase", phase);
  s.bind(":any_id", !ids).bind(":ids", ids ? nlohmann::json(*ids).dump() : "[]");
}

std::map<std::string, int> counts_of(db::Statement&& s) {
  std::map<std::string, int> out;
  while (s.next()) out[s.text(0)] = static_cast<int>(s.integer(1));
  return out;
}

// Only well-formed ids pass: a value is used as a filter, never as SQL, but junk would make
// links and counts confusing.
std::vector<std::string> clean_values(std::vector<std::string> values) {
  std::vector<std::string> out;
  for (auto& value : values) {
    std::string v = trim(value);
    if (v.empty() || v.size() > 60 || std::find(out.begin(), out.end(), v) != out.end()) continue;
    out.push_back(v);
    if (out.size() >= 30) break;
  }
  return out;
}

std::optional<double> parse_degrees(const std::string& text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string degrees_text(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::round(value * 10000.0) / 10000.0);
  return error == std::errc() ? std::string(buffer, end) : "";
}

// Near me: a place or postcode as typed, or the browser's spot (only inside the province), and a
// distance in whole kilometres.
void read_near(const http::Params& params, DirectoryQuery& q) {
  q.near_place = trim(params.get("bij"));
  if (utf8_length(q.near_place) > 80) q.near_place.clear();
  auto lat = parse_degrees(params.get("lat"));
  auto lon = parse_degrees(params.get("lon"));
  if (lat && lon && geo::inside_province({*lat, *lon})) {
    q.near_lat = lat;
    q.near_lon = lon;
  }
  if (!q.has_near()) return;
  try {
    q.near_km = std::clamp(std::stoi(params.get("km")), 1, 100);
  } catch (...) {
    q.near_km = 10;
  }
}

// Rows from page_by_newest() or page_by_name().
std::vector<DirectoryEntry> read_entries(db::Statement& select) {
  std::vector<DirectoryEntry> entries;
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
    entries.push_back(std::move(e));
  }
  return entries;
}

// Nearest first: in the order of `ids` (near me sorted them by distance).
void order_like(std::vector<DirectoryEntry>& entries, const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::size_t> rank;
  for (std::size_t i = 0; i < ids.size(); ++i) rank.emplace(ids[i], i);
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const DirectoryEntry& a, const DirectoryEntry& b) { return rank[a.id] < rank[b.id]; });
}

}  // namespace

DirectoryQuery DirectoryQuery::from_params(const http::Params& params) {
  DirectoryQuery q;
  q.themes = clean_values(params.all("thema"));
  q.target_groups = clean_values(params.all("doelgroep"));
  q.municipalities = clean_values(params.all("gemeente"));
  std::string phase = params.get("fase");
  q.phase = phase == "startend" || phase == "gevestigd" ? phase : "";
  read_near(params, q);
  // With near me, nearest first unless another order was chosen.
  std::string sort = params.get("sorteer");
  if (sort == "naam") {
    q.sort = DirectorySort::Name;
  } else if (q.has_near() && sort != "nieuw") {
    q.sort = DirectorySort::Distance;
  } else {
    q.sort = DirectorySort::Newest;
  }
  try {
    q.page = std::clamp(std::stoi(params.get("pagina")), 1, 10000);
  } catch (...) {
    q.page = 1;
  }
  return q;
}

std::string DirectoryQuery::to_query_string(int page_override) const {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& v : themes) pairs.emplace_back("thema", v);
  for (const auto& v : target_groups) pairs.emplace_back("doelgroep", v);
  for (const auto& v : municipalities) pairs.emplace_back("gemeente", v);
  if (!phase.empty()) pairs.emplace_back("fase", phase);
  if (!near_place.empty()) {
    pairs.emplace_back("bij", near_place);
  } else if (near_lat && near_lon) {
    pairs.emplace_back("lat", degrees_text(*near_lat));
    pairs.emplace_back("lon", degrees_text(*near_lon));
  }
  if (has_near()) pairs.emplace_back("km", std::to_string(near_km));
  if (sort == DirectorySort::Name) pairs.emplace_back("sorteer", "naam");
  if (sort == DirectorySort::Newest && has_near()) pairs.emplace_back("sorteer", "nieuw");
  int p = page_override ? page_override : page;
  if (p > 1) pairs.emplace_back("pagina", std::to_string(p));
  std::string out;
  for (const auto& [name, value] : pairs) out += (out.empty() ? "" : "&") + name + "=" + url_encode(value);
  return out;
}

DirectoryPage find_directory_page(db::Connection& c, const DirectoryQuery& q) {
  DirectoryPage page;
  auto total = c.prepare(count_all());
  bind_filters(total, q.themes, q.target_groups, q.municipalities, q.phase, q.only_ids);
  page.total = static_cast<int>(total.single_integer().value_or(0));

  std::int64_t offset = static_cast<std::int64_t>(q.page - 1) * q.per_page;
  if (q.sort == DirectorySort::Distance && q.only_ids) {
    // Near me limits the rows to those within reach; sorting them by distance happens here.
    page.entries = find_all_directory_entries(c, q);
    auto first = std::min<std::size_t>(page.entries.size(), static_cast<std::size_t>(offset));
    auto last = std::min<std::size_t>(page.entries.size(), first + static_cast<std::size_t>(q.per_page));
    page.entries = std::vector<DirectoryEntry>(page.entries.begin() + first, page.entries.begin() + last);
  } else {
    auto select = c.prepare(q.sort == DirectorySort::Name ? page_by_name() : page_by_newest());
    bind_filters(select, q.themes, q.target_groups, q.municipalities, q.phase, q.only_ids);
    select.bind(":limit", q.per_page).bind(":offset", offset);
    page.entries = read_entries(select);
  }

  // Each kind's counts apply the other kinds' filters, so a count says what choosing that value
  // (in addition) would show.
  auto themes = c.prepare(count_by_theme());
  bind_filters(themes, {}, q.target_groups, q.municipalities, q.phase, q.only_ids);
  page.counts["thema"] = counts_of(std::move(themes));
  auto groups = c.prepare(count_by_group());
  bind_filters(groups, q.themes, {}, q.municipalities, q.phase, q.only_ids);
  page.counts["doelgroep"] = counts_of(std::move(groups));
  auto places = c.prepare(count_by_municipality());
  bind_filters(places, q.themes, q.target_groups, {}, q.phase, q.only_ids);
  page.counts["gemeente"] = counts_of(std::move(places));
  auto phases = c.prepare(count_by_phase());
  bind_filters(phases, q.themes, q.target_groups, q.municipalities, "", q.only_ids);
  page.counts["fase"] = counts_of(std::move(phases));
  return page;
}

std::vector<DirectoryEntry> find_all_directory_entries(db::Connection& c, const DirectoryQuery& q) {
  auto select = c.prepare(q.sort == DirectorySort::Name ? page_by_name() : page_by_newest());
  bind_filters(select, q.themes, q.target_groups, q.municipalities, q.phase, q.only_ids);
  select.bind(":limit", -1).bind(":offset", 0);
  std::vector<DirectoryEntry> entries = read_entries(select);
  if (q.sort == DirectorySort::Distance && q.only_ids) order_like(entries, *q.only_ids);
  return entries;
}

}  // namespace omzien::initiatives
