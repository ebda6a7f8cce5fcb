#include "core/markdown.h"

#include <gtest/gtest.h>

namespace omzien {
namespace {

TEST(Markdown, RendersParagraphsListsAndLinks) {
  std::string html = render_markdown("Wij **repareren** samen.\n\n- fietsen\n- lampen\n\n[Site](https://rc.example.org)");
  EXPECT_NE(html.find("<strong>repareren</strong>"), std::string::npos);
  EXPECT_NE(html.find("<li>fietsen</li>"), std::string::npos);
  EXPECT_NE(html.find("<a rel=\"nofollow ugc\" href=\"https://rc.example.org\">Site</a>"), std::string::npos);
}

TEST(Markdown, DropsRawHtmlAndScriptLinks) {
  std::string html = render_markdown("<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>");
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
}

TEST(Markdown, AutolinksBareAddresses) {
  EXPECT_NE(render_markdown("Kijk op https://buurt.example.org").find("href=\"https://buurt.example.org\""),
            std::string::npos);
}

TEST(Markdown, GivesPlainTextForSearchAndSummaries) {
  EXPECT_EQ(markdown_to_text("# Kop\n\nWij *helpen*.\n\n- een\n- twee"), "Kop\nWij helpen.\neen\ntwee");
}

}  // namespace
}  // namespace omzien
