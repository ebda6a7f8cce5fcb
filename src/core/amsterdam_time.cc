#include "core/amsterdam_time.h"

#include <array>
#include <cstdio>

namespace omzien {
namespace {

constexpr std::array<const char*, 12> kMonths = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                 "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<const char*, 7> kWeekdays = {"zondag",   "maandag", "dinsdag", "woensdag",
                                                  "donderdag", "vrijdag", "zaterdag"};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): no
// timegm(), no TZ environment, works for any year we will meet.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

LocalDateTime civil_from_seconds(Seconds t) {
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  Seconds rest = t - days * 86400;
  std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  LocalDateTime out;
  out.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  out.hour = static_cast<int>(rest / 3600);
  out.minute = static_cast<int>(rest % 3600 / 60);
  out.second = static_cast<int>(rest % 60);
  return out;
}

// The wall-clock fields read as if they were UTC.
Seconds as_if_utc(const LocalDateTime& l) {
  return days_from_civil(l.year, static_cast<unsigned>(l.month), static_cast<unsigned>(l.day)) * 86400 +
         l.hour * 3600 + l.minute * 60 + l.second;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// 01:00 UTC on the last Sunday of `month`: when the EU switches the clocks.
Seconds last_sunday_0100_utc(int year, int month) {
  int last = days_in_month(year, month);
  int back = weekday_of(year, month, last);  // days since that Sunday
  return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(last - back)) * 86400 + 3600;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::string two(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int weekday_of(int year, int month, int day) {
  std::int64_t days = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

int amsterdam_offset_seconds(Seconds utc) {
  int year = civil_from_seconds(utc).year;
  bool summer = utc >= last_sunday_0100_utc(year, 3) && utc < last_sunday_0100_utc(year, 10);
  return summer ? 7200 : 3600;
}

LocalDateTime to_amsterdam(Seconds utc) { return civil_from_seconds(utc + amsterdam_offset_seconds(utc)); }

std::optional<ResolvedTime> from_amsterdam(const LocalDateTime& local) {
  if (!is_valid_date(local.year, local.month, local.day)) return std::nullopt;
  if (local.hour < 0 || local.hour > 23 || local.minute < 0 || local.minute > 59 || local.second < 0 ||
      local.second > 59)
    return std::nullopt;
  Seconds wall = as_if_utc(local);
  Seconds summer = wall - 7200;
  Seconds winter = wall - 3600;
  bool summer_fits = amsterdam_offset_seconds(summer) == 7200;
  bool winter_fits = amsterdam_offset_seconds(winter) == 3600;
  if (summer_fits && winter_fits) return ResolvedTime{summer, LocalTimeKind::Repeated};
  if (summer_fits) return ResolvedTime{summer, LocalTimeKind::Unique};
  if (winter_fits) return ResolvedTime{winter, LocalTimeKind::Unique};
  // In the spring gap: read with the winter offset that held just before it.
  return ResolvedTime{winter, LocalTimeKind::Skipped};
}

std::optional<LocalDateTime> parse_local_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
  if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return std::nullopt;
  LocalDateTime out{.year = to_int(year), .month = to_int(month), .day = to_int(day)};
  if (!is_valid_date(out.year, out.month, out.day)) return std::nullopt;
  return out;
}

std::optional<LocalDateTime> parse_local_time(std::string_view text, LocalDateTime date) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto hour = text.substr(0, colon);
  auto rest = text.substr(colon + 1);
  std::string_view minute = rest, second;
  if (auto colon2 = rest.find(':'); colon2 != std::string_view::npos) {
    minute = rest.substr(0, colon2);
    second = rest.substr(colon2 + 1);
    if (second.size() != 2 || !all_digits(second)) return std::nullopt;
  }
  if (hour.empty() || hour.size() > 2 || !all_digits(hour) || minute.size() != 2 || !all_digits(minute))
    return std::nullopt;
  date.hour = to_int(hour);
  date.minute = to_int(minute);
  date.second = second.empty() ? 0 : to_int(second);
  if (date.hour > 23 || date.minute > 59 || date.second > 59) return std::nullopt;
  return date;
}

std::string format_date_input(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", l.year, l.month, l.day);
  return buffer;
}

std::string format_time_input(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  return two(l.hour) + ":" + two(l.minute);
}

std::string format_iso_amsterdam(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  int offset_hours = amsterdam_offset_seconds(utc) / 3600;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00", l.year, l.month, l.day, l.hour,
                l.minute, l.second, offset_hours);
  return buffer;
}

std::string format_ical_amsterdam(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02d", l.year, l.month, l.day, l.hour, l.minute,
                l.second);
  return buffer;
}

std::string format_dutch_long_date(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  return std::string(kWeekdays[weekday_of(l.year, l.month, l.day)]) + " " + std::to_string(l.day) + " " +
         kMonths[l.month - 1] + " " + std::to_string(l.year);
}

std::string format_dutch_time(Seconds utc) {
  LocalDateTime l = to_amsterdam(utc);
  return two(l.hour) + ":" + two(l.minute);
}

}  // namespace omzien
