#include "search/similar.h"

#include <set>
#include <string>

#include "search/index_layout.h"
#include "search/stopwords.h"

namespace omzien::search {
namespace {

constexpr Xapian::termcount kTerms = 20;
// Themes and target groups say most about the kind of initiative; they occur once per document,
// so feedback would weigh them below words that occur often.
constexpr double kSubjectBoost = 3;

class TermFilter : public Xapian::ExpandDecider {
 public:
  explicit TermFilter(const std::set<std::string>& place_terms) : place_terms_(place_terms) {}
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    if (term.rfind(layout::kSubjectPrefix, 0) == 0) return true;
    if (term[0] >= 'A' && term[0] <= 'Z') return false;  // ids, facets, places
    if (term.size() < 3 || is_stopword(term)) return false;
    return place_terms_.count(term) == 0;
  }

 private:
  const std::set<std::string>& place_terms_;
};

}  // namespace

Xapian::Query similar_query(const Xapian::Database& database, const std::vector<Xapian::docid>& seeds,
                            const std::set<std::string>& place_terms) {
  if (seeds.empty()) return Xapian::Query();
  Xapian::RSet relevant;
  for (Xapian::docid seed : seeds) relevant.add_document(seed);
  Xapian::Enquire enquire(database);
  TermFilter filter(place_terms);
  Xapian::ESet terms = enquire.get_eset(kTerms, relevant, &filter);
  std::vector<Xapian::Query> any;
  for (auto it = terms.begin(); it != terms.end(); ++it) {
    bool subject = (*it).rfind(layout::kSubjectPrefix, 0) == 0;
    any.push_back(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), it.get_weight() * (subject ? kSubjectBoost : 1)));
  }
  if (any.empty()) return Xapian::Query();
  Xapian::Query like(Xapian::Query::OP_OR, any.begin(), any.end());
  // "Of the same kind": an initiative that shares no theme or target group with the seeds is not
  // offered, however many words it shares ("coach" in "energiecoaches" for a youth project).
  std::set<std::string> subjects;
  for (Xapian::docid seed : seeds) {
    auto term = database.termlist_begin(seed);
    term.skip_to(std::string(layout::kSubjectPrefix));
    for (; term != database.termlist_end(seed) && (*term).rfind(layout::kSubjectPrefix, 0) == 0; ++term) subjects.insert(*term);
  }
  if (subjects.empty()) return like;
  return Xapian::Query(Xapian::Query::OP_FILTER, like, Xapian::Query(Xapian::Query::OP_OR, subjects.begin(), subjects.end()));
}

}  // namespace omzien::search
