#include "features/outreach/pipeline.h"

#include <gtest/gtest.h>

#include "features/outreach/funnel.h"

namespace omzien::outreach {
namespace {

constexpr Seconds kDay = 86400;
constexpr Seconds kStart = 1'800'000'000;

TEST(OutreachPipeline, ANewContactIsNotApproachedYet) {
  Pipeline p = assess_pipeline({.added_at = kStart}, kStart);
  EXPECT_EQ(p.stage, Stage::NotApproached);
  EXPECT_EQ(p.at(Stage::NotApproached), kStart);
  EXPECT_FALSE(p.reached(Stage::Mailed));
}

TEST(OutreachPipeline, EveryStepKeepsItsDate) {
  PipelineFacts facts{.added_at = kStart,
                      .first_mailed_at = kStart + kDay,
                      .first_called_at = kStart + 3 * kDay,
                      .answer = Answer::WantsToJoin,
                      .answered_at = kStart + 3 * kDay,
                      .has_profile = true,
                      .profile_at = kStart + 4 * kDay,
                      .profile_complete = true,
                      .complete_at = kStart + 6 * kDay,
                      .last_activity_at = kStart + 6 * kDay};
  Pipeline p = assess_pipeline(facts, kStart + 10 * kDay);
  EXPECT_EQ(p.stage, Stage::Active);
  EXPECT_EQ(p.at(Stage::Mailed), kStart + kDay);
  EXPECT_EQ(p.at(Stage::Called), kStart + 3 * kDay);
  EXPECT_EQ(p.at(Stage::Answered), kStart + 3 * kDay);
  EXPECT_EQ(p.at(Stage::ProfileCreated), kStart + 4 * kDay);
  EXPECT_EQ(p.at(Stage::ProfileComplete), kStart + 6 * kDay);
}

TEST(OutreachPipeline, AProfileMadeWithoutMailOrCallSkipsThoseSteps) {
  Pipeline p = assess_pipeline(
      {.added_at = kStart, .has_profile = true, .profile_at = kStart + kDay, .last_activity_at = kStart + kDay},
      kStart + kDay);
  EXPECT_EQ(p.stage, Stage::Active);
  Pipeline quiet = assess_pipeline(
      {.added_at = kStart, .has_profile = true, .profile_at = kStart + kDay, .last_activity_at = kStart + kDay},
      kStart + 200 * kDay);
  EXPECT_EQ(quiet.stage, Stage::ProfileCreated);
  EXPECT_FALSE(quiet.reached(Stage::Mailed));
  EXPECT_FALSE(quiet.reached(Stage::Called));
}

TEST(OutreachPipeline, ActiveOnlyWhileTheLastLoginOrChangeIsWithinNinetyDays) {
  PipelineFacts facts{.added_at = kStart, .has_profile = true, .profile_at = kStart, .last_activity_at = kStart};
  EXPECT_EQ(assess_pipeline(facts, kStart + 90 * kDay).stage, Stage::Active);
  EXPECT_EQ(assess_pipeline(facts, kStart + 91 * kDay).stage, Stage::ProfileCreated);
}

TEST(OutreachPipeline, NoLinkedProfileMeansNoProfileStepsWhateverElseIsKnown) {
  PipelineFacts facts{.added_at = kStart, .answer = Answer::Declines, .profile_complete = true,
                      .last_activity_at = kStart};
  Pipeline p = assess_pipeline(facts, kStart);
  EXPECT_EQ(p.stage, Stage::Answered);
  EXPECT_EQ(p.at(Stage::Answered), kStart) << "an answer without a date counts from when it was added";
}

TEST(OutreachPipeline, ACompleteProfileWhoseMomentWeMissedCountsFromItsCreation) {
  PipelineFacts facts{.added_at = kStart, .has_profile = true, .profile_at = kStart + 2 * kDay, .profile_complete = true};
  EXPECT_EQ(assess_pipeline(facts, kStart + 200 * kDay).at(Stage::ProfileComplete), kStart + 2 * kDay);
}

TEST(OutreachPipeline, IdsAndLabelsGoBackAndForth) {
  for (Stage s : kStages) EXPECT_EQ(parse_stage(stage_id(s)), s);
  EXPECT_EQ(stage_label(Stage::NotApproached), "Nog niet benaderd");
  EXPECT_EQ(parse_outcome("geen-gehoor"), CallOutcome::NoAnswer);
  EXPECT_EQ(outcome_label(CallOutcome::WrongNumber), "Verkeerd nummer");
  EXPECT_EQ(parse_answer("wil-niet"), Answer::Declines);
  EXPECT_FALSE(parse_answer("misschien"));
}

TEST(OutreachPipeline, TheFunnelCountsEverReachedAndWhereEachIsNow) {
  auto contact = [](Stage stage, Answer answer = Answer::None) {
    ContactPipeline c;
    for (Stage s : kStages)
      if (s <= stage) c.pipeline.reached_at[static_cast<int>(s)] = kStart;
    c.pipeline.stage = stage;
    c.answer = answer;
    return c;
  };
  FunnelCounts counts = count_funnel({contact(Stage::NotApproached), contact(Stage::Mailed),
                                      contact(Stage::Answered, Answer::Declines), contact(Stage::ProfileCreated)});
  EXPECT_EQ(counts.contacts, 4);
  EXPECT_EQ(counts.reached[static_cast<int>(Stage::NotApproached)], 4);
  EXPECT_EQ(counts.reached[static_cast<int>(Stage::Mailed)], 3);
  EXPECT_EQ(counts.reached[static_cast<int>(Stage::ProfileCreated)], 1);
  EXPECT_EQ(counts.current[static_cast<int>(Stage::Mailed)], 1);
  EXPECT_EQ(counts.declines, 1);
}

}  // namespace
}  // namespace omzien::outreach
