#include "search/ranking.h"

#include <gtest/gtest.h>

namespace omzien::search {
namespace {

Candidate candidate(Xapian::docid docid, double score, std::vector<std::string> subjects) {
  Candidate out;
  out.docid = docid;
  out.score = score;
  out.text_score = score;
  out.subjects = std::move(subjects);
  return out;
}

std::vector<Xapian::docid> order_of(const std::vector<Candidate>& candidates) {
  std::vector<Xapian::docid> out;
  for (const auto& c : candidates) out.push_back(c.docid);
  return out;
}

const std::vector<std::string> kVisiting = {"theme=ouderen", "theme=eenzaamheid", "target_group=ouderen"};

TEST(SearchSubjectRanking, LiftsWhatSharesTheSubjectsOfTheBestMatches) {
  // "ouderen bezoeken": three visiting services, then a bus service that mentions a visit in
  // passing (a little more text weight) and a fourth visiting service.
  std::vector<Candidate> candidates = {
      candidate(1, 1.0, kVisiting),
      candidate(2, 0.95, kVisiting),
      candidate(3, 0.9, kVisiting),
      candidate(4, 0.6, {"theme=mobiliteit", "theme=ouderen", "target_group=ouderen"}),
      candidate(5, 0.55, kVisiting),
  };
  rank_by_subject(candidates, SubjectProfile(candidates));
  EXPECT_EQ(order_of(candidates), (std::vector<Xapian::docid>{1, 2, 3, 5, 4}));
}

TEST(SearchSubjectRanking, SubjectsTheBestMatchesLackCountAgainst) {
  // "jeugd": youth clubs first; a music school for children and young people shares "jongeren"
  // but adds what the clubs lack, so a youth club with a slightly lower text score passes it.
  const std::vector<std::string> club = {"theme=jongeren", "target_group=jongeren"};
  std::vector<Candidate> candidates = {
      candidate(1, 1.0, club),
      candidate(2, 0.9, club),
      candidate(3, 0.8, {"theme=cultuur", "theme=jongeren", "target_group=kinderen", "target_group=jongeren"}),
      candidate(4, 0.75, club),
  };
  rank_by_subject(candidates, SubjectProfile(candidates));
  EXPECT_EQ(order_of(candidates), (std::vector<Xapian::docid>{1, 2, 4, 3}));
}

TEST(SearchSubjectRanking, TextStillDecidesBetweenProfilesOfTheSameKind) {
  std::vector<Candidate> candidates = {candidate(1, 1.0, kVisiting), candidate(2, 0.3, kVisiting), candidate(3, 0.5, kVisiting)};
  rank_by_subject(candidates, SubjectProfile(candidates));
  EXPECT_EQ(order_of(candidates), (std::vector<Xapian::docid>{1, 3, 2}));
}

TEST(SearchSubjectRanking, LeavesTheOrderBeyondItsDepthAlone) {
  // Every page of a result list must see the same order, so only the first kSubjectDepth move.
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < kSubjectDepth + 2; ++i)
    candidates.push_back(candidate(static_cast<Xapian::docid>(i + 1), 1.0 - 0.01 * static_cast<double>(i), kVisiting));
  candidates[kSubjectDepth].subjects = {"theme=cultuur"};
  candidates[kSubjectDepth + 1].subjects = kVisiting;
  rank_by_subject(candidates, SubjectProfile(candidates));
  EXPECT_EQ(candidates[kSubjectDepth].docid, kSubjectDepth + 1);
  EXPECT_EQ(candidates[kSubjectDepth + 1].docid, kSubjectDepth + 2);
}

TEST(SearchSubjectRanking, ProfilesWithoutThemesKeepTheirOrder) {
  std::vector<Candidate> candidates = {candidate(1, 1.0, {}), candidate(2, 0.8, {}), candidate(3, 0.5, {})};
  rank_by_subject(candidates, SubjectProfile(candidates));
  EXPECT_EQ(order_of(candidates), (std::vector<Xapian::docid>{1, 2, 3}));
}

}  // namespace
}  // namespace omzien::search
