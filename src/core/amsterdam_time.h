// Wall-clock time in Europe/Amsterdam and back, for times people type into a form ("zaterdag
// 28 maart, 14:00") and read on a page, in a mail or in a calendar. Computed from the EU rule
// (CET +01:00; CEST +02:00 from the last Sunday of March 01:00 UTC to the last Sunday of October
// 01:00 UTC), valid from 1996 on, so the machine's TZ setting and tz database never matter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace omzien {

// A date and time on the clocks in Amsterdam. Months and days count from 1.
struct LocalDateTime {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
};

// How a wall-clock time maps onto real time.
enum class LocalTimeKind {
  Unique,    // exactly one moment
  Skipped,   // in the spring gap (02:00-03:00 on the last Sunday of March): no such moment
  Repeated,  // in the autumn overlap (02:00-03:00 on the last Sunday of October): twice
};

struct ResolvedTime {
  Seconds utc = 0;
  LocalTimeKind kind = LocalTimeKind::Unique;
};

// Amsterdam's offset from UTC at `utc`, in seconds: 3600 (winter) or 7200 (summer).
int amsterdam_offset_seconds(Seconds utc);
// The clocks in Amsterdam at `utc`.
LocalDateTime to_amsterdam(Seconds utc);
// The moment a wall-clock time in Amsterdam stands for. A skipped time is read with the offset
// from before the gap (02:30 becomes 03:30 summer time), a repeated one as the first of the two
// (summer time), as RFC 5545 §3.3.5 prescribes for calendars. nullopt for a date that does not
// exist (30 February) or a time outside 00:00-23:59:59.
std::optional<ResolvedTime> from_amsterdam(const LocalDateTime& local);

// True when the date exists in the Gregorian calendar.
bool is_valid_date(int year, int month, int day);
// 0 = Sunday ... 6 = Saturday.
int weekday_of(int year, int month, int day);

// Form input: "2026-03-29" (what <input type="date"> sends) gives that date at 00:00; nullopt
// for anything else, including dates that do not exist.
std::optional<LocalDateTime> parse_local_date(std::string_view text);
// Form input: "14:30" or "9:05" (what <input type="time"> sends, seconds allowed) into `date`;
// nullopt for anything else.
std::optional<LocalDateTime> parse_local_time(std::string_view text, LocalDateTime date);

// "2026-03-29" and "14:30" in Amsterdam: the values of date and time inputs.
std::string format_date_input(Seconds utc);
std::string format_time_input(Seconds utc);
// "2026-03-29T14:30:00+02:00": for <time datetime>, JSON-LD and machines.
std::string format_iso_amsterdam(Seconds utc);
// "20260329T143000": an iCalendar DATE-TIME with TZID=Europe/Amsterdam.
std::string format_ical_amsterdam(Seconds utc);
// "zondag 29 maart 2026": for people.
std::string format_dutch_long_date(Seconds utc);
// "14:30".
std::string format_dutch_time(Seconds utc);

}  // namespace omzien
