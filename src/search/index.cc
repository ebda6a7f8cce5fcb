// The writing side of the index: opening, saving and removing documents, rebuilding, synonyms.
// The folder holds one or two databases (db-1, db-2, ...) and a file CURRENT naming the one in
// use, so a rebuild can be swapped in with one rename while searches continue on the old one.
#include <filesystem>
#include <fstream>
#include <functional>

#include "core/log.h"
#include "geo/geo.h"
#include "search/document_terms.h"
#include "search/index_impl.h"
#include "search/index_layout.h"
#include "search/synonyms.h"

namespace omzien::search {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCurrentFile = "CURRENT";
constexpr const char* kExtraSynonymsKey = "extra-synonyms";
constexpr const char* kSynonymsVersionKey = "synonyms-version";
constexpr const char* kAnalysisKey = "analysis";

std::string analysis_version(const Analyzer& analyzer) {
  return std::string(layout::kLayoutVersion) + ";dictionary=" + std::to_string(analyzer.dictionary().size());
}

template <typename Work>
Result<void> guarded(std::string_view what, Work work) {
  try {
    return work();
  } catch (const Xapian::Error& e) {
    return internal_error(std::string(what) + " failed: " + e.get_description());
  } catch (const std::exception& e) {
    return internal_error(std::string(what) + " failed: " + e.what());
  }
}

std::string read_current(const fs::path& root) {
  std::ifstream in(root / kCurrentFile);
  std::string name;
  std::getline(in, name);
  return name;
}

void write_current(const fs::path& root, const std::string& name) {
  fs::path temporary = root / (std::string(kCurrentFile) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << name << "\n";
  }
  fs::rename(temporary, root / kCurrentFile);  // atomic: readers see the old or the new name
}

int generation_of(const std::string& name) {
  return name.rfind("db-", 0) == 0 ? std::atoi(name.c_str() + 3) : 0;
}

// Writes the built-in and extra synonyms into the database's synonym table when they changed.
Result<void> store_synonyms(Xapian::WritableDatabase& database, const Analyzer& analyzer,
                            const std::string& extra, bool force) {
  auto builtin = parse_synonyms(builtin_synonyms());
  if (!builtin) return builtin.error();
  auto staff = parse_synonyms(extra);
  if (!staff) return staff.error();
  std::string version = std::to_string(std::hash<std::string>{}(std::string(builtin_synonyms()) + "\n" + extra)) +
                        ";" + analysis_version(analyzer);
  if (!force && database.get_metadata(kSynonymsVersionKey) == version) return {};

  std::vector<SynonymRule> rules = std::move(builtin.value());
  rules.insert(rules.end(), staff->begin(), staff->end());
  SynonymTable table = build_synonym_table(rules, analyzer);
  std::vector<std::string> old_keys(database.synonym_keys_begin(), database.synonym_keys_end());
  for (const auto& key : old_keys) database.clear_synonyms(key);
  for (const auto& [key, values] : table)
    for (const auto& value : values) database.add_synonym("Z" + key, value);
  database.set_metadata(kExtraSynonymsKey, extra);
  database.set_metadata(kSynonymsVersionKey, version);
  return {};
}

void add_document(Xapian::WritableDatabase& database, const Document& document, const Analyzer& analyzer) {
  XapianDocument converted = to_xapian_document(document, analyzer);
  std::string id_term = layout::id_term(document.kind, document.id);
  if (auto existing = database.postlist_begin(id_term); existing != database.postlist_end(id_term))
    for (const auto& word : spelling_words_of(database.get_document(*existing))) database.remove_spelling(word);
  for (const auto& word : converted.spelling_words) database.add_spelling(word);
  database.replace_document(id_term, converted.document);
}

// Removing a document that is not there is not an error.
void remove_document(Xapian::WritableDatabase& database, std::string_view kind, std::string_view id) {
  std::string id_term = layout::id_term(kind, id);
  auto existing = database.postlist_begin(id_term);
  if (existing == database.postlist_end(id_term)) return;
  for (const auto& word : spelling_words_of(database.get_document(*existing))) database.remove_spelling(word);
  database.delete_document(id_term);
}

}  // namespace

void ReaderPool::reset(const std::string& path) {
  std::lock_guard lock(mutex_);
  path_ = path;
  ++generation_;
  free_.clear();
}

