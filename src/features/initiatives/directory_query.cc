#include "features/initiatives/directory_query.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/text.h"
#include "features/initiatives/directory_store.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

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

// The query's filters as numbers into `rows`' lists; a value no published profile has matches nothing.
struct Wanted {
  std::vector<bool> themes, groups, municipalities, phases;  // by number; empty: any
  std::unordered_set<std::int64_t> ids;
  bool any_id = true;
};

std::vector<bool> wanted_numbers(const std::vector<std::string>& chosen, const std::vector<std::string>& values) {
  if (chosen.empty()) return {};
  std::vector<bool> wanted(values.size() + 1, false);  // never empty once something is chosen
  for (std::size_t n = 0; n < values.size(); ++n)
    wanted[n] = std::find(chosen.begin(), chosen.end(), values[n]) != chosen.end();
  return wanted;
}

Wanted wanted_of(const DirectoryQuery& q, const DirectoryRows& rows) {
  Wanted w;
  w.themes = wanted_numbers(q.themes, rows.theme_ids);
  w.groups = wanted_numbers(q.target_groups, rows.target_group_ids);
  w.municipalities = wanted_numbers(q.municipalities, rows.municipality_codes);
  w.phases = wanted_numbers(q.phase.empty() ? std::vector<std::string>{} : std::vector<std::string>{q.phase}, rows.phases);
  w.any_id = !q.only_ids;
  if (q.only_ids) w.ids.insert(q.only_ids->begin(), q.only_ids->end());
  return w;
}

bool any_of(const std::vector<bool>& wanted, const std::vector<int>& numbers) {
  if (wanted.empty()) return true;
  for (int n : numbers)
    if (wanted[static_cast<std::size_t>(n)]) return true;
  return false;
}

bool one_of(const std::vector<bool>& wanted, int number) {
  return wanted.empty() || wanted[static_cast<std::size_t>(number)];
}

// Which of a row's filters hold.
struct Fit {
  bool theme, group, municipality, phase;
};

Fit fit_of(const Wanted& w, const DirectoryRow& row) {
  return {any_of(w.themes, row.themes), any_of(w.groups, row.target_groups), one_of(w.municipalities, row.municipality),
          one_of(w.phases, row.phase)};
}

bool in_reach(const Wanted& w, const DirectoryRow& row) { return w.any_id || w.ids.count(row.id) > 0; }

// The ids of the matching rows, in the rows' order; nearest first when sorting by distance.
std::vector<std::int64_t> matching_ids(const DirectoryQuery& q, const DirectoryRows& rows, const Wanted& w) {
  std::vector<std::int64_t> ids;
  for (const auto& row : rows.rows) {
    Fit fit = fit_of(w, row);
    if (fit.theme && fit.group && fit.municipality && fit.phase && in_reach(w, row)) ids.push_back(row.id);
  }
  if (q.sort == DirectorySort::Distance && q.only_ids) {
    // In the order of `only_ids` (near me sorted them by distance), newest first among equals.
    std::unordered_map<std::int64_t, std::size_t> rank;
    for (std::size_t i = 0; i < q.only_ids->size(); ++i) rank.emplace((*q.only_ids)[i], i);
    std::stable_sort(ids.begin(), ids.end(), [&](std::int64_t a, std::int64_t b) { return rank[a] < rank[b]; });
  }
  return ids;
}

// Each kind's counts apply the other kinds' filters, so a count says what choosing that value
// (in addition) would show.
std::map<std::string, std::map<std::string, int>> counts_of(const DirectoryRows& rows, const Wanted& w) {
  std::vector<int> themes(rows.theme_ids.size()), groups(rows.target_group_ids.size()),
      municipalities(rows.municipality_codes.size()), phases(rows.phases.size());
  for (const auto& row : rows.rows) {
    if (!in_reach(w, row)) continue;
    Fit fit = fit_of(w, row);
    if (fit.group && fit.municipality && fit.phase)
      for (int n : row.themes) ++themes[static_cast<std::size_t>(n)];
    if (fit.theme && fit.municipality && fit.phase)
      for (int n : row.target_groups) ++groups[static_cast<std::size_t>(n)];
    if (fit.theme && fit.group && fit.phase) ++municipalities[static_cast<std::size_t>(row.municipality)];
    if (fit.theme && fit.group && fit.municipality) ++phases[static_cast<std::size_t>(row.phase)];
  }
  auto named = [](const std::vector<int>& counts, const std::vector<std::string>& values) {
    std::map<std::string, int> out;
    for (std::size_t n = 0; n < counts.size(); ++n)
      if (counts[n] > 0 && !values[n].empty()) out[values[n]] = counts[n];
    return out;
  };
  return {{"thema", named(themes, rows.theme_ids)},
          {"doelgroep", named(groups, rows.target_group_ids)},
          {"gemeente", named(municipalities, rows.municipality_codes)},
          {"fase", named(phases, rows.phases)}};
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

// One read of every published profile's filter facts, then filtering, counting and paging in
// memory: at 10,000 profiles six queries over the table (a count per kind) took 0.1-1 s a page.
DirectoryPage find_directory_page(db::Connection& c, const DirectoryQuery& q) {
  DirectoryRows rows = list_directory_rows(c, q.sort);
  Wanted wanted = wanted_of(q, rows);
  std::vector<std::int64_t> ids = matching_ids(q, rows, wanted);
  DirectoryPage page;
  page.total = static_cast<int>(ids.size());
  auto offset = std::min(ids.size(), static_cast<std::size_t>(q.page - 1) * static_cast<std::size_t>(q.per_page));
  auto end = std::min(ids.size(), offset + static_cast<std::size_t>(q.per_page));
  page.entries = find_directory_entries(c, std::vector<std::int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(offset),
                                                                     ids.begin() + static_cast<std::ptrdiff_t>(end)));
  page.counts = counts_of(rows, wanted);
  return page;
}

std::vector<DirectoryEntry> find_all_directory_entries(db::Connection& c, const DirectoryQuery& q) {
  DirectoryRows rows = list_directory_rows(c, q.sort);
  return find_directory_entries(c, matching_ids(q, rows, wanted_of(q, rows)));
}

}  // namespace omzien::initiatives
