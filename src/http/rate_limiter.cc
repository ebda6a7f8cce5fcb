#include "http/rate_limiter.h"

namespace omzien::http {

bool RateLimiter::allow(std::string_view key, int limit, Seconds window) {
  Seconds now = clock_.now();
  std::lock_guard lock(mutex_);
  // Now and then drop keys whose attempts all expired, so memory stays bounded.
  if (++calls_ % 1024 == 0) {
    for (auto it = attempts_.begin(); it != attempts_.end();) {
      if (it->second.empty() || it->second.back() <= now - 86400) it = attempts_.erase(it);
      else ++it;
    }
  }
  auto& times = attempts_[std::string(key)];
  while (!times.empty() && times.front() <= now - window) times.pop_front();
  if (static_cast<int>(times.size()) >= limit) return false;
  times.push_back(now);
  return true;
}

void RateLimiter::clear() {
  std::lock_guard lock(mutex_);
  attempts_.clear();
}

}  // namespace omzien::http
