// The search index of the platform: one Xapian database on disk for all kinds of public content
// (initiatives now; events, questions and articles later), with the Dutch analysis of analyzer.h.
//
//   auto index = search::Index::open("var/search");           // once, at start-up
//   if (!index) return index.error();
//   (*index)->upsert(search::initiative_document(fields));     // after a profile was saved
//   (*index)->remove("initiative", "42");                     // after it was hidden or deleted
//   search::SearchQuery query{.text = "taalcafe amersfoort"};
//   auto results = (*index)->search(query);                    // hits, counts, suggestion, place
//   for (auto& hit : results->hits) (*index)->highlight(summary_of(hit.id), hit);
//
// Thread-safe: one writer at a time behind a mutex, any number of concurrent searches. A change is
// committed before upsert/remove return, so the next search sees it. Nothing here throws; Xapian
// errors come back as ErrorKind::Internal.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "search/analyzer.h"
#include "search/document.h"
#include "search/dutch_dictionary.h"
#include "search/highlight.h"
#include "search/search_query.h"

namespace omzien::search {

struct IndexOptions {
  // The Dutch dictionary for compounds and base forms; null: the system's hunspell-nl, loaded
  // once per process (about half a second, on first use).
  std::shared_ptr<const DutchDictionary> dictionary;
};

class Index {
 public:
  // Opens the index in the folder `path`, creating it when missing. Fails with
  // ErrorKind::Conflict when another process holds it (Xapian has one writer).
  static Result<std::unique_ptr<Index>> open(const std::string& path, IndexOptions options = {});
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Adds the document, or replaces the one with the same kind and id. Findable when this returns.
  Result<void> upsert(const Document& document);
  // The same for many documents with one commit (an import).
  Result<void> upsert(const std::vector<Document>& documents);
  // Removes a document; removing one that is not there is not an error.
  Result<void> remove(std::string_view kind, std::string_view id);
  // Upserts and removals (kind, id) of many documents with one commit (an import, the queue of
  // changes a command left): a commit per document made them wait on the disk for each.
  Result<void> update(const std::vector<Document>& upserts,
                      const std::vector<std::pair<std::string, std::string>>& removals);
  // Builds a fresh index from `documents` and swaps it in at once; searches keep working on the
  // old one meanwhile. `next` returns documents until it returns nothing.
  Result<void> rebuild(const std::function<std::optional<Document>()>& next);
  Result<void> rebuild(const std::vector<Document>& documents);
  // Staff's own synonyms (format in synonyms.h), used with the built-in list from now on and kept
  // in the index. Fails with ErrorKind::Invalid (naming the line) when the text is malformed.
  Result<void> set_extra_synonyms(std::string_view text);

  // Runs a search. Fails with ErrorKind::Invalid for an unknown facet name.
  Result<SearchResults> search(const SearchQuery& query) const;
  // `text` (a field of the hit's content) with the words that made `hit` match marked.
  std::vector<TextSegment> highlight(std::string_view text, const Hit& hit) const;
  // How many documents the index holds.
  Result<std::size_t> document_count() const;
  // True when the index was built with another analysis (a new program version or dictionary):
  // run rebuild so old and new documents are analysed alike.
  bool needs_rebuild() const;
  const Analyzer& analyzer() const;

  struct Impl;

 private:
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace omzien::search
