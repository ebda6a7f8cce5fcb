// The reading side of the index: runs a search, ranks by text and by place, offers documents like
// the best matches when few match, counts facets, and looks for alternatives when nothing matched.
#include <algorithm>
#include <set>

#include "core/text.h"
#include "search/document_terms.h"
#include "search/index_impl.h"
#include "search/index_layout.h"
#include "search/query_plan.h"
#include "search/ranking.h"
#include "search/similar.h"

namespace omzien::search {
namespace {

// Results are re-ranked for place within this many of the best text matches.
constexpr Xapian::doccount kRerankDepth = 200;
// Facets are counted over at most this many matches; counts of longer result lists are scaled
// from them (and the total is an estimate), which keeps a search on a large index fast.
constexpr Xapian::doccount kCountedMatches = 1000;
// Up to this many results the page offers a spelling suggestion.
constexpr std::size_t kFewResults = 3;
constexpr std::size_t kMaxAlternatives = 3;
// "More like this" when fewer documents than this match every concept, seeded by the best few;
// the most similar scores kSimilarShare of the last full match.
constexpr std::size_t kSimilarFill = 10;
constexpr std::size_t kSimilarSeeds = 3;
constexpr Xapian::doccount kSimilarDepth = 50;
constexpr double kSimilarShare = 0.9;
// BM25's k1: how slowly more occurrences of a word stop adding weight (see run()).
constexpr double kTermSaturation = 5.0;

class Searcher {
 public:
  Searcher(Index::Impl& impl, const SearchQuery& query, Xapian::Database& database)
      : impl_(impl), query_(query), database_(database) {}
  Result<SearchResults> run();

 private:
  Xapian::Query base_query(const QueryPlan& plan) const;
  Order effective_order(const QueryPlan& plan) const;
  void sort_by(Xapian::Enquire& enquire, Order order);
  void add_similar(std::vector<Candidate>& candidates, const QueryPlan& plan, const Xapian::Query& filter) const;
  Hit make_hit(const Candidate& candidate, Xapian::Enquire& enquire, const QueryPlan& plan) const;
  std::size_t count_of(const std::string& text, bool keep_filters);
  std::optional<std::string> suggest_spelling(const QueryPlan& plan);
  void add_alternatives(SearchResults& results, const QueryPlan& plan);

