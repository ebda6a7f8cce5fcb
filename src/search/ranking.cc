#include "search/ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/text.h"
#include "search/document_terms.h"
#include "search/index_layout.h"

namespace omzien::search {
namespace {

// Closeness: 1 in the place, kSameMunicipality elsewhere in its municipality, and at most kNearMax
// for a point that halves every kNearHalfKm. Within about a kilometre nearness beats the
// municipality: a street in the next neighbourhood (Elinkwijk for "zuilen") is closer to what was
// meant than the other side of town, which the gazetteer cannot tell as it has no sub-neighbourhoods.
constexpr double kSameMunicipality = 0.6;
constexpr double kNearMax = 0.8;
constexpr double kNearHalfKm = 3;
constexpr double kPlaceBoost = 2.0;
// A query of only a place: closeness first, a mention of the place in the text a little extra.
constexpr double kPlaceTextShare = 0.25;
// Agreeing with the themes and target groups of the best kSubjectSeeds matches multiplies a score by
// up to 1 + kSubjectWeight (SubjectProfile). Matches named after the query, among the first
// kNamedSeedDepth, are the seeds when there are any.
constexpr std::size_t kSubjectSeeds = 5;
constexpr std::size_t kNamedSeedDepth = 10;
constexpr double kSubjectWeight = 1.0;

struct Where {
  std::string_view municipality, place;
  std::optional<geo::LatLon> location;
};

Where where_of(std::string_view stored) {
  Where where;
  auto first = stored.find(kFacetSeparator);
  if (first == std::string_view::npos) return where;
  auto second = stored.find(kFacetSeparator, first + 1);
  if (second == std::string_view::npos) return where;
  where.municipality = stored.substr(0, first);
  where.place = stored.substr(first + 1, second - first - 1);
  std::string point(stored.substr(second + 1));
  double lat = 0, lon = 0;
  if (!point.empty() && std::sscanf(point.c_str(), "%lf,%lf", &lat, &lon) == 2) where.location = geo::LatLon{lat, lon};
  return where;
}

double closeness(const Where& where, const std::optional<DetectedPlace>& place, std::string_view place_key,
                 std::optional<double> distance_km) {
  double score = 0;
  if (place) {
    bool same_municipality = !where.municipality.empty() && where.municipality == place->municipality_code;
    bool inside = place->kind == geo::PlaceKind::Municipality ? same_municipality : where.place == place_key;
    if (inside) score = 1;
    else if (same_municipality) score = kSameMunicipality;
  }
  if (distance_km) score = std::max(score, kNearMax * std::exp2(-*distance_km / kNearHalfKm));
  return score;
}

// "theme=x" and "target_group=y" items of a document's stored facets.
std::vector<std::string> subjects_of(std::string_view stored) {
  std::vector<std::string> out;
  for (auto& item : split(stored, kFacetSeparator)) {
    auto equals = item.find('=');
    if (equals == std::string::npos) continue;
    std::string_view facet = std::string_view(item).substr(0, equals);
    if (std::find(layout::kSubjectFacets.begin(), layout::kSubjectFacets.end(), facet) != layout::kSubjectFacets.end())
      out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

void read_subjects(std::vector<Candidate>& candidates, const Xapian::Database& database) {
  for (std::size_t i = 0; i < candidates.size() && i < kSubjectDepth; ++i)
    candidates[i].subjects = subjects_of(database.get_document(candidates[i].docid).get_value(layout::kFacetsSlot));
}

Result<Xapian::Query> filter_query(const SearchQuery& query) {
  std::vector<Xapian::Query> parts;
  for (const FacetFilter& filter : query.filters) {
    if (!layout::is_facet(filter.name)) return Error{ErrorKind::Invalid, "unknown facet: " + filter.name};
    if (filter.values.empty()) continue;
    std::vector<Xapian::Query> any;
    for (const auto& value : filter.values) any.emplace_back(layout::facet_term(filter.name, value));
    parts.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (!query.kinds.empty()) {
    std::vector<Xapian::Query> any;
    for (const auto& kind : query.kinds) any.emplace_back(layout::facet_term(kKindFacet, kind));
    parts.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (query.near && query.radius_km > 0) {
    auto* within = new Xapian::LatLongDistancePostingSource(
        layout::kLocationSlot, Xapian::LatLongCoord(query.near->lat, query.near->lon), Xapian::GreatCircleMetric(),
        query.radius_km * 1000);
    parts.emplace_back(within->release());  // the query owns it from here
  }
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query place_query(const DetectedPlace& place, const std::vector<Token>& place_words) {
  std::vector<Xapian::Query> any;
  any.emplace_back(std::string(layout::kPlacePrefix) + fold(place.name));
  if (!place.municipality_code.empty()) any.emplace_back(layout::facet_term(kMunicipalityFacet, place.municipality_code));
  for (const Token& token : place_words)
    if (!token.stopword) any.emplace_back(token.term);
  return Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
}

std::vector<Candidate> read_candidates(const Xapian::MSet& mset, const std::optional<DetectedPlace>& place,
                                       const std::optional<geo::LatLon>& centre) {
  std::vector<Candidate> out;
  out.reserve(mset.size());
  double top = std::max(mset.empty() ? 0.0 : mset.begin().get_weight(), 1e-9);
  std::string place_key = place ? fold(place->name) : std::string();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Candidate candidate;
    candidate.docid = *it;
    candidate.text_score = it.get_weight() / top;
    candidate.score = candidate.text_score;
    if (centre) {
      std::string stored = it.get_document().get_value(layout::kWhereSlot);
      Where where = where_of(stored);
      if (where.location) candidate.distance_km = geo::distance_km(*centre, *where.location);
      candidate.closeness = closeness(where, place, place_key, candidate.distance_km);
    }
    out.push_back(candidate);
  }
  return out;
}

void rank_by_place(std::vector<Candidate>& candidates, bool has_text) {
  for (auto& candidate : candidates) {
    double relevance = candidate.text_score;
    candidate.score = has_text ? relevance * (1 + kPlaceBoost * candidate.closeness * relevance)
                               : candidate.closeness + kPlaceTextShare * relevance;
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

SubjectProfile::SubjectProfile(const std::vector<Candidate>& best) {
  double seed_weight = 0;
  for (std::size_t i = 0; i < best.size() && i < kSubjectSeeds; ++i) {
    seed_weight += best[i].score;
    for (const auto& subject : best[i].subjects) shares_[subject] += best[i].score;
  }
  if (seed_weight <= 0) {
    shares_.clear();
    return;
  }
  for (auto& [subject, share] : shares_) mass_ += share /= seed_weight;
}

// A weighted Jaccard overlap: sharing the profile's main subjects counts, subjects the profile
// lacks count against (a music school does not agree with youth clubs just because it also names
// young people).
double SubjectProfile::agreement(const std::vector<std::string>& subjects) const {
  double shared = 0;
  for (const auto& subject : subjects)
    if (auto found = shares_.find(subject); found != shares_.end()) shared += found->second;
  double both = mass_ + static_cast<double>(subjects.size()) - shared;
  return both > 0 ? shared / both : 0;
}

double SubjectProfile::lift(const std::vector<std::string>& subjects) const {
  return 1 + kSubjectWeight * agreement(subjects);
}

SubjectProfile subject_profile(const std::vector<Candidate>& candidates, const Xapian::Database& database,
                               const QueryPlan& plan) {
  std::vector<Candidate> named;
  for (std::size_t i = 0; i < candidates.size() && i < kNamedSeedDepth && named.size() < kSubjectSeeds; ++i)
    if (names_every_concept(database, candidates[i].docid, plan)) named.push_back(candidates[i]);
  return SubjectProfile(named.empty() ? candidates : named);
}

void rank_by_subject(std::vector<Candidate>& candidates, const SubjectProfile& profile) {
  auto reranked_end = candidates.begin() + static_cast<std::ptrdiff_t>(std::min(candidates.size(), kSubjectDepth));
  for (auto candidate = candidates.begin(); candidate != reranked_end; ++candidate) candidate->score *= profile.lift(candidate->subjects);
  std::stable_sort(candidates.begin(), reranked_end, [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

void mark_full_matches(std::vector<Candidate>& candidates, const QueryPlan& plan, const Xapian::Database& database) {
  if (plan.concept_count == 0 || candidates.empty()) return;
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return candidates[a].docid < candidates[b].docid; });
  // present[candidate][term]: which terms of the query each candidate has.
  std::map<std::string, std::vector<bool>> present;
  auto has_term = [&](const std::string& term) -> const std::vector<bool>& {
    auto found = present.find(term);
    if (found != present.end()) return found->second;
    std::vector<bool> flags(candidates.size(), false);
    Xapian::PostingIterator posting = database.postlist_begin(term), end = database.postlist_end(term);
    for (std::size_t index : order) {
      if (posting == end) break;
      posting.skip_to(candidates[index].docid);
      if (posting != end && *posting == candidates[index].docid) flags[index] = true;
    }
    return present.emplace(term, std::move(flags)).first->second;
  };
  std::vector<std::set<int>> matched(candidates.size());
  for (const auto& [term, concepts] : plan.term_concepts) {
    const auto& flags = has_term(term);
    for (std::size_t i = 0; i < candidates.size(); ++i)
      if (flags[i]) matched[i].insert(concepts.begin(), concepts.end());
  }
  for (const auto& [concept_id, group] : plan.concept_groups) {
    std::vector<bool> all(candidates.size(), true);
    for (const auto& part : group) {
      const auto& flags = has_term(part);
      for (std::size_t i = 0; i < candidates.size(); ++i) all[i] = all[i] && flags[i];
    }
    for (std::size_t i = 0; i < candidates.size(); ++i)
      if (all[i]) matched[i].insert(concept_id);
  }
  for (std::size_t i = 0; i < candidates.size(); ++i)
    candidates[i].matches_all = static_cast<int>(matched[i].size()) >= plan.concept_count;
}

bool names_every_concept(const Xapian::Database& database, Xapian::docid docid, const QueryPlan& plan) {
  if (plan.concept_count == 0) return false;
  // The first field takes positions 1 to its length, the next starts kFieldGap further on.
  auto in_name = [&](const std::string& term) {
    Xapian::PositionIterator position = database.positionlist_begin(docid, term);
    return position != database.positionlist_end(docid, term) && *position <= layout::kFieldGap;
  };
  std::set<int> named;
  for (const auto& [term, concepts] : plan.term_concepts)
    if (in_name(term)) named.insert(concepts.begin(), concepts.end());
  for (const auto& [concept_id, group] : plan.concept_groups)
    if (!named.count(concept_id) && std::all_of(group.begin(), group.end(), in_name)) named.insert(concept_id);
  return static_cast<int>(named.size()) >= plan.concept_count;
}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++seen_;
  std::string stored = document.get_value(layout::kFacetsSlot);
  std::string_view rest = stored;
  while (!rest.empty()) {
    auto end = rest.find(kFacetSeparator);
    std::string_view item = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    auto equals = item.find('=');
    if (equals == std::string_view::npos) continue;
    std::string_view facet = item.substr(0, equals), value = item.substr(equals + 1);
    auto facet_counts = counts_.find(facet);
    if (facet_counts == counts_.end()) facet_counts = counts_.emplace(std::string(facet), std::map<std::string, std::size_t, std::less<>>()).first;
    auto count = facet_counts->second.find(value);
    if (count == facet_counts->second.end()) facet_counts->second.emplace(std::string(value), 1);
    else ++count->second;
  }
}

std::map<std::string, std::vector<FacetCount>> FacetCounter::counts(double factor) const {
  std::map<std::string, std::vector<FacetCount>> out;
  for (const auto& facet : layout::kFacets) out[std::string(facet)];
  for (const auto& [facet, values] : counts_) {
    auto& list = out[facet];
    for (const auto& [value, count] : values)
      list.push_back({value, static_cast<std::size_t>(std::llround(static_cast<double>(count) * factor))});
    std::stable_sort(list.begin(), list.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  }
  return out;
}

}  // namespace omzien::search
