// The embedded database: SQLite in WAL mode with one writer and a pool of readers.
// Only this folder includes sqlite3.h; stores use Connection and Statement.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace omzien::db {

class Connection;

// A prepared statement borrowed from its connection's cache; reset when it goes out of scope.
// Parameters are named (":name"); values are never pasted into SQL.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& bind(std::string_view name, std::string_view text);
  Statement& bind(std::string_view name, const std::string& text) { return bind(name, std::string_view(text)); }
  Statement& bind(std::string_view name, const char* text) { return bind(name, std::string_view(text)); }
  Statement& bind(std::string_view name, std::int64_t number);
  Statement& bind(std::string_view name, int number) { return bind(name, static_cast<std::int64_t>(number)); }
  Statement& bind(std::string_view name, bool flag) { return bind(name, static_cast<std::int64_t>(flag ? 1 : 0)); }
  Statement& bind(std::string_view name, double number);
  Statement& bind(std::string_view name, std::nullopt_t);
  Statement& bind(std::string_view name, const std::optional<std::string>& text);
  Statement& bind(std::string_view name, const std::optional<std::int64_t>& number);
  Statement& bind(std::string_view name, const std::optional<double>& number);
  Statement& bind_blob(std::string_view name, std::string_view bytes);

  // Moves to the next row; false when done or on error (see error()).
  bool next();
  // Runs to completion (INSERT/UPDATE/DELETE); the error if it failed.
  Result<void> run();
  // The first column of the first row as a number, or nullopt when there is no row.
  std::optional<std::int64_t> single_integer();

  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::int64_t integer(int column) const;
  std::optional<std::int64_t> optional_integer(int column) const;
  double real(int column) const;
  std::optional<double> optional_real(int column) const;
  std::string blob(int column) const;
  bool is_null(int column) const;

  // Set when next() or run() failed; a constraint violation has kind Conflict.
  const std::optional<Error>& error() const { return error_; }

 private:
  friend class Connection;
  Statement(Connection& connection, sqlite3_stmt* stmt, bool owned)
      : connection_(&connection), stmt_(stmt), owned_(owned) {}
  int index_of(std::string_view name);

  Connection* connection_;
  sqlite3_stmt* stmt_;
  bool owned_ = false;  // a second copy made because the cached one was in use: finalised after
  std::optional<Error> error_;
};

// One SQLite connection with its own statement cache. Not shared between threads at once.
class Connection {
 public:
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Prepares (or reuses) `sql`. A syntax error is a bug: it aborts.
  Statement prepare(std::string_view sql);
  // Runs SQL without parameters (schema steps, pragmas); several statements allowed.
  Result<void> execute(std::string_view sql);
  std::int64_t last_insert_id() const;
  int changes() const;
  sqlite3* handle() { return db_; }

 private:
  friend class Db;
  friend class Statement;
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_set<sqlite3_stmt*> lent_;  // cached statements a Statement holds right now
};

enum class OpenMode { ReadWrite, CreateIfMissing };

// The database: a single writer (BEGIN IMMEDIATE, serialised) and readers from a pool.
class Db {
 public:
  // Opens `path` with WAL, synchronous=FULL, foreign keys, a busy timeout.
  static Result<std::unique_ptr<Db>> open(const std::string& path, OpenMode mode = OpenMode::CreateIfMissing);
  ~Db();

  // Runs `work` in one write transaction; commits when it returns ok, rolls back otherwise.
  // Everything the work queues (an outbox mail, an audit line) commits or vanishes with it.
  template <typename T>
  Result<T> write(const std::function<Result<T>(Connection&)>& work) {
    std::optional<Result<T>> outcome;
    Result<void> done = run_write([&](Connection& c) -> Result<void> {
      outcome.emplace(work(c));
      if (!*outcome) return outcome->error();
      return {};
    });
    if (!done && (!outcome || *outcome)) return done.error();
    return std::move(*outcome);
  }
  Result<void> write_void(const std::function<Result<void>(Connection&)>& work) { return run_write(work); }

  // Lends a reader connection for the duration of `work`.
  template <typename F>
  auto read(F&& work) -> decltype(work(std::declval<Connection&>())) {
    auto lease = acquire_reader();
    return work(*lease.connection);
  }

  // Grows with every committed write; the page cache compares it to know when to drop pages.
  std::uint64_t change_count() const { return change_count_.load(); }

  // Copies the live database with SQLite's online backup API from the writer's connection,
  // syncs the copy to disk and checks it with integrity_check.
  Result<void> backup_to(const std::string& target_path);
  // Checkpoints the WAL into the database file and truncates it (needs no reader mid-transaction).
  Result<void> checkpoint();
  // Starts a thread that checkpoints every `interval_seconds`, so steady reads cannot make the WAL grow forever.
  void start_checkpointer(int interval_seconds);
  void stop_checkpointer();
  const std::string& path() const { return path_; }

 private:
  struct Lease {
    Db* owner;
    std::unique_ptr<Connection> connection;
    Lease(Db* o, std::unique_ptr<Connection> c) : owner(o), connection(std::move(c)) {}
    Lease(Lease&&) noexcept = default;
    ~Lease();
  };
  Db() = default;
  Result<void> run_write(const std::function<Result<void>(Connection&)>& work);
  Lease acquire_reader();
  static Result<std::unique_ptr<Connection>> connect(const std::string& path, bool create);

  std::string path_;
  std::unique_ptr<Connection> writer_;
  std::mutex writer_mutex_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
  std::atomic<std::uint64_t> change_count_{0};
  std::thread checkpointer_;
  std::mutex checkpointer_mutex_;
  std::condition_variable checkpointer_wake_;
  bool checkpointer_stop_ = false;
};

}  // namespace omzien::db
