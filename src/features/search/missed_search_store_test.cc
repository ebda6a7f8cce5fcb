#include "features/search/missed_search_store.h"

#include <gtest/gtest.h>

namespace omzien::search_pages {
namespace {

TEST(MissedSearchWeek, CountsWeeksOnTheClocksInAmsterdam) {
  // Monday 30 November 2026, 00:30 in Amsterdam (winter time) is Sunday 23:30 UTC: the search
  // belongs to the new week, as the monitor's weeks do.
  const Seconds monday_half_past_midnight = 1795995000;
  EXPECT_EQ(missed_search_week(monday_half_past_midnight), "2026-W49");
  EXPECT_EQ(missed_search_week(monday_half_past_midnight - 3600), "2026-W48") << "Sunday 23:30 in Amsterdam";
  // Summer time: Monday 6 July 2026, 01:30 in Amsterdam is Sunday 23:30 UTC.
  EXPECT_EQ(missed_search_week(1783294200), "2026-W28");
  EXPECT_LT(missed_search_week(1783294200), missed_search_week(monday_half_past_midnight)) << "keys sort as weeks";
}

}  // namespace
}  // namespace omzien::search_pages
