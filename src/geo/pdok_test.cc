// The PDOK client against a fake PDOK on 127.0.0.1 (fake_pdok_server.h): answers, silence,
// garbage and errors. No test reaches the internet.
#include "geo/pdok.h"

#include <gtest/gtest.h>

#include <chrono>

#include "geo/fake_pdok_server.h"
#include "geo/pdok_test_bodies.h"

namespace omzien::geo {
namespace {

using testing::FakeAnswer;
using testing::FakePdokServer;

FakePdokServer::Handler answer_with(std::string_view body, int status = 200) {
  return [body = std::string(body), status](const std::string&) { return FakeAnswer{status, body}; };
}

PdokOptions options_for(const FakePdokServer& server) {
  PdokOptions options;
  options.base_url = server.base_url();
  return options;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST(PdokClient, FindsSlotlaan1InZeist) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree));
  PdokClient client(options_for(server));
  auto hits = client.search("Slotlaan 1 Zeist", LookupKind::Address);
  ASSERT_TRUE(hits) << hits.error().detail;
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ(hits->front().display_name, "Slotlaan 1, 3701GA Zeist");
  ASSERT_TRUE(hits->front().point);
  EXPECT_NEAR(hits->front().point->lat, 52.089, 0.001);
  EXPECT_EQ(hits->front().municipality_code, "GM0355");

  ASSERT_EQ(server.targets().size(), 1u);
  const std::string target = server.targets().front();
  EXPECT_TRUE(target.starts_with("/bzk/locatieserver/search/v3_1/free?q=Slotlaan%201%20Zeist&")) << target;
  EXPECT_TRUE(contains(target, "fq=type%3Aadres")) << target;
  EXPECT_TRUE(contains(target, "fl=id%2Cweergavenaam%2Ctype%2Ccentroide_ll")) << target;
  EXPECT_TRUE(contains(target, "rows=10")) << target;
}

TEST(PdokClient, SuggestsWhileSomeoneTypes) {
  FakePdokServer server(answer_with(testing::kSlotlaanSuggest));
  PdokClient client(options_for(server));
  auto hits = client.suggest("Slotlaan 1 Zei");
  ASSERT_TRUE(hits) << hits.error().detail;
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_TRUE(hits->front().point);
  EXPECT_TRUE(server.targets().front().starts_with("/bzk/locatieserver/search/v3_1/suggest?q=Slotlaan%201%20Zei&"));
}

TEST(PdokClient, FindsAnAddressByPostcodeAndHouseNumber) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree));
  PdokClient client(options_for(server));
  auto hits = client.find_address("3701 ga", HouseNumber{1, "A", ""});
  ASSERT_TRUE(hits) << hits.error().detail;
  const std::string target = server.targets().front();
  EXPECT_TRUE(contains(target, "q=3701GA%201A&")) << target;
  EXPECT_TRUE(contains(target, "fq=postcode%3A3701GA")) << target;
  EXPECT_TRUE(contains(target, "fq=huisnummer%3A1")) << target;
  EXPECT_TRUE(contains(target, "fq=huisletter%3AA")) << target;
  auto refused = client.find_address("3701", HouseNumber{1});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
}

TEST(PdokClient, SendsNoQuerySyntaxToSolr) {
  FakePdokServer server(answer_with(testing::kNothingFound));
  PdokClient client(options_for(server));
  ASSERT_TRUE(client.search("Hei- en Boeicop (Utrecht) \"straat\":*"));
  EXPECT_TRUE(server.targets().front().starts_with(
      "/bzk/locatieserver/search/v3_1/free?q=Hei%20en%20Boeicop%20Utrecht%20straat&"))
      << server.targets().front();
  auto empty = client.search(" ()*: ");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(server.targets().size(), 1u);
}

TEST(PdokClient, AsksPdokOnceForTheSameQuestion) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree));
  PdokClient client(options_for(server));
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(client.search("Slotlaan 1 Zeist", LookupKind::Address));
  EXPECT_EQ(server.targets().size(), 1u);
  ASSERT_TRUE(client.search("Slotlaan 1 Zeist", LookupKind::AnyPlace));  // another question
  EXPECT_EQ(server.targets().size(), 2u);
}

TEST(PdokClient, FlagsAnAddressOutsideTheProvince) {
  FakePdokServer server(answer_with(testing::kHilversumFree));
  PdokClient client(options_for(server));
  auto hits = client.search("Kerkbrink 6 Hilversum");
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_FALSE(hits->front().inside_province);
}

TEST(PdokClient, GivesUpAfterThreeSecondsWhenPdokNeverAnswers) {
  FakePdokServer server([](const std::string&) { return FakeAnswer{.silent = true}; });
  PdokClient client(options_for(server));  // the default timeout: 3 s
  auto started = std::chrono::steady_clock::now();
  auto hits = client.search("Slotlaan 1 Zeist");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_FALSE(hits);
  EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
  EXPECT_GE(seconds, 2.9);
  EXPECT_LT(seconds, 6.0);
  EXPECT_EQ(server.targets().size(), 1u);
}

TEST(PdokClient, GarbageIsUnavailableAndNotRemembered) {
  FakePdokServer server(answer_with(testing::kGarbage));
  PdokClient client(options_for(server));
  for (int i = 0; i < 2; ++i) {
    auto hits = client.search("Slotlaan 1 Zeist");
    ASSERT_FALSE(hits);
    EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
  }
  EXPECT_EQ(server.targets().size(), 2u);
}

TEST(PdokClient, AnHttpErrorIsUnavailable) {
  FakePdokServer server(answer_with(testing::kSlotlaanFree, 503));
  PdokClient client(options_for(server));
  auto hits = client.search("Slotlaan 1 Zeist");
  ASSERT_FALSE(hits);
  EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
  EXPECT_TRUE(contains(hits.error().detail, "503"));
}

TEST(PdokClient, AnOverlongAnswerIsUnavailable) {
  std::string huge = R"({"response":{"docs":[)" + std::string(2 << 20, ' ') + "]}}";
  FakePdokServer server(answer_with(huge));
  PdokClient client(options_for(server));
  auto hits = client.search("Slotlaan 1 Zeist");
  ASSERT_FALSE(hits);
  EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
}

TEST(PdokClient, NobodyListeningIsUnavailable) {
  std::string closed_url;
  {
    FakePdokServer server(answer_with(testing::kNothingFound));
    closed_url = server.base_url();
  }
  PdokClient client(PdokOptions{.base_url = closed_url});
  auto hits = client.search("Slotlaan 1 Zeist");
  ASSERT_FALSE(hits);
  EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
  PdokClient unconfigured(PdokOptions{});
  auto none = unconfigured.search("Slotlaan 1 Zeist");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().kind, ErrorKind::Unavailable);
}

TEST(PdokClient, RefusesOtherSchemes) {
  PdokClient client(PdokOptions{.base_url = "file:///etc"});
  auto hits = client.search("passwd");
  ASSERT_FALSE(hits);
  EXPECT_EQ(hits.error().kind, ErrorKind::Unavailable);
}

}  // namespace
}  // namespace omzien::geo
