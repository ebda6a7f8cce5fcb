#include "features/monitoring/chart.h"

#include <gtest/gtest.h>

namespace omzien::monitoring {
namespace {

TEST(MonitorChart, ABarChartIsAnImageWithItsTitleAndEveryNumber) {
  std::string svg = render_bar_chart({"t", "Trechter", "Uitleg"}, {{"In het adresbestand", 12}, {"Benaderd", 7}, {"Actief", 0}});
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"t-titel t-uitleg\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"t-titel\">Trechter</title>"), std::string::npos);
  EXPECT_NE(svg.find(">12</text>"), std::string::npos);
  EXPECT_NE(svg.find(">7</text>"), std::string::npos);
  EXPECT_NE(svg.find(">0</text>"), std::string::npos);
  EXPECT_NE(svg.find("width=\"250.0\""), std::string::npos) << "the largest bar is full length";
  EXPECT_NE(svg.find("width=\"0.0\""), std::string::npos) << "zero draws no bar";
}

TEST(MonitorChart, LabelsAreEscaped) {
  std::string svg = render_bar_chart({"t", "<b>", "x"}, {{"<script>alert(1)</script>", 1}});
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
}

TEST(MonitorChart, ALineBreaksWhereAValueIsUnknown) {
  std::string svg = render_line_chart({"w", "Weken", "Uitleg"}, {"1-11", "8-11", "15-11"},
                                      {{"Actief", {-1, 2, 4}}, {"In het adresbestand", {0, 5, 10}}});
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  // The first series starts at the second week; the second runs through all three.
  EXPECT_NE(svg.find("d=\"M166.0 "), std::string::npos) << svg;
  EXPECT_NE(svg.find("d=\"M36.0 170.0 L166.0 90.0 L296.0 10.0\""), std::string::npos) << svg;
  EXPECT_NE(svg.find(">Actief</text>"), std::string::npos) << "legend";
  EXPECT_NE(svg.find(">10</text>"), std::string::npos) << "the top of the axis";
}

}  // namespace
}  // namespace omzien::monitoring
