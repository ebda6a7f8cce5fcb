// Search quality on the development set: imports initiatives-dev.json into a fresh data folder
// (the same import as `omzien import`, which indexes each profile as the server does), runs every
// judged query of queries-dev.json through the code path of /api/v1/zoeken (run_search) and prints mean nDCG@10, nDCG per query kind, the queries without results and
// the worst queries; the same for a plain baseline (SQLite FTS5, unicode61 remove_diacritics 2,
// bm25, all words required) on the same corpus in the same run. Figures only, no pass/fail.
//
//   bench_search_quality [initiatives.json] [queries.json] [--explain QUERY_ID]...
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>
#include <vector>

#include "app/bootstrap.h"
#include "core/log.h"
#include "features/initiatives/import.h"
#include "features/search/search_service.h"
#include "search/index.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using namespace omzien;

struct Query {
  std::string id, text, kind;
  std::map<std::string, int> grades;
};

double ndcg_at_10(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades) {
  double dcg = 0, ideal = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 10; ++i) {
    auto found = grades.find(ranked[i]);
    if (found != grades.end()) dcg += found->second / std::log2(static_cast<double>(i) + 2);
  }
  std::vector<int> sorted;
  for (const auto& [id, grade] : grades) sorted.push_back(grade);
  std::sort(sorted.rbegin(), sorted.rend());
  for (std::size_t i = 0; i < sorted.size() && i < 10; ++i) ideal += sorted[i] / std::log2(static_cast<double>(i) + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

std::vector<std::string> strings(const json& value) {
  std::vector<std::string> out;
  if (value.is_array())
    for (const auto& item : value) out.push_back(item.get<std::string>());
  return out;
}

// What a run of all queries gives.
struct Run {
  std::string name;
  std::map<std::string, double> ndcg;  // query id -> nDCG@10
  std::map<std::string, std::vector<std::string>> ranked;
  std::map<std::string, std::vector<bool>> similar;  // per rank: offered as "like the best matches"
  int zero_results = 0;
};

void print_run(const Run& run, const std::vector<Query>& queries) {
  double sum = 0;
  std::map<std::string, std::pair<double, int>> by_kind;
  for (const Query& query : queries) {
    double value = run.ndcg.at(query.id);
    sum += value;
    by_kind[query.kind].first += value;
    by_kind[query.kind].second += 1;
  }
  std::printf("%-28s mean nDCG@10 %.3f   zero-result queries %d of %zu\n", run.name.c_str(), sum / static_cast<double>(queries.size()),
              run.zero_results, queries.size());
  for (const auto& [kind, total] : by_kind)
    std::printf("    %-16s %.3f  (%d)\n", kind.c_str(), total.first / total.second, total.second);
}

class Fts5Baseline {
 public:
  explicit Fts5Baseline(const json& initiatives) {
    sqlite3_open(":memory:", &db_);
    exec("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, name, summary, description, themes, target_groups, offers, "
         "needs, place, municipality, tokenize = 'unicode61 remove_diacritics 2')");
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr);
    for (const auto& item : initiatives) {
      auto join = [](const std::vector<std::string>& items) {
        std::string out;
        for (const auto& s : items) out += s + " ";
        return out;
      };
      std::vector<std::string> values = {item.value("id", ""), item.value("name", ""), item.value("summary", ""),
                                         item.value("description", ""), join(strings(item["themes"])),
                                         join(strings(item["target_groups"])), join(strings(item["offers"])),
                                         join(strings(item["needs"])), item.value("place", ""), item.value("municipality", "")};
      for (std::size_t i = 0; i < values.size(); ++i)
        sqlite3_bind_text(insert, static_cast<int>(i + 1), values[i].c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_step(insert);
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
  }
  ~Fts5Baseline() { sqlite3_close(db_); }

  // Every word of the query required (FTS5's implicit AND), each quoted as a string.
  std::vector<std::string> search(const std::string& text) {
    std::string match;
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      match += (match.empty() ? "\"" : " \"") + word + "\"";
      word.clear();
    };
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ',' || c == '?' || c == '.') flush();
      else word += c;
    }
    flush();
    std::vector<std::string> out;
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(db_, "SELECT id FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 10", -1, &select, nullptr);
    sqlite3_bind_text(select, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(select) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)));
    sqlite3_finalize(select);
    return out;
  }

 private:
  void exec(const char* sql) { sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
  sqlite3* db_ = nullptr;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional, explain;
  bool per_query = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--per-query") per_query = true;
    else if (arg == "--explain" && i + 1 < argc) explain.push_back(argv[++i]);
    else positional.push_back(arg);
  }
  std::string initiatives_path = positional.size() > 0 ? positional[0] : "/work/shared/data/initiatives-dev.json";
  std::string queries_path = positional.size() > 1 ? positional[1] : (fs::path(initiatives_path).parent_path() / "queries-dev.json").string();
  if (!fs::exists(initiatives_path) || !fs::exists(queries_path)) {
    std::printf("skipped: %s or %s not found\n", initiatives_path.c_str(), queries_path.c_str());
    return 0;
  }
  set_log_level(LogLevel::Warning);
  json initiatives = json::parse(std::ifstream(initiatives_path));
  json query_list = json::parse(std::ifstream(queries_path));
  std::vector<Query> queries;
  std::map<std::string, std::string> names;
  for (const auto& item : initiatives) names[item.value("id", "")] = item.value("name", "") + " (" + item.value("place", "") + ")";
  for (const auto& item : query_list) {
    Query query{item.value("id", ""), item.value("q", ""), item.value("kind", ""), {}};
    for (const auto& [id, grade] : item["judgments"].items()) query.grades[id] = grade.get<int>();
    queries.push_back(std::move(query));
  }

  fs::path folder = fs::temp_directory_path() / ("omzien-search-quality-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  auto started = std::chrono::steady_clock::now();
  Config config;
  config.data_dir = folder.string();
  config.pdok_url.clear();  // offline: the gazetteer places the profiles, as in the tests
  auto app = open_app(std::move(config));
  if (!app) {
    std::printf("cannot open a data folder: %s\n", app.error().detail.c_str());
    return 1;
  }
  std::ifstream file(initiatives_path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto imported = initiatives::import_initiatives(**app, bytes);
  if (!imported || imported->created != static_cast<int>(initiatives.size())) {
    std::printf("import failed: %s\n", imported ? "not every row was imported" : imported.error().detail.c_str());
    return 1;
  }
  double build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

  Run ours{"omzien (Xapian + Dutch)", {}, {}, {}, 0};
  std::vector<double> latencies;
  for (const Query& query : queries) {
    search_pages::SearchRequest request;
    request.text = query.text;
    request.limit = 10;
    auto begin = std::chrono::steady_clock::now();
    auto outcome = search_pages::run_search(**app, request);
    latencies.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
    std::vector<std::string> ranked;
    std::vector<bool> similar;
    if (outcome) {
      for (const auto& found : outcome->initiatives) {
        ranked.push_back(found.initiative.external_id);
        similar.push_back(found.hit.similar);
      }
      if (outcome->results.total == 0) ++ours.zero_results;
    } else {
      std::printf("%s failed: %s\n", query.id.c_str(), outcome.error().detail.c_str());
    }
    ours.ndcg[query.id] = ndcg_at_10(ranked, query.grades);
    ours.ranked[query.id] = ranked;
    ours.similar[query.id] = similar;
  }

  Fts5Baseline fts(initiatives);
  Run baseline{"baseline (SQLite FTS5)", {}, {}, {}, 0};
  for (const Query& query : queries) {
    std::vector<std::string> ranked = fts.search(query.text);
    if (ranked.empty()) ++baseline.zero_results;
    baseline.ndcg[query.id] = ndcg_at_10(ranked, query.grades);
  }

  std::printf("corpus %zu initiatives, %zu queries; imported and indexed in %.0f ms (dictionary load included)\n",
              initiatives.size(), queries.size(), build_ms);
  std::sort(latencies.begin(), latencies.end());
  std::printf("query latency on this corpus: median %.2f ms, max %.2f ms\n\n", latencies[latencies.size() / 2], latencies.back());
  print_run(ours, queries);
  print_run(baseline, queries);

  std::vector<const Query*> worst;
  for (const Query& query : queries) worst.push_back(&query);
  std::sort(worst.begin(), worst.end(), [&](const Query* a, const Query* b) { return ours.ndcg[a->id] < ours.ndcg[b->id]; });
  std::printf("\nworst 10 queries (ours / baseline):\n");
  for (std::size_t i = 0; i < worst.size() && (i < 10 || per_query); ++i)
    std::printf("    %s %-14s %.3f / %.3f  %s\n", worst[i]->id.c_str(), worst[i]->kind.c_str(), ours.ndcg[worst[i]->id],
                baseline.ndcg[worst[i]->id], worst[i]->text.c_str());

  for (const auto& id : explain) {
    auto query = std::find_if(queries.begin(), queries.end(), [&](const Query& q) { return q.id == id || q.text == id; });
    if (query == queries.end()) continue;
    std::printf("\n%s \"%s\" nDCG %.3f\n", query->id.c_str(), query->text.c_str(), ours.ndcg[query->id]);
    const auto& ranked = ours.ranked[query->id];
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      auto grade = query->grades.find(ranked[i]);
      std::printf("  %2zu. [%d] %s%s %s\n", i + 1, grade == query->grades.end() ? 0 : grade->second, ranked[i].c_str(),
                  ours.similar[query->id][i] ? " (like)" : "", names[ranked[i]].c_str());
    }
    std::printf("  missing:");
    for (const auto& [judged, grade] : query->grades)
      if (std::find(ranked.begin(), ranked.end(), judged) == ranked.end())
        std::printf(" [%d] %s %s;", grade, judged.c_str(), names[judged].c_str());
    std::printf("\n");
  }
  app->reset();  // close the database and the index before removing their folder
  fs::remove_all(folder);
  return 0;
}
