// The time, from one settable source, so tests can move it (token expiry, reminders).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace omzien {

using Seconds = std::int64_t;  // Unix time in seconds; what the database stores.

class Clock {
 public:
  // Unix time now, plus any offset a test has set.
  Seconds now() const;
  // Moves this clock forward (or back) by `delta` seconds; for tests only.
  void advance(Seconds delta) { offset_ += delta; }

 private:
  std::atomic<Seconds> offset_{0};
};

// "2026-11-28T14:05:00Z": for logs and machine-readable output.
std::string format_utc_iso(Seconds t);
// "28 november 2026, 15:05" in Europe/Amsterdam: for people.
std::string format_dutch_datetime(Seconds t);
// "28 november 2026" in Europe/Amsterdam.
std::string format_dutch_date(Seconds t);
// RFC 5322 date, "Sat, 28 Nov 2026 14:05:00 +0000", for mail headers.
std::string format_rfc5322(Seconds t);
// RFC 9110 date for HTTP headers.
std::string format_http_date(Seconds t);

}  // namespace omzien
