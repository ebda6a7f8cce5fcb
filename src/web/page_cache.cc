#include "web/page_cache.h"

namespace omzien::web {

std::optional<CachedPage> PageCache::find(std::string_view key, std::uint64_t version) const {
  std::lock_guard lock(mutex_);
  if (version != version_) return std::nullopt;
  auto it = pages_.find(std::string(key));
  if (it == pages_.end()) return std::nullopt;
  return it->second;
}

void PageCache::store(std::string key, std::uint64_t version, CachedPage page) {
  std::lock_guard lock(mutex_);
  if (version != version_) {
    if (version < version_) return;  // rendered before a change; do not keep it
    pages_.clear();
    version_ = version;
  }
  if (pages_.size() >= kMaxPages) pages_.clear();
  pages_[std::move(key)] = std::move(page);
}

void PageCache::clear() {
  std::lock_guard lock(mutex_);
  pages_.clear();
}

}  // namespace omzien::web
