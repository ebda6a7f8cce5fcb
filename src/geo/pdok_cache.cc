// The cache behind PdokClient: a list in use order plus a map into it, under one mutex (look-ups
// are microseconds next to a PDOK round trip, so one lock is enough).
#include "geo/pdok_cache.h"

namespace omzien::geo {

PdokCache::PdokCache(std::size_t capacity, std::chrono::seconds lifetime) : capacity_(capacity), lifetime_(lifetime) {}

std::optional<std::vector<GeocodeHit>> PdokCache::find(std::string_view key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto found = by_key_.find(std::string(key));
  if (found == by_key_.end()) return std::nullopt;
  auto entry = found->second;
  if (now - entry->stored > lifetime_) {
    by_key_.erase(found);
    entries_.erase(entry);
    return std::nullopt;
  }
  entries_.splice(entries_.begin(), entries_, entry);
  return entry->hits;
}

void PdokCache::store(std::string_view key, std::vector<GeocodeHit> hits, Clock::time_point now) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  std::string owned(key);
  if (auto found = by_key_.find(owned); found != by_key_.end()) {
    found->second->hits = std::move(hits);
    found->second->stored = now;
    entries_.splice(entries_.begin(), entries_, found->second);
    return;
  }
  entries_.push_front({owned, std::move(hits), now});
  by_key_.emplace(std::move(owned), entries_.begin());
  while (entries_.size() > capacity_) {
    by_key_.erase(entries_.back().key);
    entries_.pop_back();
  }
}

std::size_t PdokCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace omzien::geo
