// A bounded, thread-safe, least-recently-used memory of PDOK answers, so the same address typed
// twice (or by two people) costs PDOK one request. Entries also expire, as PDOK's data changes.
#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/pdok_response.h"

namespace omzien::geo {

class PdokCache {
 public:
  using Clock = std::chrono::steady_clock;

  // Keeps at most `capacity` answers (0 keeps none), each for `lifetime`.
  PdokCache(std::size_t capacity, std::chrono::seconds lifetime);

  // The answer stored under `key` at or after `now - lifetime`, and marks it recently used.
  std::optional<std::vector<GeocodeHit>> find(std::string_view key, Clock::time_point now = Clock::now());
  // Stores `hits` under `key`, dropping the least recently used answer when full.
  void store(std::string_view key, std::vector<GeocodeHit> hits, Clock::time_point now = Clock::now());
  std::size_t size() const;

 private:
  struct Entry {
    std::string key;
    std::vector<GeocodeHit> hits;
    Clock::time_point stored;
  };

  std::size_t capacity_;
  std::chrono::seconds lifetime_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace omzien::geo
