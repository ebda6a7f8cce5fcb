#include "search/highlight.h"

#include <gtest/gtest.h>

namespace omzien::search {
namespace {

const Analyzer& dutch() {
  static const Analyzer analyzer(DutchDictionary::system());
  return analyzer;
}

// The text with matched segments in [brackets].
std::string marked(std::string_view text, const std::vector<std::string>& words) {
  std::vector<std::string> terms;
  for (const auto& word : words) terms.push_back(dutch().term(word));
  std::string out;
  for (const auto& segment : highlight(dutch(), text, terms)) out += segment.matched ? "[" + segment.text + "]" : segment.text;
  return out;
}

TEST(SearchHighlight, MarksMatchedWordsWhateverTheirCaseAccentsOrForm) {
  struct Case {
    const char* text;
    std::vector<std::string> query_words;
    const char* expected;
  };
  const Case cases[] = {
      {"Het Café is open.", {"cafe"}, "Het [Café] is open."},
      {"Twee repaircafés in de wijk", {"repaircafe"}, "Twee [repaircafés] in de wijk"},
      {"Onze fietsen staan klaar", {"fiets"}, "Onze [fietsen] staan klaar"},
      {"Samen in de buurtmoestuin", {"moestuin"}, "Samen in de [buurtmoestuin]"},
      {"Taal café voor nieuwkomers", {"taal", "cafe"}, "[Taal café] voor nieuwkomers"},
      {"Geen treffer hier", {"moestuin"}, "Geen treffer hier"},
  };
  for (const auto& c : cases) EXPECT_EQ(marked(c.text, c.query_words), c.expected) << c.text;
}

TEST(SearchHighlight, GivesTheTextBackUnchanged) {
  std::string text = "Coöperatie ‘t Hoekje — café’s & ideeën!";
  std::string joined;
  for (const auto& segment : highlight(dutch(), text, {dutch().term("cafe")})) joined += segment.text;
  EXPECT_EQ(joined, text);
}

}  // namespace
}  // namespace omzien::search
