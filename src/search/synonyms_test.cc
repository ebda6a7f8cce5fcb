#include "search/synonyms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace omzien::search {
namespace {

const Analyzer& dutch() {
  static const Analyzer analyzer(DutchDictionary::system());
  return analyzer;
}

bool expands(const SynonymTable& table, std::string_view from, std::string_view to, bool related = false) {
  auto found = table.find(analysed_phrase(from, dutch()));
  if (found == table.end()) return false;
  std::string wanted = (related ? std::string(1, kRelatedMark) : std::string()) + analysed_phrase(to, dutch());
  return std::find(found->second.begin(), found->second.end(), wanted) != found->second.end();
}

TEST(SearchSynonyms, ReadsGroupsOneWayRulesAndComments) {
  auto rules = parse_synonyms(
      "# people\n"
      "ouderen, senioren, 65-plussers   # a group\n"
      "\n"
      "kapot => reparatie, repair cafe\n");
  ASSERT_TRUE(rules);
  ASSERT_EQ(rules->size(), 2u);
  EXPECT_EQ((*rules)[0].from, (std::vector<std::string>{"ouderen", "senioren", "65-plussers"}));
  EXPECT_TRUE((*rules)[0].to.empty());
  EXPECT_EQ((*rules)[1].from, (std::vector<std::string>{"kapot"}));
  EXPECT_EQ((*rules)[1].to, (std::vector<std::string>{"reparatie", "repair cafe"}));
}

TEST(SearchSynonyms, NamesTheLineOfAMalformedRule) {
  struct Case {
    const char* text;
    const char* line;
  };
  const Case cases[] = {{"ouderen, senioren\nalleen\n", "line 2"}, {"=> reparatie\n", "line 1"}, {"kapot =>\n", "line 1"}};
  for (const auto& c : cases) {
    auto rules = parse_synonyms(c.text);
    ASSERT_FALSE(rules) << c.text;
    EXPECT_EQ(rules.error().kind, ErrorKind::Invalid);
    EXPECT_NE(rules.error().detail.find(c.line), std::string::npos) << rules.error().detail;
  }
}

TEST(SearchSynonyms, EachWordOfAGroupFindsTheOthersWhateverItsForm) {
  auto rules = parse_synonyms("statushouders, nieuwkomers, Vluchtelingen\nRepair Café, reparatiecafé\n");
  ASSERT_TRUE(rules);
  SynonymTable table = build_synonym_table(*rules, dutch());
  EXPECT_TRUE(expands(table, "statushouder", "vluchteling"));
  EXPECT_TRUE(expands(table, "vluchtelingen", "nieuwkomers"));
  EXPECT_TRUE(expands(table, "repair cafe", "reparatiecafe"));
  EXPECT_TRUE(expands(table, "reparatiecafés", "Repair Café"));
}

TEST(SearchSynonyms, AOneWayRuleFindsRelatedWordsOnlyFromTheLeft) {
  auto rules = parse_synonyms("kapot => reparatie\n");
  ASSERT_TRUE(rules);
  SynonymTable table = build_synonym_table(*rules, dutch());
  EXPECT_TRUE(expands(table, "kapot", "reparatie", /*related=*/true));
  EXPECT_FALSE(expands(table, "reparatie", "kapot", true));
}

TEST(SearchSynonyms, TheBuiltInListReadsAndCoversTheDomain) {
  auto rules = parse_synonyms(builtin_synonyms());
  ASSERT_TRUE(rules) << rules.error().detail;
  SynonymTable table = build_synonym_table(*rules, dutch());
  struct Case {
    const char* from;
    const char* to;
  };
  const Case cases[] = {
      {"statushouders", "nieuwkomers"}, {"asielzoekers", "vluchtelingen"}, {"senioren", "ouderen"},
      {"65-plussers", "ouderen"},       {"alleen zijn", "eenzaamheid"},    {"geldzorgen", "schulden"},
      {"rondkomen", "armoede"},         {"repair café", "reparatiecafé"},   {"food bank", "voedselbank"},
      {"language café", "taalcafé"},    {"elderly", "ouderen"},             {"shopping", "boodschappen"},
  };
  for (const auto& c : cases) EXPECT_TRUE(expands(table, c.from, c.to)) << c.from << " -> " << c.to;
  // Broader or neighbouring words, found one way only and ranked below the word itself.
  const Case related[] = {
      {"eenzaam", "alleenwonende"}, {"alleen zijn", "alleenstaande"}, {"kapot", "repair cafe"},
      {"jeugd", "kinderen"}, {"repair cafe", "reparatie"},
  };
  for (const auto& c : related) {
    EXPECT_TRUE(expands(table, c.from, c.to, /*related=*/true)) << c.from << " => " << c.to;
    EXPECT_FALSE(expands(table, c.to, c.from)) << c.to << " must not find " << c.from;
  }
}

}  // namespace
}  // namespace omzien::search
