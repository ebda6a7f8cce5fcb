#include "db/db.h"

#include <sqlite3.h>
#include <unistd.h>
#include <fcntl.h>

#include <cassert>
#include <chrono>
#include <cstdlib>

#include "core/log.h"

namespace omzien::db {
namespace {

constexpr int kBusyTimeoutMs = 5000;

Error sqlite_error(sqlite3* db, int code, std::string_view what) {
  int primary = code & 0xFF;
  ErrorKind kind = primary == SQLITE_CONSTRAINT ? ErrorKind::Conflict
                   : primary == SQLITE_BUSY     ? ErrorKind::Unavailable
                                                : ErrorKind::Internal;
  return Error{kind, std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code))};
}

}  // namespace

// ---- Statement ----

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_), stmt_(other.stmt_), owned_(other.owned_), error_(std::move(other.error_)) {
  other.stmt_ = nullptr;
}

Statement::~Statement() {
  if (!stmt_) return;
  if (owned_) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  connection_->lent_.erase(stmt_);
}

int Statement::index_of(std::string_view name) {
  std::string key;
  if (name.empty() || (name[0] != ':' && name[0] != '@' && name[0] != '$')) key.push_back(':');
  key.append(name);
  int index = sqlite3_bind_parameter_index(stmt_, key.c_str());
  if (index == 0) {
    log_error("sql parameter {} not found in: {}", key, sqlite3_sql(stmt_));
    assert(false && "unknown sql parameter");
  }
  return index;
}

Statement& Statement::bind(std::string_view name, std::string_view text) {
  sqlite3_bind_text(stmt_, index_of(name), text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(std::string_view name, std::int64_t number) {
  sqlite3_bind_int64(stmt_, index_of(name), number);
  return *this;
}
Statement& Statement::bind(std::string_view name, double number) {
  sqlite3_bind_double(stmt_, index_of(name), number);
  return *this;
}
Statement& Statement::bind(std::string_view name, std::nullopt_t) {
  sqlite3_bind_null(stmt_, index_of(name));
  return *this;
}
Statement& Statement::bind(std::string_view name, const std::optional<std::string>& text) {
  return text ? bind(name, std::string_view(*text)) : bind(name, std::nullopt);
}
Statement& Statement::bind(std::string_view name, const std::optional<std::int64_t>& number) {
  return number ? bind(name, *number) : bind(name, std::nullopt);
}
Statement& Statement::bind(std::string_view name, const std::optional<double>& number) {
  return number ? bind(name, *number) : bind(name, std::nullopt);
}
Statement& Statement::bind_blob(std::string_view name, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index_of(name), bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

bool Statement::next() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    error_ = sqlite_error(connection_->db_, rc, "step");
    if (error_->kind != ErrorKind::Conflict) log_error("sql failed: {}", error_->detail);
  }
  return false;
}

Result<void> Statement::run() {
  while (next()) {
  }
  if (error_) return *error_;
  return {};
}

std::optional<std::int64_t> Statement::single_integer() {
  if (!next() || is_null(0)) return std::nullopt;
  return integer(0);
}

std::string Statement::text(int column) const {
  const unsigned char* data = sqlite3_column_text(stmt_, column);
  if (!data) return {};
  return std::string(reinterpret_cast<const char*>(data), sqlite3_column_bytes(stmt_, column));
}
std::optional<std::string> Statement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
std::optional<std::int64_t> Statement::optional_integer(int column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::optional<double> Statement::optional_real(int column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}
std::string Statement::blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (!data) return {};
  return std::string(static_cast<const char*>(data), sqlite3_column_bytes(stmt_, column));
}
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

// ---- Connection ----

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

Statement Connection::prepare(std::string_view sql) {
  auto compile = [&] {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt, nullptr);
    if (rc != SQLITE_OK) {
      log_error("sql prepare failed: {} in: {}", sqlite3_errmsg(db_), sql);
      std::abort();  // a statement that does not compile is a bug in our code
    }
    return stmt;
  };
  auto it = cache_.find(std::string(sql));
  if (it == cache_.end()) it = cache_.emplace(std::string(sql), compile()).first;
  // The same statement used again while a loop over it is still running (nested reads):
  // give this use its own copy instead of resetting the running one.
  if (lent_.count(it->second)) return Statement(*this, compile(), true);
  lent_.insert(it->second);
  return Statement(*this, it->second, false);
}

Result<void> Connection::execute(std::string_view sql) {
  char* message = nullptr;
  std::string text(sql);
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    Error error = sqlite_error(nullptr, rc, std::string("exec: ") + (message ? message : ""));
    sqlite3_free(message);
    return error;
  }
  return {};
}

std::int64_t Connection::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const { return sqlite3_changes(db_); }

// ---- Db ----

