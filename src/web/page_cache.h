// Public pages as anonymous visitors get them, kept until the data changes.
// Any committed write makes every kept page stale (the database's change counter moves on).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace omzien::web {

struct CachedPage {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string etag;
  std::vector<std::pair<std::string, std::string>> headers;
};

class PageCache {
 public:
  // The page kept for `key` at data version `version`, if any.
  std::optional<CachedPage> find(std::string_view key, std::uint64_t version) const;
  // Keeps `page` for `key`; pages of an older version are dropped first.
  void store(std::string key, std::uint64_t version, CachedPage page);
  void clear();

 private:
  static constexpr std::size_t kMaxPages = 5000;
  mutable std::mutex mutex_;
  std::uint64_t version_ = 0;
  std::unordered_map<std::string, CachedPage> pages_;
};

}  // namespace omzien::web
