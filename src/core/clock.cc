#include "core/clock.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace omzien {
namespace {

constexpr std::array<const char*, 12> kDutchMonths = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};

std::tm utc_tm(Seconds t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm out{};
  gmtime_r(&tt, &out);
  return out;
}

// Europe/Amsterdam without depending on the machine's TZ setting: the EU rule
// (CET, CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC).
Seconds last_sunday_0100_utc(int year, int month /*1-12*/) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month;  // first day of next month
  tm.tm_mday = 1;
  tm.tm_hour = 1;
  Seconds first_next = timegm(&tm);
  std::tm check = utc_tm(first_next - 86400);
  int wday = check.tm_wday;  // weekday of the last day of `month`
  return first_next - 86400 - static_cast<Seconds>(wday) * 86400;
}

std::tm amsterdam_tm(Seconds t) {
  std::tm u = utc_tm(t);
  int year = u.tm_year + 1900;
  bool summer = t >= last_sunday_0100_utc(year, 3) && t < last_sunday_0100_utc(year, 10);
  return utc_tm(t + (summer ? 7200 : 3600));
}

}  // namespace

Seconds Clock::now() const {
  auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count() + offset_.load();
}

std::string format_utc_iso(Seconds t) {
  std::tm tm = utc_tm(t);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string format_dutch_date(Seconds t) {
  std::tm tm = amsterdam_tm(t);
  return std::to_string(tm.tm_mday) + " " + kDutchMonths[tm.tm_mon] + " " +
         std::to_string(tm.tm_year + 1900);
}

std::string format_dutch_datetime(Seconds t) {
  std::tm tm = amsterdam_tm(t);
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
  return format_dutch_date(t) + ", " + hm;
}

std::string format_rfc5322(Seconds t) {
  std::tm tm = utc_tm(t);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buffer;
}

std::string format_http_date(Seconds t) {
  std::tm tm = utc_tm(t);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buffer;
}

}  // namespace omzien
