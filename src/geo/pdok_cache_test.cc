// The PDOK answer cache: bounded, least recently used out first, answers expire.
#include "geo/pdok_cache.h"

#include <gtest/gtest.h>

#include <thread>

namespace omzien::geo {
namespace {

std::vector<GeocodeHit> hits_named(std::string name) {
  GeocodeHit hit;
  hit.display_name = std::move(name);
  return {hit};
}

TEST(PdokCache, ForgetsTheLeastRecentlyUsedAnswerWhenFull) {
  PdokCache cache(2, std::chrono::hours(1));
  cache.store("a", hits_named("A"));
  cache.store("b", hits_named("B"));
  ASSERT_TRUE(cache.find("a"));  // a is now more recent than b
  cache.store("c", hits_named("C"));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.find("a"));
  EXPECT_FALSE(cache.find("b"));
  ASSERT_TRUE(cache.find("c"));
  EXPECT_EQ(cache.find("c")->front().display_name, "C");
}

TEST(PdokCache, AnswersExpire) {
  PdokCache cache(10, std::chrono::seconds(60));
  auto now = PdokCache::Clock::now();
  cache.store("a", hits_named("A"), now);
  EXPECT_TRUE(cache.find("a", now + std::chrono::seconds(59)));
  EXPECT_FALSE(cache.find("a", now + std::chrono::seconds(61)));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(PdokCache, StoringAgainReplacesTheAnswer) {
  PdokCache cache(10, std::chrono::hours(1));
  cache.store("a", hits_named("old"));
  cache.store("a", hits_named("new"));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find("a")->front().display_name, "new");
}

TEST(PdokCache, ZeroCapacityKeepsNothing) {
  PdokCache cache(0, std::chrono::hours(1));
  cache.store("a", hits_named("A"));
  EXPECT_FALSE(cache.find("a"));
}

TEST(PdokCache, ManyThreadsAtOnce) {
  PdokCache cache(50, std::chrono::hours(1));
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 2000; ++i) {
        std::string key = std::to_string((i * 7 + t) % 120);
        if (!cache.find(key)) cache.store(key, hits_named(key));
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_LE(cache.size(), 50u);
}

}  // namespace
}  // namespace omzien::geo
