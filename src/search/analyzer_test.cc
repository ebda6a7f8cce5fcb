#include "search/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "search/compounds.h"
#include "search/stopwords.h"
#include "search/tokenizer.h"

namespace omzien::search {
namespace {

// The system's hunspell-nl, loaded once for the whole test program.
const Analyzer& dutch() {
  static const Analyzer analyzer(DutchDictionary::system());
  return analyzer;
}

bool has_dictionary() { return !DutchDictionary::system()->empty(); }

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  for (auto& token : tokenize(text)) out.push_back(token.word);
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// All terms one word is indexed under.
std::vector<std::string> all_terms(std::string_view word) {
  WordTerms terms = dutch().word_terms(word);
  std::vector<std::string> out = terms.extra_terms;
  out.push_back(terms.term);
  return out;
}

TEST(SearchTokenizer, FoldsCaseAndDiacriticsTheDutchWay) {
  struct Case {
    const char* text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"Café Coöperatie", {"cafe", "cooperatie"}},
      {"IDEEËN geïnteresseerd", {"ideeen", "geinteresseerd"}},
      {"ĳsbaan", {"ijsbaan"}},  // the ligature people never type
      {"'t Buurthuis", {"t", "buurthuis"}},
      {"zo'n m'n", {"zo", "n", "m", "n"}},
      {"café's en opa's", {"cafes", "en", "opas"}},
      {"65-plussers", {"65", "plussers"}},
      {"repair café: elke zaterdag!", {"repair", "cafe", "elke", "zaterdag"}},
  };
  for (const auto& c : cases) EXPECT_EQ(words_of(c.text), c.words) << c.text;
}

TEST(SearchTokenizer, TellsHowAWordIsAttachedToTheOneBefore) {
  auto tokens = tokenize("taal café, 65-plussers - ouderen");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[1].joint, Joint::Space);
  EXPECT_EQ(tokens[2].joint, Joint::Punctuation);
  EXPECT_EQ(tokens[3].joint, Joint::Hyphen);
  EXPECT_EQ(tokens[4].joint, Joint::Punctuation);  // a spaced dash is a pause
}

TEST(SearchTokenizer, KeepsOffsetsIntoTheOriginalText) {
  std::string text = "Het Café";
  auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Café");
}

TEST(SearchStopwords, DropsFunctionAndQuestionWordsButNotContent) {
  for (const char* word : {"de", "het", "waar", "kan", "ik", "mijn", "the", "for", "t", "n"})
    EXPECT_TRUE(is_stopword(word)) << word;
  for (const char* word : {"fiets", "ouderen", "eten", "taal", "samen"}) EXPECT_FALSE(is_stopword(word)) << word;
  for (const char* word : {"zoek", "graag", "hulp", "moeite"}) EXPECT_TRUE(is_query_filler(word)) << word;
}

TEST(SearchStemming, InflectedFormsShareOneTerm) {
  if (!has_dictionary()) GTEST_SKIP() << "hunspell-nl is not installed";
  struct Case {
    const char* a;
    const char* b;
  };
  const Case same[] = {
      {"fiets", "fietsen"},          {"initiatief", "initiatieven"}, {"cafe", "cafes"},
      {"klus", "klusjes"},           {"kind", "kinderen"},           {"idee", "ideeen"},
      {"moestuin", "moestuinen"},    {"vrijwilliger", "vrijwilligers"}, {"repaircafe", "repaircafes"},
      {"taalmaatje", "taalmaatjes"}, {"cooperatie", "cooperaties"},
  };
  for (const auto& c : same) EXPECT_EQ(dutch().term(c.a), dutch().term(c.b)) << c.a << " / " << c.b;
}

TEST(SearchStemming, ElderlyAreNotParents) {
  EXPECT_NE(dutch().term("ouderen"), dutch().term("ouders"));
  EXPECT_EQ(dutch().term("ouders"), dutch().term("ouder"));
}

TEST(SearchCompounds, SplitsCompoundsWithTheDictionarysFlags) {
  if (!has_dictionary()) GTEST_SKIP() << "hunspell-nl is not installed";
  struct Case {
    const char* word;
    std::vector<std::string> parts;
  };
  const Case cases[] = {
      {"buurtmoestuin", {"buurt", "moes", "tuin"}},
      {"kledingruil", {"kleding", "ruil"}},
      {"voedselbank", {"voedsel", "bank"}},
      {"energiecooperatie", {"energie", "cooperatie"}},
      {"stadslandbouw", {"stads", "landbouw"}},  // the longest last part wins a tie
      {"vrijwilligerswerk", {"vrijwilligers", "werk"}},
      {"verbinding", {}},  // a word of its own, not "ver" + "binding"
      {"fiets", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(split_compound(*DutchDictionary::system(), c.word), c.parts) << c.word;
}

TEST(SearchCompounds, APartFindsTheWholeWord) {
  if (!has_dictionary()) GTEST_SKIP() << "hunspell-nl is not installed";
  struct Case {
    const char* document_word;
    const char* query_word;
  };
  const Case cases[] = {
      {"buurtmoestuin", "moestuin"},      {"buurtmoestuinen", "moestuin"}, {"mantelzorgpunt", "mantelzorg"},
      {"mantelzorgers", "mantelzorg"},    {"voedselbank", "voedsel"},       {"kinderkledingbank", "kledingbank"},
      {"fietsenwerkplaats", "werkplaats"}, {"fietsers", "fiets"},
  };
  for (const auto& c : cases)
    EXPECT_TRUE(contains(all_terms(c.document_word), dutch().term(c.query_word))) << c.query_word << " in " << c.document_word;
}

TEST(SearchCompounds, TwoWordsThatMayBeOneAreAlsoJoined) {
  if (!has_dictionary()) GTEST_SKIP() << "hunspell-nl is not installed";
  auto tokens = dutch().analyze("Taal café en voedsel bank");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].joined_term, dutch().term("taalcafe"));
  EXPECT_EQ(tokens[3].joined_term, dutch().term("voedselbank"));
  EXPECT_TRUE(tokens[1].joined_term.empty());  // "café en": a stop word is never joined
  EXPECT_EQ(dutch().analyze("65-plussers")[0].joined_term, dutch().term("65plussers"));
}

TEST(SearchCompounds, WithoutTheDictionarySearchStillWorks) {
  Analyzer plain(DutchDictionary::empty_dictionary());
  auto tokens = plain.analyze("Buurtmoestuinen");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_FALSE(tokens[0].term.empty());
  EXPECT_TRUE(tokens[0].extra_terms.empty());
}

}  // namespace
}  // namespace omzien::search
