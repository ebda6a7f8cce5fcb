#include "core/amsterdam_time.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <sstream>

namespace omzien {
namespace {

// 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
constexpr Seconds kSpringSwitch2026 = 1774746000;  // 2026-03-29T01:00:00Z
constexpr Seconds kAutumnSwitch2026 = 1792890000;  // 2026-10-25T01:00:00Z

LocalDateTime at(int y, int mo, int d, int h, int mi, int s = 0) { return {y, mo, d, h, mi, s}; }

TEST(AmsterdamTime, TheSwitchMomentsOf2026AreTheLastSundaysAtOneUtc) {
  EXPECT_EQ(format_utc_iso(kSpringSwitch2026), "2026-03-29T01:00:00Z");
  EXPECT_EQ(format_utc_iso(kAutumnSwitch2026), "2026-10-25T01:00:00Z");
  EXPECT_EQ(amsterdam_offset_seconds(kSpringSwitch2026 - 1), 3600);
  EXPECT_EQ(amsterdam_offset_seconds(kSpringSwitch2026), 7200);
  EXPECT_EQ(amsterdam_offset_seconds(kAutumnSwitch2026 - 1), 7200);
  EXPECT_EQ(amsterdam_offset_seconds(kAutumnSwitch2026), 3600);
}

TEST(AmsterdamTime, TheClocksJumpFromTwoToThreeInMarch) {
  EXPECT_EQ(to_amsterdam(kSpringSwitch2026 - 1), at(2026, 3, 29, 1, 59, 59));
  EXPECT_EQ(to_amsterdam(kSpringSwitch2026), at(2026, 3, 29, 3, 0, 0));
}

TEST(AmsterdamTime, TheClocksGoBackFromThreeToTwoInOctober) {
  EXPECT_EQ(to_amsterdam(kAutumnSwitch2026 - 1), at(2026, 10, 25, 2, 59, 59));
  EXPECT_EQ(to_amsterdam(kAutumnSwitch2026), at(2026, 10, 25, 2, 0, 0));
}

TEST(AmsterdamTime, AnEveningSessionBeforeAndAfterTheSpringSwitchStartsAtSevenOnTheClock) {
  auto saturday = from_amsterdam(at(2026, 3, 28, 19, 0));
  auto monday = from_amsterdam(at(2026, 3, 30, 19, 0));
  ASSERT_TRUE(saturday && monday);
  EXPECT_EQ(format_utc_iso(saturday->utc), "2026-03-28T18:00:00Z");
  EXPECT_EQ(format_utc_iso(monday->utc), "2026-03-30T17:00:00Z");
  EXPECT_EQ(monday->utc - saturday->utc, 2 * 86400 - 3600) << "a night of 23 hours in between";
  EXPECT_EQ(format_iso_amsterdam(saturday->utc), "2026-03-28T19:00:00+01:00");
  EXPECT_EQ(format_iso_amsterdam(monday->utc), "2026-03-30T19:00:00+02:00");
}

TEST(AmsterdamTime, AnEveningSessionBeforeAndAfterTheAutumnSwitchStartsAtSevenOnTheClock) {
  auto saturday = from_amsterdam(at(2026, 10, 24, 19, 0));
  auto monday = from_amsterdam(at(2026, 10, 26, 19, 0));
  ASSERT_TRUE(saturday && monday);
  EXPECT_EQ(format_utc_iso(saturday->utc), "2026-10-24T17:00:00Z");
  EXPECT_EQ(format_utc_iso(monday->utc), "2026-10-26T18:00:00Z");
  EXPECT_EQ(format_ical_amsterdam(monday->utc), "20261026T190000");
  EXPECT_EQ(format_time_input(saturday->utc), "19:00");
  EXPECT_EQ(format_date_input(monday->utc), "2026-10-26");
}

TEST(AmsterdamTime, ATimeInTheSpringGapIsReadAsAnHourLater) {
  auto gap = from_amsterdam(at(2026, 3, 29, 2, 30));
  ASSERT_TRUE(gap);
  EXPECT_EQ(gap->kind, LocalTimeKind::Skipped);
  EXPECT_EQ(format_utc_iso(gap->utc), "2026-03-29T01:30:00Z");
  EXPECT_EQ(to_amsterdam(gap->utc), at(2026, 3, 29, 3, 30));
  auto before = from_amsterdam(at(2026, 3, 29, 1, 59, 59));
  auto after = from_amsterdam(at(2026, 3, 29, 3, 0));
  EXPECT_EQ(before->kind, LocalTimeKind::Unique);
  EXPECT_EQ(after->kind, LocalTimeKind::Unique);
  EXPECT_EQ(after->utc - before->utc, 1);
}

TEST(AmsterdamTime, ATimeInTheAutumnOverlapIsTheFirstOfTheTwo) {
  auto twice = from_amsterdam(at(2026, 10, 25, 2, 30));
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->kind, LocalTimeKind::Repeated);
  EXPECT_EQ(format_utc_iso(twice->utc), "2026-10-25T00:30:00Z");
  EXPECT_EQ(amsterdam_offset_seconds(twice->utc), 7200);
  auto three = from_amsterdam(at(2026, 10, 25, 3, 0));
  EXPECT_EQ(three->kind, LocalTimeKind::Unique);
  EXPECT_EQ(format_utc_iso(three->utc), "2026-10-25T02:00:00Z");
}

TEST(AmsterdamTime, EveryMomentOfAYearGoesThereAndBack) {
  Seconds start = from_amsterdam(at(2026, 1, 1, 0, 0))->utc;
  for (Seconds t = start; t < start + 366 * 86400; t += 900) {
    LocalDateTime local = to_amsterdam(t);
    auto back = from_amsterdam(local);
    ASSERT_TRUE(back);
    if (back->kind == LocalTimeKind::Repeated && back->utc != t) {
      EXPECT_EQ(back->utc, t - 3600) << format_utc_iso(t) << ": the second of the two times";
    } else {
      EXPECT_EQ(back->utc, t) << format_utc_iso(t);
    }
    EXPECT_NE(back->kind, LocalTimeKind::Skipped) << format_utc_iso(t);
  }
}

// The tz database (Python's zoneinfo, Debian's tzdata) agrees on every switch from 2000 to 2040.
TEST(AmsterdamTime, AgreesWithTheTzDatabaseAroundEverySwitchFrom2000To2040) {
  std::ostringstream moments;
  std::vector<Seconds> probes;
  for (int year = 2000; year <= 2040; ++year) {
    for (int month : {3, 10}) {
      for (int day = 25; day <= 31; ++day) {
        if (weekday_of(year, month, day) != 0) continue;
        Seconds switch_at = from_amsterdam(at(year, month, day, 12, 0))->utc;
        switch_at -= switch_at % 86400;  // midnight UTC of that Sunday
        for (Seconds delta : {3600 - 1, 3600, 3600 + 1, 3600 + 1800}) probes.push_back(switch_at + delta);
      }
    }
  }
  for (Seconds t : probes) moments << t << " ";
  std::string script =
      "/usr/bin/python3 -c 'import sys,datetime,zoneinfo\n"
      "z=zoneinfo.ZoneInfo(\"Europe/Amsterdam\")\n"
      "for t in sys.argv[1:]: print(int(datetime.datetime.fromtimestamp(int(t), z).utcoffset().total_seconds()))' " +
      moments.str() + " 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(script.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string output;
  char buffer[256];
  while (std::fgets(buffer, sizeof buffer, pipe.get())) output += buffer;
  std::istringstream lines(output);
  if (output.empty()) GTEST_SKIP() << "python3 zoneinfo with tzdata is not available";
  for (Seconds t : probes) {
    int expected = 0;
    ASSERT_TRUE(lines >> expected) << "python answered too little";
    EXPECT_EQ(amsterdam_offset_seconds(t), expected) << format_utc_iso(t);
  }
}

TEST(AmsterdamTime, ReadsDatesAndTimesAsFormsSendThem) {
  auto date = parse_local_date("2026-03-29");
  ASSERT_TRUE(date);
  EXPECT_EQ(*date, at(2026, 3, 29, 0, 0));
  EXPECT_EQ(*parse_local_time("9:05", *date), at(2026, 3, 29, 9, 5));
  EXPECT_EQ(*parse_local_time("19:30:15", *date), at(2026, 3, 29, 19, 30, 15));
  for (const char* bad : {"", "2026-02-30", "2026-13-01", "26-03-29", "2026-3-29", "2026/03/29", "2026-03-29x",
                          "２０２６-03-29"})
    EXPECT_FALSE(parse_local_date(bad)) << bad;
  EXPECT_TRUE(parse_local_date("2028-02-29")) << "a leap year";
  EXPECT_FALSE(parse_local_date("2100-02-29")) << "not a leap year";
  for (const char* bad : {"", "24:00", "12:60", "12", "12:5", "-1:00", "123:00", "12:00:", "ab:cd", "12:00:60"})
    EXPECT_FALSE(parse_local_time(bad, *date)) << bad;
}

TEST(AmsterdamTime, RefusesDatesAndTimesThatDoNotExist) {
  EXPECT_FALSE(from_amsterdam(at(2026, 2, 29, 12, 0)));
  EXPECT_FALSE(from_amsterdam(at(2026, 4, 31, 12, 0)));
  EXPECT_FALSE(from_amsterdam(at(2026, 4, 1, 24, 0)));
}

TEST(AmsterdamTime, WritesDatesForPeopleInDutch) {
  Seconds t = from_amsterdam(at(2026, 3, 29, 14, 30))->utc;
  EXPECT_EQ(format_dutch_long_date(t), "zondag 29 maart 2026");
  EXPECT_EQ(format_dutch_time(t), "14:30");
  Seconds late = from_amsterdam(at(2026, 12, 31, 23, 45))->utc;
  EXPECT_EQ(format_dutch_long_date(late), "donderdag 31 december 2026") << "late in the evening, still that day";
  EXPECT_EQ(format_dutch_long_date(from_amsterdam(at(2027, 1, 1, 0, 15))->utc), "vrijdag 1 januari 2027");
}

}  // namespace
}  // namespace omzien
