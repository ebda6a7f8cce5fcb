#include "features/monitoring/funnel_steps.h"

#include <gtest/gtest.h>

#include "core/amsterdam_time.h"

namespace omzien::monitoring {
namespace {

using outreach::Answer;
using outreach::PipelineFacts;

constexpr Seconds kDay = 86400;
// Thursday 26 November 2026, 12:00 in Amsterdam (11:00 UTC).
constexpr Seconds kNow = 1795690800;

outreach::ContactPipeline contact(PipelineFacts facts, Answer answer = Answer::None) {
  facts.answer = answer;
  return {.pipeline = outreach::assess_pipeline(facts, kNow), .answer = answer};
}

int at(const StepCounts& counts, Step step) { return counts[static_cast<int>(step)]; }

TEST(MonitorFunnel, EachStepCountsThoseWhoReachedItAndTheOnesBefore) {
  std::vector<outreach::ContactPipeline> contacts = {
      contact({.added_at = kNow - 30 * kDay}),  // only in the file
      contact({.added_at = kNow - 30 * kDay, .first_mailed_at = kNow - 20 * kDay}),
      contact({.added_at = kNow - 30 * kDay, .first_called_at = kNow - 10 * kDay, .answered_at = kNow - 10 * kDay},
              Answer::Declines),
      contact({.added_at = kNow - 30 * kDay, .first_mailed_at = kNow - 20 * kDay, .answered_at = kNow - 5 * kDay},
              Answer::WantsToJoin),
      contact({.added_at = kNow - 30 * kDay,
               .first_mailed_at = kNow - 20 * kDay,
               .has_profile = true,
               .profile_at = kNow - 3 * kDay,
               .profile_complete = true,
               .complete_at = kNow - 2 * kDay,
               .last_activity_at = kNow - 1 * kDay}),
  };
  auto counts = count_steps(contacts);
  EXPECT_EQ(at(counts, Step::InFile), 5);
  EXPECT_EQ(at(counts, Step::Approached), 4);
  EXPECT_EQ(at(counts, Step::WantsToJoin), 2) << "a yes, and a profile made (a no does not count)";
  EXPECT_EQ(at(counts, Step::ProfileCreated), 1);
  EXPECT_EQ(at(counts, Step::ProfileComplete), 1);
  EXPECT_EQ(at(counts, Step::Active), 1);
}

TEST(MonitorFunnel, AProfileMadeWithoutMailOrCallCountsAsApproachedAndWillingToJoin) {
  auto c = contact({.added_at = kNow - 10 * kDay, .has_profile = true, .profile_at = kNow - 4 * kDay});
  auto dates = step_dates(c);
  EXPECT_EQ(dates[static_cast<int>(Step::Approached)], kNow - 4 * kDay);
  EXPECT_EQ(dates[static_cast<int>(Step::WantsToJoin)], kNow - 4 * kDay);
  EXPECT_FALSE(dates[static_cast<int>(Step::ProfileComplete)]);
  EXPECT_FALSE(dates[static_cast<int>(Step::Active)]) << "no activity known";
}

TEST(MonitorFunnel, AProfileIdleForMoreThanNinetyDaysIsNotActive) {
  auto c = contact({.added_at = kNow - 200 * kDay, .has_profile = true, .profile_at = kNow - 150 * kDay,
                    .last_activity_at = kNow - 91 * kDay});
  EXPECT_EQ(at(count_steps({c}), Step::Active), 0);
  EXPECT_EQ(at(count_steps({c}), Step::ProfileCreated), 1);
}

TEST(MonitorFunnel, PastWeeksCountWhatHadHappenedByTheirEndAndLeaveActiveUnknown) {
  std::vector<outreach::ContactPipeline> contacts = {
      contact({.added_at = kNow - 20 * kDay, .first_mailed_at = kNow - 6 * kDay}),
      contact({.added_at = kNow - 3 * kDay}),
  };
  auto before = count_steps_before(contacts, kNow - 10 * kDay, false);
  EXPECT_EQ(at(before, Step::InFile), 1);
  EXPECT_EQ(at(before, Step::Approached), 0);
  EXPECT_EQ(at(before, Step::Active), -1);
  auto now = count_steps_before(contacts, kNow + 1, true);
  EXPECT_EQ(at(now, Step::InFile), 2);
  EXPECT_EQ(at(now, Step::Approached), 1);
  EXPECT_EQ(at(now, Step::Active), 0);
}

TEST(MonitorFunnel, PercentagesRoundAndHaveNoneWithoutABase) {
  EXPECT_EQ(percent_of(1, 3), 33);
  EXPECT_EQ(percent_of(2, 3), 67);
  EXPECT_EQ(percent_of(3, 3), 100);
  EXPECT_FALSE(percent_of(0, 0));
}

TEST(MonitorFunnel, WeeksStartOnMondayMidnightInAmsterdamAcrossTheClockChange) {
  auto starts = week_starts(kNow, 12);
  ASSERT_EQ(starts.size(), 12u);
  EXPECT_EQ(to_amsterdam(starts.back()), (LocalDateTime{2026, 11, 23, 0, 0, 0}));
  EXPECT_EQ(to_amsterdam(starts.front()), (LocalDateTime{2026, 9, 7, 0, 0, 0}));
  for (auto start : starts) {
    LocalDateTime local = to_amsterdam(start);
    EXPECT_EQ(weekday_of(local.year, local.month, local.day), 1) << start;
    EXPECT_EQ(local.hour, 0);
  }
  // Summer time ended on 25 October 2026: that week is an hour longer.
  EXPECT_EQ(starts[7] - starts[6], 7 * kDay + 3600);
}

}  // namespace
}  // namespace omzien::monitoring
