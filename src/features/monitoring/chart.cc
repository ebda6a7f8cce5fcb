#include "features/monitoring/chart.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/templates.h"
#include "core/view.h"

namespace omzien::monitoring {
namespace {

constexpr int kWidth = 320;
constexpr int kBarRow = 40;      // label above, bar below
constexpr int kBarMaxWidth = 250;  // room for the number after the longest bar
constexpr int kPlotLeft = 36, kPlotRight = 296, kPlotTop = 10, kPlotBottom = 170;
constexpr int kLegendRow = 18;

// Colours with at least 3:1 contrast on white, and a dash pattern each, so lines differ
// without colour too.
constexpr std::array<const char*, 6> kColours = {"#01689b", "#a90061", "#39870c", "#b35300", "#42145f", "#5c5c5c"};
constexpr std::array<const char*, 6> kDashes = {"", "8 4", "2 4", "10 4 2 4", "4 2", "1 3"};

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// A round top for the y axis: the smallest of 1, 2, 5 x 10^n that holds `max`.
int axis_top(int max) {
  if (max <= 0) return 1;
  for (int scale = 1;; scale *= 10)
    for (int step : {1, 2, 5})
      if (step * scale >= max) return step * scale;
}

View chart_view(const ChartText& text, int height) {
  View view;
  view.set("id", text.id).set("title", text.title).set("description", text.description);
  view.set("width", kWidth).set("height", height);
  return view;
}

}  // namespace

std::string render_bar_chart(const ChartText& text, const std::vector<Bar>& bars) {
  int max = 0;
  for (const auto& bar : bars) max = std::max(max, bar.value);
  View items = View::list();
  for (std::size_t i = 0; i < bars.size(); ++i) {
    int top = static_cast<int>(i) * kBarRow;
    double length = max > 0 ? static_cast<double>(bars[i].value) * kBarMaxWidth / max : 0;
    if (bars[i].value > 0) length = std::max(length, 2.0);  // a one is still visible
    items.push(View()
                   .set("label", bars[i].label)
                   .set("value", bars[i].value)
                   .set("label_y", top + 14)
                   .set("bar_y", top + 20)
                   .set("bar_width", number(length))
                   .set("value_x", number(length + 6))
                   .set("value_y", top + 32));
  }
  View view = chart_view(text, std::max(1, static_cast<int>(bars.size()) * kBarRow));
  view.set("bars", items);
  return render_template("monitoring/bar_chart", view);
}

std::string render_line_chart(const ChartText& text, const std::vector<std::string>& x_labels,
                              const std::vector<Series>& series) {
  int max = 0;
  for (const auto& s : series)
    for (int v : s.values) max = std::max(max, v);
  int top = axis_top(max);
  std::size_t points = std::max<std::size_t>(x_labels.size(), 2);
  auto x_of = [&](std::size_t i) { return kPlotLeft + static_cast<double>(i) * (kPlotRight - kPlotLeft) / (points - 1); };
  auto y_of = [&](int v) { return kPlotBottom - static_cast<double>(v) * (kPlotBottom - kPlotTop) / top; };

  View lines = View::list();
  for (std::size_t s = 0; s < series.size(); ++s) {
    std::string path;
    bool pen_down = false;
    for (std::size_t i = 0; i < series[s].values.size(); ++i) {
      int v = series[s].values[i];
      if (v < 0) {
        pen_down = false;
        continue;
      }
      path += (pen_down ? " L" : (path.empty() ? "M" : " M")) + number(x_of(i)) + " " + number(y_of(v));
      pen_down = true;
    }
    lines.push(View()
                   .set("label", series[s].label)
                   .set("path", path)
                   .set("colour", kColours[s % kColours.size()])
                   .set("dash", kDashes[s % kDashes.size()])
                   .set("legend_y", kPlotBottom + 40 + static_cast<int>(s) * kLegendRow)
                   .set("legend_text_y", kPlotBottom + 44 + static_cast<int>(s) * kLegendRow));
  }
  View ticks = View::list();
  for (int v : {0, top / 2, top})
    ticks.push(View().set("value", v).set("y", number(y_of(v))).set("text_y", number(y_of(v) + 4)));
  // First, middle and last week only: twelve labels do not fit on a phone.
  View labels = View::list();
  for (std::size_t i : {std::size_t{0}, x_labels.size() / 2, x_labels.size() - 1})
    if (i < x_labels.size()) labels.push(View().set("text", x_labels[i]).set("x", number(x_of(i))));
  View view = chart_view(text, kPlotBottom + 40 + static_cast<int>(series.size()) * kLegendRow);
  view.set("lines", lines).set("ticks", ticks).set("x_labels", labels);
  view.set("plot_left", kPlotLeft).set("plot_right", kPlotRight).set("plot_bottom", kPlotBottom);
  view.set("label_y", kPlotBottom + 18);
  return render_template("monitoring/line_chart", view);
}

}  // namespace omzien::monitoring
