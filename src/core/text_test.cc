#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace omzien {
namespace {

TEST(Text, FoldsCaseAndDiacritics) {
  EXPECT_EQ(fold("Café"), "cafe");
  EXPECT_EQ(fold("Coöperatie"), "cooperatie");
  EXPECT_EQ(fold("IDEEËN"), "ideeen");
  EXPECT_EQ(fold("geïnteresseerd"), "geinteresseerd");
}

TEST(Text, SlugsAreReadableAscii) {
  EXPECT_EQ(slugify("Repair Café 't Hoekje!"), "repair-cafe-t-hoekje");
  EXPECT_EQ(slugify("  Voedselbank   Zeist  "), "voedselbank-zeist");
  EXPECT_EQ(slugify("Energiecoöperatie"), "energiecooperatie");
}

TEST(Text, DutchSortingPutsTheApostropheTUnderTheNextWord) {
  std::vector<std::string> names = {"Zonnebloem", "'t Buurthuis", "IJsselstein Samen", "Appeltje", "ijsbaan"};
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return dutch_sort_key(a) < dutch_sort_key(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"Appeltje", "'t Buurthuis", "ijsbaan", "IJsselstein Samen", "Zonnebloem"}));
}

TEST(Text, RecognisesEmailAddresses) {
  EXPECT_TRUE(is_valid_email("ria@voorbeeld.nl"));
  EXPECT_TRUE(is_valid_email("ria.de.vries+omzien@buurt.voorbeeld.nl"));
  EXPECT_FALSE(is_valid_email("ria@voorbeeld"));
  EXPECT_FALSE(is_valid_email("ria voorbeeld.nl"));
  EXPECT_FALSE(is_valid_email("ria@@voorbeeld.nl"));
  EXPECT_FALSE(is_valid_email("ria@voorbeeld.nl\r\nBcc: x@y.nl"));
  EXPECT_EQ(normalize_email("  Ria@Voorbeeld.NL "), "ria@voorbeeld.nl");
}

TEST(Text, AcceptsOnlyHttpUrls) {
  EXPECT_TRUE(is_http_url("https://repaircafe.example.org/"));
  EXPECT_TRUE(is_http_url("http://buurt.example"));
  EXPECT_FALSE(is_http_url("javascript:alert(1)"));
  EXPECT_FALSE(is_http_url("data:text/html,x"));
  EXPECT_FALSE(is_http_url("https://"));
  EXPECT_FALSE(is_http_url("https:///pad"));
  EXPECT_FALSE(is_http_url("https://a.example/\"onmouseover"));
}

TEST(Text, CountsAndShortensByCharactersNotBytes) {
  EXPECT_EQ(utf8_length("café"), 4u);
  EXPECT_EQ(utf8_shorten("coöperatie in de buurt", 10), "coöperatie…");
  EXPECT_TRUE(is_valid_utf8("ïé"));
  EXPECT_FALSE(is_valid_utf8("\xc3"));
}

TEST(Text, DecodesAndEncodesUtf8CodePoints) {
  EXPECT_EQ(utf8_to_u32("coöperatie €"), U"coöperatie €");
  EXPECT_EQ(utf8_to_u32("a\xff" "b"), U"a\uFFFDb") << "an invalid byte reads as the replacement character";
  EXPECT_EQ(next_code_point("é!", 0), (std::pair<char32_t, std::size_t>{U'é', 2}));
  std::string out;
  for (char32_t c : std::u32string(U"Ĳssel 🚲")) append_utf8(out, c);
  EXPECT_EQ(out, "Ĳssel 🚲");
  out.clear();
  append_utf8(out, 0xD800);  // a lone surrogate is not a character
  append_utf8(out, 0x110000);
  EXPECT_EQ(out, "\uFFFD\uFFFD");
}

TEST(Text, TrimsNonBreakingSpacesToo) {
  EXPECT_EQ(trim("\xc2\xa0 Zeist \t\n"), "Zeist");
}

}  // namespace
}  // namespace omzien