Result<std::unique_ptr<Connection>> Db::connect(const std::string& path, bool create) {
  sqlite3* handle = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error error = sqlite_error(handle, rc, "open " + path);
    sqlite3_close_v2(handle);
    return error;
  }
  std::unique_ptr<Connection> connection(new Connection(handle));
  sqlite3_busy_timeout(handle, kBusyTimeoutMs);
  sqlite3_extended_result_codes(handle, 1);
  // synchronous=FULL: a change the user saw saved survives a crash and a power loss (WAL + FULL
  // syncs the WAL on every commit). Foreign keys are off by default in SQLite.
  auto done = connection->execute(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
      " PRAGMA journal_size_limit=67108864; PRAGMA temp_store=MEMORY;");
  if (!done) return done.error();
  return connection;
}

Result<std::unique_ptr<Db>> Db::open(const std::string& path, OpenMode mode) {
  auto writer = connect(path, mode == OpenMode::CreateIfMissing);
  if (!writer) return writer.error();
  std::unique_ptr<Db> db(new Db());
  db->path_ = path;
  db->writer_ = std::move(*writer);
  return db;
}

Db::~Db() {
  stop_checkpointer();
}

Db::Lease::~Lease() {
  if (!connection) return;
  std::lock_guard lock(owner->readers_mutex_);
  owner->idle_readers_.push_back(std::move(connection));
}

Db::Lease Db::acquire_reader() {
  {
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      Lease lease{this, std::move(idle_readers_.back())};
      idle_readers_.pop_back();
      return lease;
    }
  }
  auto connection = connect(path_, false);
  if (!connection) {
    log_error("cannot open reader: {}", connection.error().detail);
    std::abort();
  }
  return Lease{this, std::move(*connection)};
}

Result<void> Db::run_write(const std::function<Result<void>(Connection&)>& work) {
  std::lock_guard lock(writer_mutex_);
  // IMMEDIATE takes the write lock at once, so a busy database waits here (busy_timeout)
  // instead of failing halfway through the work.
  if (auto begun = writer_->execute("BEGIN IMMEDIATE"); !begun) return begun.error();
  Result<void> outcome = work(*writer_);
  if (!outcome) {
    (void)writer_->execute("ROLLBACK");
    return outcome;
  }
  if (auto committed = writer_->execute("COMMIT"); !committed) {
    (void)writer_->execute("ROLLBACK");
    return committed.error();
  }
  ++change_count_;
  return {};
}

Result<void> Db::checkpoint() {
  std::lock_guard lock(writer_mutex_);
  int log_frames = 0, checkpointed = 0;
  int rc = sqlite3_wal_checkpoint_v2(writer_->db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
                                     &checkpointed);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) return sqlite_error(writer_->db_, rc, "checkpoint");
  return {};
}

void Db::start_checkpointer(int interval_seconds) {
  stop_checkpointer();
  checkpointer_stop_ = false;
  checkpointer_ = std::thread([this, interval_seconds] {
    std::unique_lock lock(checkpointer_mutex_);
    while (!checkpointer_stop_) {
      checkpointer_wake_.wait_for(lock, std::chrono::seconds(interval_seconds));
      if (checkpointer_stop_) break;
      lock.unlock();
      if (auto done = checkpoint(); !done) log_warning("checkpoint: {}", done.error().detail);
      lock.lock();
    }
  });
}

void Db::stop_checkpointer() {
  if (!checkpointer_.joinable()) return;
  {
    std::lock_guard lock(checkpointer_mutex_);
    checkpointer_stop_ = true;
  }
  checkpointer_wake_.notify_all();
  checkpointer_.join();
}

Result<void> Db::backup_to(const std::string& target_path) {
  sqlite3* target = nullptr;
  int rc = sqlite3_open_v2(target_path.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    Error error = sqlite_error(target, rc, "open backup target");
    sqlite3_close_v2(target);
    return error;
  }
  {
    std::lock_guard lock(writer_mutex_);
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", writer_->db_, "main");
    if (!backup) {
      Error error = sqlite_error(target, sqlite3_errcode(target), "backup init");
      sqlite3_close_v2(target);
      return error;
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
  }
  if (rc != SQLITE_DONE) {
    Error error = sqlite_error(target, rc, "backup step");
    sqlite3_close_v2(target);
    return error;
  }
  // The copy is a rollback-journal database on its own; make it durable before we call it done.
  sqlite3_exec(target, "PRAGMA journal_mode=DELETE;", nullptr, nullptr, nullptr);
  std::string verdict;
  sqlite3_stmt* check = nullptr;
  sqlite3_prepare_v2(target, "PRAGMA integrity_check", -1, &check, nullptr);
  while (check && sqlite3_step(check) == SQLITE_ROW) {
    if (!verdict.empty()) verdict += "; ";
    verdict += reinterpret_cast<const char*>(sqlite3_column_text(check, 0));
  }
  sqlite3_finalize(check);
  sqlite3_close_v2(target);
  int fd = ::open(target_path.c_str(), O_RDONLY);
  if (fd < 0) return internal_error("backup: cannot reopen copy to sync it");
  int synced = ::fsync(fd);
  ::close(fd);
  if (synced != 0) return internal_error("backup: fsync failed");
  if (verdict != "ok") return internal_error("backup integrity_check: " + verdict);
  return {};
}

}  // namespace omzien::db
