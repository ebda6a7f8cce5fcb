#include "features/search/synonym_group.h"

#include <gtest/gtest.h>

#include "features/search/texts.h"
#include "search/analyzer.h"

namespace omzien::search_pages {
namespace {

const search::Analyzer& dutch() {
  static const search::Analyzer analyzer(search::DutchDictionary::system());
  return analyzer;
}

struct FormCase {
  std::string words, also_finds;
  std::string field;    // the field with a message; empty: valid
  std::string message;  // the start of the message
};

TEST(SynonymForm, SaysWhatIsWrongByTheFieldAndKeepsWhatWasTyped) {
  const std::vector<FormCase> cases = {
      {"senioren, ouderen", "", "", ""},
      {"kapot", "repair cafe", "", ""},  // one word that also finds a broader one
      {"  senioren ,\nouderen  ", "", "", ""},  // commas or new lines, spaces around them
      {"", "", "words", texts::kSynonymsTooFew},
      {"senioren", "", "words", texts::kSynonymsTooFew},
      {"", "ouderen", "words", texts::kSynonymsTooFew},
      {"senioren, Senioren", "", "words", "„Senioren” staat er twee keer in."},
      {"café, cafe", "", "words", "„cafe” staat er twee keer in."},  // folded alike
      {"senioren # oud, ouderen", "", "words", texts::kSynonymCharacters},
      {"senioren => ouderen, bejaarden", "", "words", texts::kSynonymCharacters},
      {"senioren, ouderen", "de, het", "also_finds", "Met „de” kan zoeken niets"},
      {"senioren, " + std::string(61, 'a'), "", "words", texts::kSynonymTooLong},
  };
  for (const auto& c : cases) {
    SynonymForm form{.words = c.words, .also_finds = c.also_finds};
    EXPECT_EQ(form.validate(&dutch()), c.field.empty()) << c.words << " | " << c.also_finds;
    EXPECT_EQ(form.words, c.words) << "kept as typed";
    if (c.field.empty()) continue;
    ASSERT_TRUE(form.errors.count(c.field)) << c.words << " | " << c.also_finds;
    EXPECT_EQ(form.errors.at(c.field).rfind(c.message, 0), 0u) << form.errors.at(c.field);
  }
}

TEST(SynonymForm, ManyWordsInOneGroupAreRefused) {
  std::string many;
  for (int i = 0; i < 21; ++i) many += "woord" + std::string(1, static_cast<char>('a' + i)) + ", ";
  SynonymForm form{.words = many};
  EXPECT_FALSE(form.validate(nullptr));
  EXPECT_EQ(form.errors.at("words"), texts::kSynonymsTooMany);
}

TEST(SynonymGroup, BecomesARuleSearchReads) {
  SynonymForm form{.words = "klaverjassen,  kaarten", .also_finds = "spelletjes\nontmoeting"};
  ASSERT_TRUE(form.validate(nullptr));
  SynonymGroup group = form.to_group(7, 100);
  EXPECT_EQ(rule_text(group), "klaverjassen, kaarten => spelletjes, ontmoeting");
  SynonymGroup plain{.words = {"senioren", "ouderen"}};
  EXPECT_EQ(rules_text({plain, group}), "senioren, ouderen\nklaverjassen, kaarten => spelletjes, ontmoeting\n");
  EXPECT_EQ(SynonymForm::from_group(group).also_finds, "spelletjes, ontmoeting");
}

}  // namespace
}  // namespace omzien::search_pages