ReaderPool::Lease ReaderPool::acquire() {
  Lease lease;
  std::string path;
  {
    std::lock_guard lock(mutex_);
    lease.generation = generation_;
    path = path_;
    if (!free_.empty()) {
      lease.database = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (lease.database) lease.database->reopen();
  else lease.database = std::make_unique<Xapian::Database>(path);
  return lease;
}

void ReaderPool::release(Lease lease) {
  std::lock_guard lock(mutex_);
  if (lease.generation == generation_ && free_.size() < 16) free_.push_back(std::move(lease.database));
}

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Index::~Index() = default;

Result<std::unique_ptr<Index>> Index::open(const std::string& path, IndexOptions options) {
  auto dictionary = options.dictionary ? options.dictionary : DutchDictionary::system();
  auto impl = std::make_unique<Impl>(std::move(dictionary));
  impl->root = path;
  for (const geo::Place& place : geo::places())
    for (const Token& token : impl->analyzer.analyze(place.name)) impl->place_terms.insert(token.term);
  auto opened = guarded("opening the search index", [&]() -> Result<void> {
    fs::create_directories(path);
    std::string name = read_current(path);
    bool fresh = name.empty();
    if (fresh) name = "db-1";
    impl->current_dir = (fs::path(path) / name).string();
    // Xapian allows one writer per database: a second process (a command while the server runs)
    // gets Conflict, so it can say so rather than report a fault.
    try {
      impl->writer = std::make_unique<Xapian::WritableDatabase>(impl->current_dir, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError& e) {
      return Error{ErrorKind::Conflict, "the search index is in use by another process: " + e.get_description()};
    }
    impl->extra_synonyms = impl->writer->get_metadata(kExtraSynonymsKey);
    if (auto stored = store_synonyms(*impl->writer, impl->analyzer, impl->extra_synonyms, false); !stored) return stored;
    std::string analysis = analysis_version(impl->analyzer);
    if (impl->writer->get_doccount() == 0) impl->writer->set_metadata(kAnalysisKey, analysis);
    impl->needs_rebuild = impl->writer->get_metadata(kAnalysisKey) != analysis;
    impl->writer->commit();
    if (fresh) write_current(path, name);
    impl->readers.reset(impl->current_dir);
    return {};
  });
  if (!opened) return opened.error();
  if (impl->needs_rebuild) log_warning("search: the index was built with another analysis; run a rebuild");
  return std::unique_ptr<Index>(new Index(std::move(impl)));
}

Result<void> Index::upsert(const Document& document) { return upsert(std::vector<Document>{document}); }

Result<void> Index::upsert(const std::vector<Document>& documents) {
  std::lock_guard lock(impl_->write_mutex);
  return guarded("saving to the search index", [&]() -> Result<void> {
    for (const Document& document : documents) add_document(*impl_->writer, document, impl_->analyzer);
    impl_->writer->commit();
    return {};
  });
}

Result<void> Index::remove(std::string_view kind, std::string_view id) {
  return update({}, {{std::string(kind), std::string(id)}});
}

Result<void> Index::update(const std::vector<Document>& upserts,
                           const std::vector<std::pair<std::string, std::string>>& removals) {
  std::lock_guard lock(impl_->write_mutex);
  return guarded("updating the search index", [&]() -> Result<void> {
    for (const Document& document : upserts) add_document(*impl_->writer, document, impl_->analyzer);
    for (const auto& [kind, id] : removals) remove_document(*impl_->writer, kind, id);
    impl_->writer->commit();
    return {};
  });
}

Result<void> Index::rebuild(const std::vector<Document>& documents) {
  std::size_t next = 0;
  return rebuild([&]() -> std::optional<Document> {
    if (next >= documents.size()) return std::nullopt;
    return documents[next++];
  });
}

// Writes stay blocked while rebuilding (they would be lost otherwise); searches go on.
Result<void> Index::rebuild(const std::function<std::optional<Document>()>& next) {
  std::lock_guard lock(impl_->write_mutex);
  fs::path root = impl_->root;
  std::string old_name = fs::path(impl_->current_dir).filename().string();
  std::string new_name = "db-" + std::to_string(generation_of(old_name) + 1);
  fs::path new_dir = root / new_name;
  auto built = guarded("rebuilding the search index", [&]() -> Result<void> {
    fs::remove_all(new_dir);
    Xapian::WritableDatabase fresh(new_dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    while (auto document = next()) add_document(fresh, *document, impl_->analyzer);
    if (auto stored = store_synonyms(fresh, impl_->analyzer, impl_->extra_synonyms, true); !stored) return stored;
    fresh.set_metadata(kAnalysisKey, analysis_version(impl_->analyzer));
    fresh.commit();
    fresh.close();
    impl_->writer.reset();
    impl_->writer = std::make_unique<Xapian::WritableDatabase>(new_dir.string(), Xapian::DB_OPEN);
    write_current(root, new_name);
    impl_->current_dir = new_dir.string();
    impl_->readers.reset(impl_->current_dir);
    impl_->needs_rebuild = false;
    return {};
  });
  if (!built) {
    std::error_code ignored;
    if (!impl_->writer) impl_->writer = std::make_unique<Xapian::WritableDatabase>(impl_->current_dir, Xapian::DB_OPEN);
    fs::remove_all(new_dir, ignored);
    return built;
  }
  // Searches that began before the swap may still read the previous database: keep it one round.
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(root, ignored)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("db-", 0) == 0 && name != new_name && name != old_name) fs::remove_all(entry.path(), ignored);
  }
  return {};
}

Result<void> Index::set_extra_synonyms(std::string_view text) {
  if (auto parsed = parse_synonyms(text); !parsed) return parsed.error();
  std::lock_guard lock(impl_->write_mutex);
  if (text == impl_->extra_synonyms) return {};  // the once-a-minute check finds nothing new
  return guarded("saving synonyms", [&]() -> Result<void> {
    impl_->extra_synonyms = std::string(text);
    if (auto stored = store_synonyms(*impl_->writer, impl_->analyzer, impl_->extra_synonyms, false); !stored)
      return stored;
    impl_->writer->commit();
    return {};
  });
}

Result<SearchResults> Index::search(const SearchQuery& query) const { return run_search(*impl_, query); }

std::vector<TextSegment> Index::highlight(std::string_view text, const Hit& hit) const {
  return search::highlight(impl_->analyzer, text, hit.matched_terms);
}

Result<std::size_t> Index::document_count() const {
  return with_reader<std::size_t>(*impl_, [](Xapian::Database& database) -> Result<std::size_t> {
    return static_cast<std::size_t>(database.get_doccount());
  });
}

bool Index::needs_rebuild() const { return impl_->needs_rebuild; }
const Analyzer& Index::analyzer() const { return impl_->analyzer; }

}  // namespace omzien::search
