#include "features/monitoring/active_history.h"

#include <gtest/gtest.h>

namespace omzien::monitoring {
namespace {

constexpr Seconds kDay = 86400;
constexpr Seconds kWeek0 = 1'790'000'000;  // any week start will do: the rule only compares times

outreach::ContactPipeline contact(std::int64_t id, std::optional<Seconds> last_activity = std::nullopt) {
  outreach::ContactPipeline p;
  p.contact_id = id;
  p.last_activity_at = last_activity;
  return p;
}

TEST(ActiveHistory, WeeksBeforeRecordingBeganAreUnknown) {
  ActiveHistory history{.since = kWeek0 + 7 * kDay};
  EXPECT_EQ(count_active_at({contact(1, kWeek0)}, history, kWeek0, kWeek0 + 7 * kDay), -1);
  EXPECT_EQ(count_active_at({contact(1, kWeek0)}, ActiveHistory{}, kWeek0, kWeek0 + 7 * kDay), -1)
      << "nothing recorded at all";
}

TEST(ActiveHistory, AWeekCountsWhoWasRecordedOrWhoseLatestActivityWasWithinNinetyDays) {
  ActiveHistory history{.since = kWeek0, .by_week = {{kWeek0, {1}}}};
  Seconds end = kWeek0 + 7 * kDay;
  std::vector<outreach::ContactPipeline> contacts = {
      contact(1),                          // recorded active that week, since quiet
      contact(2, kWeek0 + 2 * kDay),       // logged in during the week
      contact(3, end - 89 * kDay),         // within 90 days before the week's end
      contact(4, end - 91 * kDay),         // too long before
      contact(5, end + kDay),              // only after the week: not then
  };
  EXPECT_EQ(count_active_at(contacts, history, kWeek0, end), 3);
}

}  // namespace
}  // namespace omzien::monitoring
