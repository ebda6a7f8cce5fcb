#include "search/query_plan.h"

#include <algorithm>
#include <array>

#include "core/text.h"
#include "search/stopwords.h"
#include "search/synonyms.h"

namespace omzien::search {
namespace {

// How much each way of matching a concept counts, relative to the word itself.
constexpr double kPartsWeight = 0.5;       // all parts of a compound, anywhere in the document
constexpr double kActivityWeight = 0.6;    // "mantelzorg" for "mantelzorgers"
constexpr double kLiteralWeight = 0.3;     // extra for the word as typed, above its synonyms
constexpr double kRelatedWeight = 0.5;     // a related phrase ("kapot" => "reparatie")
constexpr double kPartWeight = 0.2;        // one part of a compound on its own
constexpr double kTellingShare = 0.05;     // a part in at most this share of documents is telling
constexpr double kInPhraseWeight = 0.3;    // a word of a synonym phrase on its own ("alzheimer")
constexpr double kJoinWeight = 0.6;        // two query words written as one compound in the text
constexpr std::size_t kMaxPhraseWords = 4;
constexpr std::size_t kMinSpellingWord = 4;
constexpr std::size_t kLongWord = 8;

bool is_possessive(std::string_view word) {
  constexpr std::array kWords = std::to_array<std::string_view>(
      {"mijn", "mn", "n", "onze", "ons", "haar", "zijn", "zn", "uw", "je", "jouw", "my", "our", "her", "his", "your"});
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool is_person(std::string_view word) {
  constexpr std::array kWords = std::to_array<std::string_view>(
      {"moeder", "vader", "ouders", "oma", "opa", "zoon", "dochter", "zus", "zusje", "broer", "broertje", "man",
       "vrouw", "partner", "buurman", "buurvrouw", "buren", "vriend", "vriendin", "schoonmoeder", "schoonvader",
       "tante", "oom", "familie", "mother", "father", "mom", "mum", "dad", "parents", "grandmother", "grandfather",
       "husband", "wife", "neighbour", "neighbor", "friend"});
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

std::vector<std::string> split_terms(const std::string& phrase) {
  std::vector<std::string> out;
  for (auto& term : split(phrase, ' '))
    if (!term.empty()) out.push_back(std::move(term));
  return out;
}

Xapian::Query phrase_query(const std::string& phrase) {
  std::vector<std::string> terms = split_terms(phrase);
  if (terms.size() == 1) return Xapian::Query(terms[0]);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
}

Xapian::Query scaled(Xapian::Query query, double weight) {
  return weight == 1.0 ? query : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, weight);
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
  if (queries.size() == 1) return queries[0];
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

std::vector<std::string> synonyms_of(const Xapian::Database& database, const std::string& phrase) {
  std::vector<std::string> out;
  for (auto it = database.synonyms_begin("Z" + phrase); it != database.synonyms_end("Z" + phrase); ++it) out.push_back(*it);
  return out;
}

class Planner {
 public:
  Planner(std::string_view text, const Analyzer& analyzer, const Xapian::Database& database)
      : text_(text), analyzer_(analyzer), database_(database) {}

  QueryPlan run(bool detect_places);

 private:
  // Remembers which query words (and which concept) a term came from, to tell per hit why it
  // matched. Stop words in phrases ("zijn" in "alleen zijn") explain nothing.
  void note_terms(const std::string& phrase, const std::string& words) {
    std::vector<std::string> terms;
    for (const auto& term : split_terms(phrase)) {
      if (term.empty() || is_stopword(term)) continue;
      plan_.term_words.emplace(term, words);
      terms.push_back(term);
    }
    if (concept_id_ < 0 || terms.empty()) return;
    if (terms.size() > 1) {
      plan_.concept_groups.emplace(concept_id_, std::move(terms));
      return;
    }
    auto& ids = plan_.term_concepts[terms[0]];
    if (std::find(ids.begin(), ids.end(), concept_id_) == ids.end()) ids.push_back(concept_id_);
  }
  // Adds the synonyms of `phrase` to `same` and its related phrases (scaled) to `related`.
  void add_synonyms(std::vector<Xapian::Query>& same, std::vector<Xapian::Query>& related, const std::string& phrase,
                    const std::string& words) {
    for (const auto& synonym : synonyms_of(database_, phrase)) {
      bool is_related = !synonym.empty() && synonym[0] == kRelatedMark;
      std::string text = is_related ? synonym.substr(1) : synonym;
      Xapian::Query query = phrase_query(text);
      bool phrase = query.get_type() != Xapian::Query::LEAF_TERM;
      if (!is_related) same.push_back(query);
      else (phrase ? bonuses_ : related).push_back(scaled(query, kRelatedWeight));  // phrases need positions: slow
      note_terms(text, words);
    }
  }
  bool known(const std::string& term) const { return database_.term_exists(term); }
  // Words that mean the same count as one term (OP_SYNONYM: one frequency for all, occurrences
  // summed), so a rare synonym does not outweigh the common word. A phrase with a stop word
  // ("alleen zijn", "op bezoek") needs the positions of a very common word, which is slow on a
  // large index: when other alternatives can match, such a phrase only lifts what matched. The
  // literal word gets a little extra. Alternatives that occur nowhere are left out. Returns what
  // matches; what only lifts goes to bonuses_.
  Xapian::Query concept_query(const std::vector<Xapian::Query>& same, std::vector<Xapian::Query> related,
                              const Xapian::Query& literal) {
    std::vector<Xapian::Query> matching, slow;
    for (const auto& query : same) {
      if (!occurs(query)) continue;
      (has_stopword(query) ? slow : matching).push_back(query);
    }
    if (matching.empty()) std::swap(matching, slow);
    if (!matching.empty())
      related.push_back(matching.size() == 1 ? matching[0] : Xapian::Query(Xapian::Query::OP_SYNONYM, matching.begin(), matching.end()));
    if (!slow.empty()) bonuses_.push_back(Xapian::Query(Xapian::Query::OP_SYNONYM, slow.begin(), slow.end()));
    if (matching.size() + slow.size() > 1) bonuses_.push_back(scaled(literal, kLiteralWeight));
    if (related.empty()) return literal;
    return any_of(related);
  }
  static bool has_stopword(const Xapian::Query& query) {
    for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term)
      if (is_stopword(*term)) return true;
    return false;
  }
  // True when every term of a term or phrase occurs in the index.
  bool occurs(const Xapian::Query& query) const {
    for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term)
      if (!database_.term_exists(*term)) return false;
    return true;
  }
  bool phrase_concept(std::size_t first, std::size_t count);
  // "mijn moeder", "onze buurman": who needs something, not what the query is about.
  bool is_person_of(std::size_t index) const {
    return index > 0 && is_possessive(plan_.tokens[index - 1].word) && is_person(plan_.tokens[index].word);
  }
  void word_concept(std::size_t index);
  void join_bonus(std::size_t index);

  std::string_view text_;
  const Analyzer& analyzer_;
  const Xapian::Database& database_;
  QueryPlan plan_;
  int concept_id_ = -1;          // the concept being built; -1 for a bonus
  std::vector<bool> used_;       // a place, or a word already made a concept
  std::vector<bool> in_phrase_;  // part of a synonym phrase
  std::vector<Xapian::Query> concepts_;
  std::vector<Xapian::Query> bonuses_;
  std::vector<std::pair<std::size_t, std::string>> corrections_;  // token, corrected word
};

// A run of words that is a synonym entry ("alleen zijn", "alzheimer cafe"): one concept matching
// the phrase or its synonyms. Its words still count on their own, but less (in_phrase_).
bool Planner::phrase_concept(std::size_t first, std::size_t count) {
  const auto& tokens = plan_.tokens;
  std::string phrase, words;
  bool meaningful = false;
  for (std::size_t i = first; i < first + count; ++i) {
    if (used_[i] || in_phrase_[i] || (i > first && tokens[i].joint == Joint::Punctuation)) return false;
    phrase += (i > first ? " " : "") + tokens[i].term;
    words += (i > first ? " " : "") + tokens[i].word;
    meaningful = meaningful || !tokens[i].stopword;
  }
  if (!meaningful) return false;
  concept_id_ = static_cast<int>(concepts_.size());
  std::vector<Xapian::Query> same{phrase_query(phrase)}, related;
  add_synonyms(same, related, phrase, words);
  if (same.size() == 1 && related.empty()) return false;
  note_terms(phrase, words);
  concepts_.push_back(concept_query(same, related, phrase_query(phrase)));
  for (std::size_t i = first; i < first + count; ++i) {
    in_phrase_[i] = true;
    plan_.concept_tokens.push_back(i);
  }
  return true;
}

void Planner::word_concept(std::size_t index) {
  const Token& token = plan_.tokens[index];
  WordTerms terms = analyzer_.word_terms(token.word);
  concept_id_ = in_phrase_[index] || is_person_of(index) ? -1 : static_cast<int>(concepts_.size());
  std::vector<Xapian::Query> same{Xapian::Query(token.term)};
  std::vector<Xapian::Query> related;
  note_terms(token.term, token.word);
  add_synonyms(same, related, token.term, token.word);
  bool has_synonyms = same.size() > 1 || !related.empty();
  bool parts_known = !terms.part_terms.empty() &&
                     std::all_of(terms.part_terms.begin(), terms.part_terms.end(), [this](const auto& t) { return known(t); });
  if (parts_known) {
    related.push_back(scaled(Xapian::Query(Xapian::Query::OP_AND, terms.part_terms.begin(), terms.part_terms.end()), kPartsWeight));
    int this_concept = concept_id_;
    concept_id_ = -1;
    for (const auto& part : terms.part_terms) {
      // A telling part ("kleding" of "kledingruil") also finds documents on its own; a common one
      // ("buurt" of "buurtkoelkast") only lifts what matched otherwise.
      bool telling = database_.get_termfreq(part) <= kTellingShare * database_.get_doccount();
      (telling ? related : bonuses_).push_back(scaled(Xapian::Query(part), kPartWeight));
      note_terms(part, token.word);
    }
    concept_id_ = this_concept;
    if (this_concept >= 0) plan_.concept_groups.emplace(this_concept, terms.part_terms);
  }
  if (!terms.activity_term.empty()) {
    related.push_back(scaled(Xapian::Query(terms.activity_term), kActivityWeight));
    note_terms(terms.activity_term, token.word);
  }
  // An unknown word is searched as its nearest indexed word ("mantelzrog" -> "mantelzorg"); a real
  // Dutch word that is simply not in the index ("moeder") is left alone.
  bool dutch_word = analyzer_.dictionary().contains(token.word) || !terms.part_terms.empty();
  if (!known(token.term) && !parts_known && !has_synonyms && !dutch_word && token.word.size() >= kMinSpellingWord) {
    unsigned distance = token.word.size() >= kLongWord ? 3 : 2;
    std::string suggestion = database_.get_spelling_suggestion(token.word, distance);
    if (!suggestion.empty()) {
      corrections_.emplace_back(index, suggestion);
      std::string corrected = analyzer_.term(suggestion);
      same.push_back(Xapian::Query(corrected));
      note_terms(corrected, suggestion);
      add_synonyms(same, related, corrected, suggestion);
    }
  }
  Xapian::Query query = concept_query(same, related, Xapian::Query(token.term));
  if (in_phrase_[index] || is_person_of(index)) bonuses_.push_back(scaled(query, kInPhraseWeight));
  else concepts_.push_back(query);
  used_[index] = true;
  plan_.concept_tokens.push_back(index);
}

// "voedsel bank" also finds "voedselbank" (and its synonyms), ranked a little higher.
void Planner::join_bonus(std::size_t index) {
  const Token& token = plan_.tokens[index];
  if (token.joined_term.empty() || index + 1 >= plan_.tokens.size()) return;
  const Token& next = plan_.tokens[index + 1];
  if (token.stopword || next.stopword) return;
  std::string words = token.word + " " + next.word;
  concept_id_ = -1;
  std::vector<Xapian::Query> same, related;
  if (known(token.joined_term)) {
    same.push_back(Xapian::Query(token.joined_term));
    note_terms(token.joined_term, words);
  }
  add_synonyms(same, related, token.joined_term, words);
  if (!same.empty()) bonuses_.push_back(scaled(Xapian::Query(Xapian::Query::OP_SYNONYM, same.begin(), same.end()), kJoinWeight));
  for (const auto& query : related) bonuses_.push_back(scaled(query, kJoinWeight));
}

QueryPlan Planner::run(bool detect_places) {
  plan_.tokens = analyzer_.analyze(text_);
  const auto& tokens = plan_.tokens;
  used_.assign(tokens.size(), false);
  in_phrase_.assign(tokens.size(), false);
  if (detect_places) {
    plan_.place = detect_place(tokens);
    if (plan_.place)
      for (std::size_t i = 0; i < plan_.place->token_count; ++i) used_[plan_.place->first_token + i] = true;
  }
  for (std::size_t first = 0; first < tokens.size(); ++first)
    for (std::size_t count = std::min(kMaxPhraseWords, tokens.size() - first); count >= 2; --count)
      if (phrase_concept(first, count)) break;
  // Filler words ("hulp", "zoek") count only when the query has nothing else.
  bool has_content = false;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    has_content = has_content || (!used_[i] && !tokens[i].stopword && !is_query_filler(tokens[i].word));
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (!used_[i] && !tokens[i].stopword && !(has_content && is_query_filler(tokens[i].word))) word_concept(i);
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
    if (!(plan_.place && i + 1 >= plan_.place->first_token && i < plan_.place->first_token + plan_.place->token_count))
      join_bonus(i);

  // Concepts decide what matches; bonuses (a part of a compound alone, a word of a phrase, "mijn
  // moeder", a joined compound) only reorder it, so "buurtkoelkast" does not match every "buurt".
  if (!concepts_.empty()) {
    plan_.query = any_of(concepts_);
    if (!bonuses_.empty()) plan_.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, plan_.query, any_of(bonuses_));
  } else if (!bonuses_.empty()) {
    plan_.query = any_of(bonuses_);
  }
  plan_.has_concepts = !plan_.query.empty();
  plan_.concept_count = static_cast<int>(concepts_.size());
  std::sort(plan_.concept_tokens.begin(), plan_.concept_tokens.end());
  plan_.concept_tokens.erase(std::unique(plan_.concept_tokens.begin(), plan_.concept_tokens.end()), plan_.concept_tokens.end());
  if (!corrections_.empty()) plan_.corrected_text = text_replacing(text_, tokens, corrections_);
  return std::move(plan_);
}

}  // namespace

QueryPlan plan_query(std::string_view text, const Analyzer& analyzer, const Xapian::Database& database,
                     bool detect_places) {
  return Planner(text, analyzer, database).run(detect_places);
}

std::string text_replacing(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<std::pair<std::size_t, std::string>>& replacements) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [index, word] : replacements) {
    out.append(text.substr(at, tokens[index].begin - at));
    out += word;
    at = tokens[index].end;
  }
  out.append(text.substr(at));
  return out;
}

std::string text_without(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t count) {
  if (first >= tokens.size() || count == 0) return std::string(text);
  std::size_t begin = tokens[first].begin;
  std::size_t end = tokens[std::min(first + count, tokens.size()) - 1].end;
  return trim(std::string(text.substr(0, begin)) + " " + std::string(text.substr(end)));
}

}  // namespace omzien::search
