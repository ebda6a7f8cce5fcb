#include "http/parsers.h"

#include <gtest/gtest.h>

namespace omzien::http {
namespace {

TEST(Urlencoded, DecodesPlusPercentAndRepeatedNames) {
  Params p = parse_urlencoded("q=repair+caf%C3%A9&thema=a&thema=b&leeg=&alleen");
  EXPECT_EQ(p.get("q"), "repair café");
  EXPECT_EQ(p.all("thema"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(p.has("leeg"));
  EXPECT_EQ(p.get("alleen"), "");
  EXPECT_EQ(p.get("ontbreekt"), "");
}

TEST(Urlencoded, KeepsBrokenPercentEscapesAsTyped) {
  Params p = parse_urlencoded("a=100%&b=%zz&c=%4");
  EXPECT_EQ(p.get("a"), "100%");
  EXPECT_EQ(p.get("b"), "%zz");
  EXPECT_EQ(p.get("c"), "%4");
}

TEST(Target, NormalisesPathsAndRefusesClimbing) {
  EXPECT_EQ(parse_target("/initiatieven/?q=x")->path, "/initiatieven");
  EXPECT_EQ(parse_target("/initiatieven/?q=x")->query_string, "q=x");
  EXPECT_EQ(parse_target("/a//b/./c")->path, "/a/b/c");
  EXPECT_EQ(parse_target("/")->path, "/");
  EXPECT_EQ(parse_target("/caf%C3%A9")->path, "/café");
  EXPECT_FALSE(parse_target("/a/../../etc/passwd"));
  EXPECT_FALSE(parse_target("/a/%2e%2e/b"));
  EXPECT_FALSE(parse_target("/a%00b"));
  EXPECT_FALSE(parse_target("http://elders.example/"));
  EXPECT_FALSE(parse_target(""));
}

TEST(Cookies, ParsesTheCookieHeaderAndKeepsTheFirstOfDuplicates) {
  auto cookies = parse_cookie_header("a=1; b=\"twee\";c=3; a=4; kapot; =leeg");
  EXPECT_EQ(cookies["a"], "1");
  EXPECT_EQ(cookies["b"], "twee");
  EXPECT_EQ(cookies["c"], "3");
  EXPECT_EQ(cookies.count(""), 0u);
}

TEST(Cookies, SetCookieIsHttpOnlyAndLaxAndSecureWhenAsked) {
  std::string value = build_set_cookie({"__Host-s", "abc", 60, true, true, SameSite::Lax});
  EXPECT_EQ(value, "__Host-s=abc; Path=/; Max-Age=60; Secure; HttpOnly; SameSite=Lax");
}

TEST(Multipart, ReadsFieldsAndFiles) {
  std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nRepair Café\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"foto.jpg\"\r\n"
      "Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\r\nbinary\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n\r\n"
      "--b--\r\n";
  auto parsed = parse_multipart(body, "b");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->fields.get("name"), "Repair Café");
  ASSERT_EQ(parsed->files.size(), 1u) << "an unused file input is skipped";
  EXPECT_EQ(parsed->files[0].filename, "foto.jpg");
  EXPECT_EQ(parsed->files[0].data, "\xff\xd8\xff\r\nbinary");
}

TEST(Multipart, RefusesMalformedBodies) {
  EXPECT_FALSE(parse_multipart("nothing", "b"));
  EXPECT_FALSE(parse_multipart("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end", "b"));
  EXPECT_FALSE(parse_multipart("--b\r\nno-blank-line", "b"));
  EXPECT_FALSE(parse_multipart("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "b")) << "a part without a name";
}

TEST(Multipart, FindsTheBoundaryInTheContentType) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=----abc"), "----abc");
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=\"q u\""), "q u");
  EXPECT_FALSE(multipart_boundary("application/x-www-form-urlencoded"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data"));
}

}  // namespace
}  // namespace omzien::http