  Index::Impl& impl_;
  const SearchQuery& query_;
  Xapian::Database& database_;
  std::unique_ptr<Xapian::LatLongDistanceKeyMaker> distance_key_;
  bool offer_alternatives_ = true;  // false for the counting searches behind alternatives
};

// What the query matches: its concepts; without concepts what lies in or near its place; an
// empty query everything (to list by name, distance or date).
Xapian::Query Searcher::base_query(const QueryPlan& plan) const {
  if (plan.has_concepts) return plan.query;
  if (plan.place) {
    auto first = plan.tokens.begin() + static_cast<std::ptrdiff_t>(plan.place->first_token);
    std::vector<Token> words(first, first + static_cast<std::ptrdiff_t>(plan.place->token_count));
    return place_query(plan.place->place, words);
  }
  bool nothing_typed = std::all_of(plan.tokens.begin(), plan.tokens.end(), [](const Token& t) { return t.stopword; });
  return nothing_typed ? Xapian::Query::MatchAll : Xapian::Query::MatchNothing;
}

Order Searcher::effective_order(const QueryPlan& plan) const {
  if (query_.order == Order::Distance && !query_.near) return Order::Relevance;
  if (query_.order == Order::Relevance && !plan.has_concepts && !plan.place && query_.near) return Order::Distance;
  return query_.order;
}

void Searcher::sort_by(Xapian::Enquire& enquire, Order order) {
  if (order == Order::Distance) {
    distance_key_ = std::make_unique<Xapian::LatLongDistanceKeyMaker>(
        layout::kLocationSlot, Xapian::LatLongCoord(query_.near->lat, query_.near->lon), Xapian::GreatCircleMetric(), 1e9);
    enquire.set_sort_by_key_then_relevance(distance_key_.get(), false);
  } else if (order == Order::Name) {
    enquire.set_sort_by_value_then_relevance(layout::kSortNameSlot, false);
  } else if (order == Order::Newest) {
    enquire.set_sort_by_value_then_relevance(layout::kCreatedSlot, true);
  }
}

// When fewer than kSimilarFill of the best matches match every concept, documents like the best
// of those follow them (before documents that match only part of the query, unless those score
// higher).
void Searcher::add_similar(std::vector<Candidate>& candidates, const QueryPlan& plan, const Xapian::Query& filter) const {
  mark_full_matches(candidates, plan, database_);
  std::vector<Candidate> full, rest;
  for (auto& candidate : candidates) (candidate.matches_all ? full : rest).push_back(candidate);
  if (full.empty() || full.size() >= kSimilarFill) return;
  // Seeds: the best matches named after what was asked ("De Verbinding" for "de verbinding", the
  // repair cafés for "repair cafe"), else the best matches. A profile that only uses the words
  // in its text says less about what kind of initiative is meant.
  std::vector<Xapian::docid> seeds;
  for (std::size_t i = 0; i < full.size() && seeds.size() < kSimilarSeeds; ++i)
    if (names_every_concept(database_, full[i].docid, plan)) seeds.push_back(full[i].docid);
  for (std::size_t i = 0; seeds.empty() && i < full.size() && i < kSimilarSeeds; ++i) seeds.push_back(full[i].docid);
  Xapian::Query like = similar_query(database_, seeds, impl_.place_terms);
  if (like.empty()) return;

  Xapian::Enquire enquire(database_);
  enquire.set_query(filter.empty() ? like : Xapian::Query(Xapian::Query::OP_FILTER, like, filter));
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(kSimilarFill + full.size()));
  auto in_full = [&full](Xapian::docid docid) {
    return std::any_of(full.begin(), full.end(), [&](const Candidate& c) { return c.docid == docid; });
  };
  double lowest = full.back().score, top = 0;
  std::size_t wanted = kSimilarFill - full.size();
  for (auto it = mset.begin(); it != mset.end() && wanted > 0; ++it) {
    if (in_full(*it)) continue;
    if (top == 0) top = std::max(it.get_weight(), 1e-9);
    double score = lowest * kSimilarShare * it.get_weight() / top;
    auto known = std::find_if(rest.begin(), rest.end(), [&](const Candidate& c) { return c.docid == *it; });
    if (known != rest.end()) {
      known->score = std::max(known->score, score);
    } else {
      Candidate candidate;
      candidate.docid = *it;
      candidate.score = score;
      candidate.similar = true;
      rest.push_back(candidate);
    }
    --wanted;
  }
  std::stable_sort(rest.begin(), rest.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  candidates = std::move(full);
  candidates.insert(candidates.end(), rest.begin(), rest.end());
}

Hit Searcher::make_hit(const Candidate& candidate, Xapian::Enquire& enquire, const QueryPlan& plan) const {
  Hit hit;
  StoredIds ids = stored_ids(database_.get_document(candidate.docid));
  hit.kind = std::move(ids.kind);
  hit.id = std::move(ids.id);
  hit.external_id = std::move(ids.external_id);
  hit.score = candidate.score;
  hit.distance_km = candidate.distance_km;
  std::set<std::string> words;
  if (plan.has_concepts) {
    for (auto term = enquire.get_matching_terms_begin(candidate.docid); term != enquire.get_matching_terms_end(candidate.docid); ++term) {
      auto found = plan.term_words.find(*term);
      if (found == plan.term_words.end()) continue;
      hit.matched_terms.push_back(*term);
      words.insert(found->second);
    }
  }
  hit.matched_words.assign(words.begin(), words.end());
  hit.similar = candidate.similar;
  return hit;
}

Result<SearchResults> Searcher::run() {
  SearchResults results;
  QueryPlan plan = plan_query(query_.text, impl_.analyzer, database_, query_.detect_place);
  if (plan.place) results.place = plan.place->place;
  auto filter = filter_query(query_);
  if (!filter) return filter.error();
  Xapian::Query base = base_query(plan);
  Xapian::Enquire enquire(database_);
  enquire.set_query(filter->empty() ? base : Xapian::Query(Xapian::Query::OP_FILTER, base, *filter));
  // No length normalisation (b = 0): fields are short and weighted already, and Xapian then need
  // not read document lengths, which makes a search on a large index about twice as fast.
  // k1 = kTermSaturation, not the usual 1.2: field weights multiply a word's count (a word in the
  // name counts 16 times, in the description twice), and with 1.2 that count saturates so fast
  // that a name counted only 1.5 times the description.
  enquire.set_weighting_scheme(Xapian::BM25Weight(kTermSaturation, 0, 1, 0, 0.5));
  Order order = effective_order(plan);
  sort_by(enquire, order);
  FacetCounter counter;
  if (query_.count_facets) enquire.add_matchspy(&counter);

  bool by_place = order == Order::Relevance && (plan.place || query_.near);
  bool by_subject = order == Order::Relevance && plan.has_concepts;
  bool similar = by_subject && query_.offset == 0 && offer_alternatives_;
  Xapian::doccount wanted = static_cast<Xapian::doccount>(query_.offset + query_.limit);
  Xapian::doccount fetch = std::max({wanted, by_place ? kRerankDepth : 0, similar ? kSimilarDepth : 0,
                                     by_subject ? static_cast<Xapian::doccount>(kSubjectDepth) : 0});
  Xapian::doccount check = std::max(fetch, query_.count_facets ? kCountedMatches : 100);
  Xapian::MSet mset = enquire.get_mset(0, fetch, check);
  results.total = mset.get_matches_estimated();

  std::optional<geo::LatLon> centre = query_.near;
  if (!centre && plan.place) centre = plan.place->place.centre;
  std::optional<DetectedPlace> place;
  if (plan.place) place = plan.place->place;
  std::vector<Candidate> candidates = read_candidates(mset, place, centre);
  if (by_place) rank_by_place(candidates, plan.has_concepts);
  // After place: the profile is that of the best matches in that place.
  if (by_subject) {
    read_subjects(candidates, database_);
    rank_by_subject(candidates, subject_profile(candidates, database_, plan));
  }
  if (similar) add_similar(candidates, plan, *filter);
  for (std::size_t i = query_.offset; i < candidates.size() && results.hits.size() < query_.limit; ++i)
    results.hits.push_back(make_hit(candidates[i], enquire, plan));
  if (query_.count_facets) {
    double seen = static_cast<double>(std::max<std::size_t>(counter.documents_seen(), 1));
    results.counts_are_estimates = counter.documents_seen() < results.total;
    results.facet_counts = counter.counts(results.counts_are_estimates ? static_cast<double>(results.total) / seen : 1.0);
  }

  if (!offer_alternatives_) return results;
  if (!plan.corrected_text.empty()) {
    results.corrected = true;
    results.suggestion = plan.corrected_text;
  } else if (results.total <= kFewResults && plan.has_concepts) {
    results.suggestion = suggest_spelling(plan);
  }
  if (results.total == 0) add_alternatives(results, plan);
  return results;
}

std::size_t Searcher::count_of(const std::string& text, bool keep_filters) {
  SearchQuery other = query_;
  other.text = text;
  other.offset = 0;
  other.limit = 0;
  other.count_facets = false;
  if (!keep_filters) {
    other.filters.clear();
    other.kinds.clear();
    other.radius_km = 0;
  }
  Searcher inner(impl_, other, database_);
  inner.offer_alternatives_ = false;
  auto found = inner.run();
  return found ? found->total : 0;
}

// "Bedoelde je …?" for a query that found little: a rare word with a more common neighbour.
std::optional<std::string> Searcher::suggest_spelling(const QueryPlan& plan) {
  std::vector<std::pair<std::size_t, std::string>> replacements;
  for (std::size_t index : plan.concept_tokens) {
    const Token& token = plan.tokens[index];
    if (token.stopword || token.word.size() < 4) continue;
    std::string suggestion = database_.get_spelling_suggestion(token.word, 2);
    if (suggestion.empty() || suggestion == token.word) continue;
    if (database_.get_termfreq(impl_.analyzer.term(suggestion)) > database_.get_termfreq(token.term))
      replacements.emplace_back(index, suggestion);
  }
  if (replacements.empty()) return std::nullopt;
  return text_replacing(query_.text, plan.tokens, replacements);
}

void Searcher::add_alternatives(SearchResults& results, const QueryPlan& plan) {
  auto offer = [&](Alternative::Reason reason, const std::string& text, bool keep_filters) {
    if (results.alternatives.size() >= kMaxAlternatives || trim(text).empty()) return;
    if (keep_filters && text == query_.text) return;
    for (const auto& known : results.alternatives)
      if (known.text == text && known.reason == reason) return;
    if (std::size_t count = count_of(text, keep_filters); count > 0) results.alternatives.push_back({reason, text, count});
  };
  if (results.suggestion) offer(Alternative::Reason::Spelling, *results.suggestion, true);
  if (!query_.filters.empty() || !query_.kinds.empty() || query_.radius_km > 0)
    offer(Alternative::Reason::WithoutFilters, query_.text, false);
  if (plan.place)
    offer(Alternative::Reason::WithoutWord, text_without(query_.text, plan.tokens, plan.place->first_token, plan.place->token_count), true);
  std::vector<std::size_t> words;
  for (std::size_t i = 0; i < plan.tokens.size(); ++i)
    if (!plan.tokens[i].stopword) words.push_back(i);
  if (words.size() >= 2)
    for (auto it = words.rbegin(); it != words.rend(); ++it)
      offer(Alternative::Reason::WithoutWord, text_without(query_.text, plan.tokens, *it, 1), true);
}

}  // namespace

Result<SearchResults> run_search(Index::Impl& impl, const SearchQuery& query) {
  return with_reader<SearchResults>(impl, [&](Xapian::Database& database) { return Searcher(impl, query, database).run(); });
}

}  // namespace omzien::search
