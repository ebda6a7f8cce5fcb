// Internal: the state behind search::Index (the writer, the pool of readers, the analysis).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/result.h"
#include "search/analyzer.h"
#include "search/index.h"

namespace omzien::search {

// Databases for searching, reused between searches and reopened to the latest commit on each use.
// Xapian objects are not thread-safe, so each search takes one of its own.
class ReaderPool {
 public:
  struct Lease {
    std::unique_ptr<Xapian::Database> database;
    std::uint64_t generation = 0;
  };
  // Points the pool at a (new) database folder; databases of an older one are dropped.
  void reset(const std::string& path);
  // May throw Xapian::Error.
  Lease acquire();
  void release(Lease lease);

 private:
  std::mutex mutex_;
  std::string path_;
  std::uint64_t generation_ = 0;
  std::vector<std::unique_ptr<Xapian::Database>> free_;
};

struct Index::Impl {
  explicit Impl(std::shared_ptr<const DutchDictionary> dictionary) : analyzer(std::move(dictionary)) {}

  std::string root;         // the folder given to open()
  std::string current_dir;  // root/db-N, the database in use
  Analyzer analyzer;
  std::mutex write_mutex;
  std::unique_ptr<Xapian::WritableDatabase> writer;
  std::string extra_synonyms;  // staff's list, as text
  bool needs_rebuild = false;
  std::set<std::string> place_terms;  // terms of the gazetteer's place names
  mutable ReaderPool readers;
};

// The search itself (searcher.cc).
Result<SearchResults> run_search(Index::Impl& impl, const SearchQuery& query);

// Calls `work` with a reader, retrying when a commit overtook it; Xapian errors become Results.
template <typename T, typename Work>
Result<T> with_reader(Index::Impl& impl, Work work) {
  for (int attempt = 0;; ++attempt) {
    try {
      ReaderPool::Lease lease = impl.readers.acquire();
      Result<T> result = work(*lease.database);
      impl.readers.release(std::move(lease));
      return result;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 3) return internal_error("search failed: the index kept changing while reading");
    } catch (const Xapian::Error& e) {
      return internal_error("search failed: " + e.get_description());
    } catch (const std::exception& e) {
      return internal_error(std::string("search failed: ") + e.what());
    }
  }
}

}  // namespace omzien::search
