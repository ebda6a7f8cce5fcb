#include "db/db.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "db/migrator.h"
#include "testing/http_test.h"

namespace omzien::db {
namespace {

class DbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::make_temp_dir("omzien-db");
    auto opened = Db::open(dir_ + "/t.db");
    ASSERT_TRUE(opened);
    db_ = std::move(*opened);
  }
  void TearDown() override {
    db_.reset();
    test::remove_temp_dir(dir_);
  }
  std::string dir_;
  std::unique_ptr<Db> db_;
};

constexpr Migration kSteps[] = {
    {"2026-01-01-a", "CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT"},
    {"2026-01-02-b", "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id)) STRICT"},
};

TEST_F(DbTest, UsesWalFullSyncAndForeignKeys) {
  db_->read([](Connection& c) {
    auto mode = c.prepare("PRAGMA journal_mode");
    mode.next();
    EXPECT_EQ(mode.text(0), "wal");
    EXPECT_EQ(c.prepare("PRAGMA synchronous").single_integer(), 2) << "FULL";
    EXPECT_EQ(c.prepare("PRAGMA foreign_keys").single_integer(), 1);
  });
}

TEST_F(DbTest, MigrationsApplyOnceInOrderAndSetTheSchemaVersion) {
  auto first = apply_migrations(*db_, {kSteps[1], kSteps[0]});
  ASSERT_TRUE(first) << first.error().detail;
  EXPECT_EQ(first->applied, 2);
  EXPECT_EQ(first->schema_version, 2);
  auto again = apply_migrations(*db_, {kSteps[0], kSteps[1]});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->applied, 0);
  EXPECT_EQ(db_->read([](Connection& c) { return c.prepare("PRAGMA user_version").single_integer(); }), 2);
}

TEST_F(DbTest, AFailingMigrationRollsBackAloneAndStops) {
  Migration broken{"2026-01-03-broken", "CREATE TABLE c (x INTEGER) STRICT; INSERT INTO nope VALUES (1);"};
  auto result = apply_migrations(*db_, {kSteps[0], broken});
  EXPECT_FALSE(result);
  db_->read([](Connection& c) {
    EXPECT_EQ(c.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'c'").single_integer(), 0);
    EXPECT_EQ(c.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'a'").single_integer(), 1);
  });
}

TEST_F(DbTest, AWriteThatFailsHalfwayLeavesNothingBehind) {
  ASSERT_TRUE(apply_migrations(*db_, {kSteps[0]}));
  auto failed = db_->write_void([](Connection& c) -> Result<void> {
    if (auto r = c.prepare("INSERT INTO a (name) VALUES ('een')").run(); !r) return r;
    return c.prepare("INSERT INTO a (name) VALUES ('een')").run();  // unique violation
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::Conflict);
  EXPECT_EQ(db_->read([](Connection& c) { return c.prepare("SELECT count(*) FROM a").single_integer(); }), 0);
}

TEST_F(DbTest, ForeignKeysAreEnforced) {
  ASSERT_TRUE(apply_migrations(*db_, {kSteps[0], kSteps[1]}));
  auto orphan = db_->write_void([](Connection& c) { return c.prepare("INSERT INTO b (a_id) VALUES (42)").run(); });
  EXPECT_FALSE(orphan);
}

TEST_F(DbTest, StrictTablesRefuseTheWrongType) {
  ASSERT_TRUE(apply_migrations(*db_, {kSteps[0]}));
  auto wrong = db_->write_void([](Connection& c) { return c.prepare("INSERT INTO a (id, name) VALUES ('x', 'y')").run(); });
  EXPECT_FALSE(wrong);
}

TEST_F(DbTest, CheckpointKeepsTheWalSmallWhileReadersKeepReading) {
  ASSERT_TRUE(apply_migrations(*db_, {kSteps[0]}));
  std::atomic<bool> stop{false};
  std::thread reader([&] {
    while (!stop) db_->read([](Connection& c) { return c.prepare("SELECT count(*) FROM a").single_integer(); });
  });
  for (int i = 0; i < 2000; ++i) {
    ASSERT_TRUE(db_->write_void([i](Connection& c) {
      return c.prepare("INSERT INTO a (name) VALUES (:n)").bind(":n", "naam " + std::to_string(i)).run();
    }));
    if (i % 500 == 499) {
      ASSERT_TRUE(db_->checkpoint());
    }
  }
  stop = true;
  reader.join();
  ASSERT_TRUE(db_->checkpoint());
  std::error_code ec;
  EXPECT_LT(std::filesystem::file_size(dir_ + "/t.db-wal", ec), 64u * 1024) << "truncated after the checkpoint";
}

TEST_F(DbTest, BackupIsACheckedCopy) {
  ASSERT_TRUE(apply_migrations(*db_, {kSteps[0]}));
  ASSERT_TRUE(db_->write_void([](Connection& c) { return c.prepare("INSERT INTO a (name) VALUES ('bewaard')").run(); }));
  ASSERT_TRUE(db_->backup_to(dir_ + "/kopie.db"));
  auto copy = Db::open(dir_ + "/kopie.db", OpenMode::ReadWrite);
  ASSERT_TRUE(copy);
  EXPECT_EQ((*copy)->read([](Connection& c) { return c.prepare("SELECT count(*) FROM a").single_integer(); }), 1);
}

}  // namespace
}  // namespace omzien::db
