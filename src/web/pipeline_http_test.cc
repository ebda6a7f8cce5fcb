// What every request goes through: security headers, CSRF, error pages, static files,
// the anonymous page cache, body limits and the server's own limits.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "testing/http_test.h"

namespace omzien::test {
using PipelineHttpTest = HttpTest;
namespace {


int connect_raw(const std::string& base_url) {
  int port = std::stoi(base_url.substr(base_url.rfind(':') + 1));
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

std::string read_all(int fd, int timeout_seconds) {
  timeval tv{timeout_seconds, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string out;
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

TEST_F(PipelineHttpTest, EveryPageCarriesTheSecurityHeaders) {
  auto browser = new_browser();
  for (const char* path : {"/", "/inloggen", "/bestaat-niet"}) {
    auto page = browser.get(path);
    std::string csp = page.header("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_FALSE(page.header("Referrer-Policy").empty()) << path;
  }
}

TEST_F(PipelineHttpTest, PagesHaveNoInlineScript) {
  auto page = new_browser().get("/");
  std::size_t at = 0;
  while ((at = page.body.find("<script", at)) != std::string::npos) {
    auto end = page.body.find('>', at);
    EXPECT_NE(page.body.substr(at, end - at).find("src="), std::string::npos) << "inline script found";
    at = end;
  }
  EXPECT_EQ(page.body.find(" onclick="), std::string::npos);
}

TEST_F(PipelineHttpTest, AnUnknownPageGetsADutchNotFoundPageInTheLayout) {
  auto page = new_browser().get("/deze/pagina/bestaat/niet");
  EXPECT_EQ(page.status, 404);
  EXPECT_TRUE(page_says(page.body, "Deze pagina bestaat niet"));
  EXPECT_NE(page.body.find("<footer"), std::string::npos);
  EXPECT_NE(page.body.find("lang=\"nl\""), std::string::npos);
}

TEST_F(PipelineHttpTest, APostWithoutCsrfTokenIsRefused) {
  auto browser = new_browser();
  browser.get("/inloggen");
  auto refused = browser.post("/inloggen", {{"email", "x@voorbeeld.nl"}, {"csrf_token", ""}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(page_says(refused.body, "Deze pagina was verlopen"));
  EXPECT_EQ(mail_count_to("x@voorbeeld.nl"), 0);
}

TEST_F(PipelineHttpTest, AnotherBrowsersCsrfTokenIsRefused) {
  auto mine = new_browser();
  auto theirs = new_browser();
  mine.get("/inloggen");
  theirs.get("/inloggen");
  ASSERT_NE(mine.csrf_token(), theirs.csrf_token());
  auto refused = mine.post("/inloggen", {{"email", "y@voorbeeld.nl"}, {"csrf_token", theirs.csrf_token()}});
  EXPECT_EQ(refused.status, 403);
}

TEST_F(PipelineHttpTest, APostFromAnotherSiteIsRefusedEvenWithAToken) {
  auto browser = new_browser();
  browser.get("/inloggen");
  auto foreign = browser.post("/inloggen", {{"email", "z@voorbeeld.nl"}}, {{"Origin", "https://kwaadaardig.example"}});
  EXPECT_EQ(foreign.status, 403);
  auto cross_site = browser.post("/inloggen", {{"email", "z@voorbeeld.nl"}}, {{"Sec-Fetch-Site", "cross-site"}});
  EXPECT_EQ(cross_site.status, 403);
  auto own = browser.post("/inloggen", {{"email", "z@voorbeeld.nl"}}, {{"Origin", base_url()}});
  EXPECT_EQ(own.status, 303);
}

TEST_F(PipelineHttpTest, StaticFilesAreCachedForAYearAndRevalidateWithETag) {
  auto page = new_browser().get("/");
  auto at = page.body.find("/static/");
  ASSERT_NE(at, std::string::npos);
  std::string url = page.body.substr(at, page.body.find('"', at) - at);
  auto browser = new_browser();
  auto file = browser.get(url);
  EXPECT_EQ(file.status, 200);
  EXPECT_NE(file.header("Cache-Control").find("max-age=31536000"), std::string::npos);
  std::string etag = file.header("ETag");
  ASSERT_FALSE(etag.empty());
  auto again = browser.get(url, {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(browser.get("/static/abc/bestaat-niet.css").status, 404);
  EXPECT_EQ(browser.get("/static/abc/../../etc/passwd").status, 404);
}

TEST_F(PipelineHttpTest, HeadAnswersWithoutABody) {
  auto head = new_browser().head("/privacy");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_NE(std::stoi(head.header("Content-Length")), 0);
}

TEST_F(PipelineHttpTest, PublicPagesComeFromACacheThatAChangeEmpties) {
  auto browser = new_browser();
  auto first = browser.get("/privacy");
  std::string etag = first.header("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(browser.get("/privacy", {{"If-None-Match", etag}}).status, 304);
  // Any committed change invalidates the cache; the page is rendered anew (same content, so the
  // same ETag), which proves it was not stuck.
  ASSERT_TRUE(app().db->write_void([](db::Connection& c) { return c.execute("CREATE TABLE scratch (x INTEGER) STRICT"); }));
  auto after = browser.get("/privacy");
  EXPECT_EQ(after.status, 200);
  EXPECT_EQ(after.header("ETag"), etag);
}

TEST_F(PipelineHttpTest, LoggedInPagesAreNeverCachedPublicly) {
  auto browser = new_browser();
  log_in(browser, "prive@voorbeeld.nl");
  auto page = browser.get("/privacy");
  EXPECT_TRUE(page.header("ETag").empty());
  EXPECT_EQ(page.header("Cache-Control"), "private, no-store");
  EXPECT_TRUE(page_says(page.body, "Uitloggen"));
}

TEST_F(PipelineHttpTest, ATooLargeBodyGetsADutchMessage) {
  auto browser = new_browser();
  browser.get("/inloggen");
  std::string huge(app().config.max_body_bytes + 1000, 'a');
  auto refused = browser.post_raw("/inloggen", "application/x-www-form-urlencoded", huge);
  EXPECT_EQ(refused.status, 413);
  EXPECT_TRUE(page_says(refused.body, "Dit is te groot"));
}

TEST_F(PipelineHttpTest, AMalformedMultipartFormGetsADutchMessage) {
  auto browser = new_browser();
  browser.get("/inloggen");
  auto refused = browser.post_raw("/inloggen", "multipart/form-data; boundary=abc", "--abc\r\nno headers here");
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(page_says(refused.body, "Het formulier kwam niet goed aan"));
}

TEST_F(PipelineHttpTest, AWrongMethodGetsA405WithAllow) {
  auto browser = new_browser();
  auto wrong = browser.post_raw("/privacy", "application/x-www-form-urlencoded", "");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.header("Allow"), "GET, HEAD");
}

TEST_F(PipelineHttpTest, ASlowClientIsDisconnectedAfterTheRequestTimeout) {
  int fd = connect_raw(base_url());
  ASSERT_GE(fd, 0);
  std::string partial = "GET / HTTP/1.1\r\nHost: x\r\n";  // never finishes its headers
  ASSERT_GT(::send(fd, partial.data(), partial.size(), 0), 0);
  auto started = std::chrono::steady_clock::now();
  std::string answer = read_all(fd, 15);  // the test fixture's timeout is 5 s
  auto waited = std::chrono::steady_clock::now() - started;
  ::close(fd);
  EXPECT_LT(waited, std::chrono::seconds(12)) << "the server closed the connection itself";
  EXPECT_EQ(answer.find("200 OK"), std::string::npos);
}

TEST_F(PipelineHttpTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  int fd = connect_raw(base_url());
  ASSERT_GE(fd, 0);
  std::string two = "GET /privacy HTTP/1.1\r\nHost: x\r\n\r\nGET /contact HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  ASSERT_GT(::send(fd, two.data(), two.size(), 0), 0);
  std::string answer = read_all(fd, 5);
  ::close(fd);
  std::size_t first = answer.find("HTTP/1.1 200");
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(answer.find("HTTP/1.1 200", first + 1), std::string::npos);
}

TEST_F(PipelineHttpTest, AGarbledRequestGetsA400) {
  int fd = connect_raw(base_url());
  ASSERT_GE(fd, 0);
  std::string garbage = "HELLO THERE\r\n\r\n";
  ASSERT_GT(::send(fd, garbage.data(), garbage.size(), 0), 0);
  std::string answer = read_all(fd, 5);
  ::close(fd);
  EXPECT_NE(answer.find(" 400 "), std::string::npos);
}

}  // namespace
}  // namespace omzien::test

namespace omzien::test {
namespace {

// Login pages send Referrer-Policy: no-referrer, after which browsers send "Origin: null" on the
// page's own forms. That must work; a real foreign origin must not.
TEST_F(PipelineHttpTest, AFormOnANoReferrerPageIsAcceptedWithOriginNull) {
  auto browser = new_browser();
  browser.get("/inloggen");
  auto accepted = browser.post("/inloggen", {{"email", "null@voorbeeld.nl"}},
                               {{"Origin", "null"}, {"Sec-Fetch-Site", "same-origin"}});
  EXPECT_EQ(accepted.status, 303);
  auto cross = browser.post("/inloggen", {{"email", "null@voorbeeld.nl"}}, {{"Origin", "null"}, {"Sec-Fetch-Site", "cross-site"}});
  EXPECT_EQ(cross.status, 403);
}

}  // namespace
}  // namespace omzien::test
