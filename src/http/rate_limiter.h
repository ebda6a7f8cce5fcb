// Counts attempts per key in a sliding hour (or any window), in memory only: IP addresses
// and hashed e-mail addresses never reach the database or the log.
#pragma once

#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/clock.h"

namespace omzien::http {

class RateLimiter {
 public:
  explicit RateLimiter(const Clock& clock) : clock_(clock) {}
  // Records an attempt for `key` and returns true when it stays within `limit` per `window`.
  // A refused attempt is not counted, so waiting always helps.
  bool allow(std::string_view key, int limit, Seconds window);
  // Forgets everything (tests).
  void clear();

 private:
  const Clock& clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Seconds>> attempts_;
  std::size_t calls_ = 0;
};

}  // namespace omzien::http
