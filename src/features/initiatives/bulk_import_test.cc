// A big import (more rows than one batch) and what follows from it: every profile is findable,
// on the map, and the directory lists, counts, sorts and pages them exactly as the rules say.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "app/bootstrap.h"
#include "core/text.h"
#include "features/initiatives/directory_query.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_store.h"
#include "features/map/map_point.h"
#include "features/map/map_point_store.h"
#include "search/index.h"
#include "testing/http_test.h"

namespace omzien::initiatives {
namespace {

constexpr int kRows = 640;  // more than one batch of the import

const char* const kThemes[] = {"voedsel", "groen-natuur", "taal-integratie", "ouderen", "cultuur"};
const char* const kGroups[] = {"", "ouderen", "jongeren", "buurtbewoners"};
const char* const kPlaces[] = {"Zeist", "Utrecht", "IJsselstein", "Amersfoort", "Baarn", "Houten", "De Bilt"};
const char* const kPhases[] = {"", "startend", "gevestigd"};
// Names that Dutch sorting treats specially: the article 't, IJ as one letter, accents, case.
const char* const kNames[] = {"'t Buurthuis", "IJsselcafé", "Appelgaard", "ijsbaan", "Élan", "Zorgkring",
                              "buurtmoestuin", "Taalmaatjes", "'s-Gravenhof", "Oase"};

// Rows with every mix of theme, target group, municipality and phase; the row number makes each
// name unique and findable ("Volgnummer417").
std::string big_file() {
  std::string csv = "id;name;summary;themes;target_groups;municipality;phase;email\r\n";
  for (int n = 0; n < kRows; ++n) {
    std::string themes = kThemes[n % 5];
    if (n % 3 == 0) themes += std::string("|") + kThemes[(n / 3) % 5];
    csv += "B" + std::to_string(n) + ";" + kNames[n % 10] + " Volgnummer" + std::to_string(n) +
           ";We doen samen iets voor de buurt.;" + themes + ";" + kGroups[n % 4] + ";" + kPlaces[n % 7] + ";" +
           kPhases[n % 3] + ";info@b" + std::to_string(n) + ".example\r\n";
  }
  return csv;
}

class BulkImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::make_temp_dir("omzien-bulk-import");
    Config config;
    config.data_dir = dir_;
    config.static_dir = std::string(OMZIEN_BINARY_DIR) + "/static";
    auto opened = open_app(config);
    ASSERT_TRUE(opened) << opened.error().detail;
    app_ = std::move(*opened);
    auto report = import_initiatives(*app_, big_file());
    ASSERT_TRUE(report) << report.error().detail;
    ASSERT_EQ(report->created, kRows);
    ASSERT_TRUE(report->complete());
  }
  void TearDown() override {
    app_.reset();
    test::remove_temp_dir(dir_);
  }
  std::vector<Initiative> published() {
    return app_->db->read([](db::Connection& c) { return list_initiatives(c, Which::Published); });
  }
  DirectoryPage page(const DirectoryQuery& query) {
    return app_->db->read([&](db::Connection& c) { return find_directory_page(c, query); });
  }
  // Every name the directory lists for `query`, page after page.
  std::vector<std::string> all_pages(DirectoryQuery query) {
    std::vector<std::string> names;
    for (query.page = 1;; ++query.page) {
      auto listed = page(query);
      if (listed.entries.empty()) break;
      for (const auto& entry : listed.entries) names.push_back(entry.name);
    }
    return names;
  }

  std::string dir_;
  std::unique_ptr<App> app_;
};

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

TEST_F(BulkImportTest, EveryImportedProfileIsFindableAndOnTheMapAtOnce) {
  ASSERT_TRUE(app_->search_index);
  EXPECT_EQ(app_->search_index->document_count().value(), static_cast<std::size_t>(kRows));
  // The first row and the last (of the last batch), by their names.
  for (int n : {0, kRows - 1}) {
    std::string name = std::string(kNames[n % 10]) + " Volgnummer" + std::to_string(n);
    auto found = app_->search_index->search(search::SearchQuery{.text = name});
    ASSERT_TRUE(found);
    ASSERT_FALSE(found->hits.empty()) << name;
    EXPECT_EQ(found->hits.front().external_id, "B" + std::to_string(n)) << name;
  }
  auto points = app_->db->read([](db::Connection& c) { return map::load_map_points(c); });
  for (const auto& profile : published()) {
    auto expected = map::map_point_of(profile);
    ASSERT_TRUE(expected) << profile.name << " has a place the map knows";
    auto it = points.find(profile.id);
    ASSERT_NE(it, points.end()) << profile.name << " is on the map";
    EXPECT_EQ(it->second.area_name, expected->area_name);
  }
}

