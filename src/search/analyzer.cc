#include "search/analyzer.h"

#include <xapian.h>

#include <algorithm>
#include <array>

#include "search/compounds.h"
#include "search/stopwords.h"

namespace omzien::search {
namespace {

constexpr std::size_t kCacheLimit = 300000;
constexpr std::size_t kMinAgentBase = 5;

// Where the dictionary's base forms and Snowball go wrong for words that matter here.
struct Correction {
  std::string_view word;  // folded, as written (also as the last part of a compound)
  std::string_view base;  // the base form to use instead of the dictionary's
  std::string_view term;  // the term to use instead of Snowball's; empty: Snowball of `base`
};
constexpr std::array kCorrections = std::to_array<Correction>({
    // Elderly people are not parents: Snowball and the dictionary both make "ouderen" "ouder".
    {"ouderen", "ouderen", "ouderen"},
    {"oudere", "ouderen", "ouderen"},
    // Irregular plurals the dictionary lists as words of their own.
    {"kinderen", "kind", ""},
    {"kindertjes", "kind", ""},
    {"eieren", "ei", ""},
    {"liederen", "lied", ""},
    {"bladeren", "blad", ""},
    {"steden", "stad", ""},
    {"schepen", "schip", ""},
    {"gelegenheden", "gelegenheid", ""},
    {"mogelijkheden", "mogelijkheid", ""},
    {"activiteiten", "activiteit", ""},
    // Snowball leaves "-s" after a vowel and keeps diminutives; without the dictionary these
    // common words would still not meet their singular.
    {"cafes", "cafe", ""},
    {"fietsen", "fiets", ""},
    {"initiatieven", "initiatief", ""},
});

const Correction* find_correction(std::string_view word) {
  for (const auto& correction : kCorrections)
    if (correction.word == word) return &correction;
  return nullptr;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Xapian::Stem& snowball() {
  thread_local Xapian::Stem stem("dutch");  // Stem objects are not safe to share between threads
  return stem;
}

void add_unique(std::vector<std::string>& terms, std::string term, std::string_view main_term) {
  if (term.empty() || term == main_term) return;
  if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(std::move(term));
}

}  // namespace

Analyzer::Analyzer(std::shared_ptr<const DutchDictionary> dictionary) : dictionary_(std::move(dictionary)) {
  if (!dictionary_) dictionary_ = DutchDictionary::empty_dictionary();
}

std::string Analyzer::term_of_base(std::string_view base) const {
  for (const auto& correction : kCorrections)
    if (correction.base == base && !correction.term.empty()) return std::string(correction.term);
  if (has_digit(base)) return std::string(base);
  return snowball()(std::string(base));
}

// The base form: the dictionary's for known words, for compounds the base of the last part
// ("buurtmoestuinen" -> "buurtmoestuin"), for unknown words the base of the longest known
// ending ("repaircafes" -> "repaircafe").
std::string Analyzer::base_of(std::string_view word) const {
  if (const Correction* correction = find_correction(word)) return std::string(correction->base);
  if (has_digit(word)) return std::string(word);
  if (dictionary_->contains(word)) return std::string(dictionary_->base_form(word));
  for (std::size_t start = 3; start + 4 <= word.size(); ++start) {
    std::string_view ending = word.substr(start);
    if (const Correction* correction = find_correction(ending))
      return std::string(word.substr(0, start)) + std::string(correction->base);
    if (!dictionary_->contains(ending)) continue;
    std::string_view base = dictionary_->base_form(ending);
    return std::string(word.substr(0, start)) + std::string(base);
  }
  return std::string(word);
}

WordTerms Analyzer::compute_word_terms(std::string_view word) const {
  WordTerms out;
  std::string base = base_of(word);
  out.term = term_of_base(base);
  if (has_digit(word)) return out;

  // Every part, and every run of two or more parts but the whole: buurt+moes+tuin gives buurt,
  // moes, tuin, buurtmoes, moestuin. Only a run that ends the word is inflected.
  std::vector<std::string> parts = split_compound(*dictionary_, word);
  for (std::size_t first = 0; first < parts.size(); ++first) {
    std::string run;
    for (std::size_t last = first; last < parts.size(); ++last) {
      run += parts[last];
      if (first == 0 && last + 1 == parts.size()) continue;  // the whole word
      bool ends_word = last + 1 == parts.size();
      std::string run_term = term_of_base(ends_word ? base_of(run) : std::string(dictionary_->base_form(run)));
      if (last == first) out.part_terms.push_back(run_term);
      else if (run_term != out.term) out.run_terms.push_back(run_term);
      add_unique(out.extra_terms, run_term, out.term);
    }
  }
  // An agent noun also means its activity: "mantelzorgers" -> "mantelzorg", "fietser" -> "fiets".
  if (base.size() >= kMinAgentBase + 2 && base.ends_with("er")) {
    std::string_view activity = std::string_view(base).substr(0, base.size() - 2);
    if (dictionary_->roles(activity) & (kCompoundBegin | kCompoundEnd)) {
      out.activity_term = term_of_base(activity);
      add_unique(out.extra_terms, out.activity_term, out.term);
    }
  }
  return out;
}

WordTerms Analyzer::word_terms(std::string_view word) const {
  std::string key(word);
  {
    std::lock_guard lock(cache_mutex_);
    if (auto found = cache_.find(key); found != cache_.end()) return found->second;
  }
  WordTerms terms = compute_word_terms(word);
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() >= kCacheLimit) cache_.clear();
  cache_.emplace(std::move(key), terms);
  return terms;
}

std::string Analyzer::joined_term(std::string_view first, std::string_view second, Joint joint) const {
  if (joint == Joint::Hyphen) return term(std::string(first) + std::string(second));
  if (joint != Joint::Space || has_digit(first) || has_digit(second)) return {};
  if (is_stopword(first) || is_stopword(second)) return {};
  if (!may_join(*dictionary_, first, second)) return {};
  return term(std::string(first) + std::string(second));
}

std::vector<Token> Analyzer::analyze(std::string_view text) const {
  std::vector<RawToken> raw = tokenize(text);
  std::vector<Token> tokens;
  tokens.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    Token token;
    token.stopword = is_stopword(raw[i].word);
    if (token.stopword) {
      token.term = raw[i].word;  // as written: stop words only serve phrases
    } else {
      WordTerms terms = word_terms(raw[i].word);
      token.term = std::move(terms.term);
      token.extra_terms = std::move(terms.extra_terms);
    }
    token.word = std::move(raw[i].word);
    token.position = static_cast<std::uint32_t>(i);
    token.begin = raw[i].begin;
    token.end = raw[i].end;
    token.joint = raw[i].joint;
    tokens.push_back(std::move(token));
  }
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    std::string joined = joined_term(tokens[i].word, tokens[i + 1].word, tokens[i + 1].joint);
    if (joined != tokens[i].term && joined != tokens[i + 1].term) tokens[i].joined_term = std::move(joined);
  }
  return tokens;
}

}  // namespace omzien::search
