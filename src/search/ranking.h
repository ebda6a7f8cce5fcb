// Internal: the parts of a search that do not run queries: filters, place queries, closeness to a
// place, facet counting and the candidates a search ranks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/result.h"
#include "search/analyzer.h"
#include "search/query_plan.h"
#include "search/search_query.h"

namespace omzien::search {

// One document of a result list while it is being ranked.
struct Candidate {
  Xapian::docid docid = 0;
  double text_score = 0;  // Xapian's weight relative to the best
  double closeness = 0;   // 1 in the place asked for, less further away (ranking.cc)
  std::optional<double> distance_km;
  double score = 0;
  bool similar = false;
  bool matches_all = false;  // matches every concept of the query (see mark_full_matches)
  std::vector<std::string> subjects;  // its themes and target groups as "theme=x", "target_group=y" (read_subjects)
};

// The facet, kind and radius filters of `query` as one boolean query; empty when there are none.
// Fails with ErrorKind::Invalid for an unknown facet.
Result<Xapian::Query> filter_query(const SearchQuery& query);

// For a query that is only a place: documents in it, in its municipality, or naming it.
Xapian::Query place_query(const DetectedPlace& place, const std::vector<Token>& place_words);

// Reads the candidates of `mset`; with a centre, also their distance and closeness.
std::vector<Candidate> read_candidates(const Xapian::MSet& mset, const std::optional<DetectedPlace>& place,
                                       const std::optional<geo::LatLon>& centre);

// Relevance with a place: relevance times (1 + boost x closeness x relevance), so being close lifts
// good matches much and weak ones little ("taalcafe woerden" is not answered by a café in Woerden).
// Without text to match, closeness ranks. Sorts by the new score.
void rank_by_place(std::vector<Candidate>& candidates, bool has_text);


// The subjects of the best few candidates (in score order), each with the score-weighted share of
// them that has it: what kind of initiative a query is about, by the profiles' own classification.
class SubjectProfile {
 public:
  explicit SubjectProfile(const std::vector<Candidate>& best);
  // 0 (nothing in common) to 1 (exactly the profile's subjects).
  double agreement(const std::vector<std::string>& subjects) const;
  // What a score is multiplied by: 1 plus a share of the agreement.
  double lift(const std::vector<std::string>& subjects) const;

 private:
  std::map<std::string, double, std::less<>> shares_;
  double mass_ = 0;
};

// The profile a search ranks by: that of the best matches named after what was asked (a name
// says most plainly what kind of initiative is meant), else that of the best matches.
SubjectProfile subject_profile(const std::vector<Candidate>& candidates, const Xapian::Database& database,
                               const QueryPlan& plan);

// Lifts candidates that share the profile's themes and target groups: words alone rank a profile
// that mentions "ouderen" and "bezoek" in passing beside the visiting services. A form of
// pseudo-relevance feedback on the profiles' own classification. Reorders only the first
// kSubjectDepth, so every page of a result list sees the same order (fetch at least that many).
inline constexpr std::size_t kSubjectDepth = 50;
// Sets Candidate::subjects of the first kSubjectDepth (the only ones ranked by subject), read from
// the index; done once the candidates are in their order by text and place.
void read_subjects(std::vector<Candidate>& candidates, const Xapian::Database& database);
void rank_by_subject(std::vector<Candidate>& candidates, const SubjectProfile& profile);

// Sets Candidate::matches_all: whether a document has, for every concept of `plan`, one of its
// terms or all terms of one of its groups (the parts of a compound, the words of a phrase). Walks
// each term's posting list once, so it stays cheap on a large index.
void mark_full_matches(std::vector<Candidate>& candidates, const QueryPlan& plan, const Xapian::Database& database);

// Whether the first field of a document (an initiative's name, an event's title) has a term of
// every concept of `plan` (or all terms of one of its groups).
bool names_every_concept(const Xapian::Database& database, Xapian::docid docid, const QueryPlan& plan);

// Counts facet values of the documents a search matches (a Xapian MatchSpy, like
// ValueCountMatchSpy but for one slot holding every facet with several values each).
class FacetCounter : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& document, double weight) override;
  Xapian::MatchSpy* clone() const override { return new FacetCounter(); }
  std::string name() const override { return "omzien.FacetCounter"; }
  // Facet -> value -> count, scaled by `factor` (counts of a sample of a large result list).
  std::map<std::string, std::vector<FacetCount>> counts(double factor) const;
  std::size_t documents_seen() const { return seen_; }

 private:
  std::map<std::string, std::map<std::string, std::size_t, std::less<>>, std::less<>> counts_;
  std::size_t seen_ = 0;
};

}  // namespace omzien::search