TEST_F(BulkImportTest, TheDirectoryCountsAgreeWithItsResults) {
  // One profile hidden: it counts nowhere.
  auto hidden = published().front();
  ASSERT_TRUE(app_->db->write_void([&](db::Connection& c) { return set_status(c, hidden.id, Status::Hidden, 1); }));
  DirectoryQuery all;
  auto everything = page(all);
  EXPECT_EQ(everything.total, kRows - 1);
  for (const auto& [kind, values] : everything.counts) {
    ASSERT_FALSE(values.empty()) << kind;
    for (const auto& [value, count] : values) {
      DirectoryQuery one;
      if (kind == "thema") one.themes = {value};
      if (kind == "doelgroep") one.target_groups = {value};
      if (kind == "gemeente") one.municipalities = {value};
      if (kind == "fase") one.phase = value;
      EXPECT_EQ(page(one).total, count) << kind << "=" << value;
    }
  }
  // With a filter chosen, another kind's count says what choosing that value as well would show.
  DirectoryQuery food;
  food.themes = {"voedsel", "cultuur"};
  food.phase = "startend";
  auto narrowed = page(food);
  for (const auto& [code, count] : narrowed.counts.at("gemeente")) {
    DirectoryQuery both = food;
    both.municipalities = {code};
    EXPECT_EQ(page(both).total, count) << code;
  }
  DirectoryQuery unknown;
  unknown.themes = {"bestaat-niet"};
  EXPECT_EQ(page(unknown).total, 0);
}

TEST_F(BulkImportTest, TheDirectorySortsAndPagesLikeTheRulesSay) {
  // The rules, applied to the profiles one by one: published, a theme and municipality filter,
  // by Dutch name (ties by id) or newest first (ties: the last saved first).
  auto profiles = published();
  std::vector<std::tuple<std::string, std::int64_t, std::string, Seconds>> wanted;
  for (const auto& p : profiles)
    if (has(p.themes, "taal-integratie") && (p.municipality_code == "GM0355" || p.municipality_code == "GM0344"))
      wanted.emplace_back(dutch_sort_key(p.name), p.id, p.name, p.created_at);
  ASSERT_GT(wanted.size(), 40u) << "more than two pages";
  DirectoryQuery query;
  query.themes = {"taal-integratie"};
  query.municipalities = {"GM0355", "GM0344"};
  query.sort = DirectorySort::Name;
  std::sort(wanted.begin(), wanted.end());
  std::vector<std::string> by_name;
  for (const auto& w : wanted) by_name.push_back(std::get<2>(w));
  EXPECT_EQ(all_pages(query), by_name);

  query.sort = DirectorySort::Newest;
  std::sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<3>(b), std::get<1>(b)) < std::tie(std::get<3>(a), std::get<1>(a));
  });
  std::vector<std::string> newest;
  for (const auto& w : wanted) newest.push_back(std::get<2>(w));
  EXPECT_EQ(all_pages(query), newest);
  EXPECT_EQ(page(query).total, static_cast<int>(wanted.size()));
}

TEST_F(BulkImportTest, DutchNameOrderPutsTheArticleAsideAndIjUnderI) {
  DirectoryQuery query;
  query.sort = DirectorySort::Name;
  auto names = all_pages(query);
  ASSERT_EQ(names.size(), static_cast<std::size_t>(kRows));
  auto first_of = [&](std::string_view prefix) {
    return std::find_if(names.begin(), names.end(), [&](const std::string& n) { return n.rfind(prefix, 0) == 0; }) -
           names.begin();
  };
  EXPECT_LT(first_of("Appelgaard"), first_of("'t Buurthuis"));
  EXPECT_LT(first_of("'t Buurthuis"), first_of("Élan"));
  EXPECT_LT(first_of("Élan"), first_of("'s-Gravenhof"));
  EXPECT_LT(first_of("'s-Gravenhof"), first_of("IJsselcafé"));
  EXPECT_LT(first_of("IJsselcafé"), first_of("Oase"));
}

}  // namespace
}  // namespace omzien::initiatives
