// The Dutch analysis of search: the same for documents and queries. Text is split into folded
// words (tokenizer.h); each word gets one term (its base form, "fietsen" -> "fiets", then Snowball
// Dutch, with a short list of corrections such as ouders != ouderen) and extra terms: the parts of
// a compound ("buurtmoestuin" also as "buurt", "moestuin", "tuin"), and the activity of an agent
// noun ("mantelzorgers" also as "mantelzorg"). Two words that may be written as one compound
// ("taal café") also give the joined term ("taalcafe"), so both spellings find each other.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/dutch_dictionary.h"
#include "search/tokenizer.h"

namespace omzien::search {

struct WordTerms {
  std::string term;                      // "buurtmoestuin"
  std::vector<std::string> extra_terms;  // all terms below, each once: indexed with the word
  std::vector<std::string> part_terms;   // a compound's parts, in order: "buurt", "moes", "tuin"
  std::vector<std::string> run_terms;    // runs of parts: "buurtmoes", "moestuin"
  std::string activity_term;             // of an agent noun: "mantelzorg" for "mantelzorgers"
};

struct Token {
  std::string word;                      // folded, as written: "buurtmoestuinen"
  std::string term;                      // "buurtmoestuin"
  std::vector<std::string> extra_terms;  // see WordTerms
  std::string joined_term;               // this word and the next as one compound; empty if none
  std::uint32_t position = 0;            // counts every word, stop words too
  std::size_t begin = 0;                 // byte offsets in the analysed text
  std::size_t end = 0;
  Joint joint = Joint::Start;
  bool stopword = false;
};

class Analyzer {
 public:
  // Uses `dictionary` for base forms and compounds; an empty dictionary turns both off.
  explicit Analyzer(std::shared_ptr<const DutchDictionary> dictionary);

  // The words of `text` with their terms, in order.
  std::vector<Token> analyze(std::string_view text) const;
  // The terms of one folded word. Cached: the same words come back all the time.
  WordTerms word_terms(std::string_view folded_word) const;
  // The term of one folded word: word_terms(word).term.
  std::string term(std::string_view folded_word) const { return word_terms(folded_word).term; }
  // The term of two folded words written as one compound, or empty when they may not be joined.
  // A hyphen between them ("65-plussers") always joins.
  std::string joined_term(std::string_view first, std::string_view second, Joint joint) const;
  const DutchDictionary& dictionary() const { return *dictionary_; }

 private:
  WordTerms compute_word_terms(std::string_view word) const;
  std::string term_of_base(std::string_view base) const;
  std::string base_of(std::string_view word) const;

  std::shared_ptr<const DutchDictionary> dictionary_;
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, WordTerms> cache_;
};

}  // namespace omzien::search
