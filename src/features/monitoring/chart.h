// Charts drawn on the server as SVG: the geometry is computed here, the markup is in
// templates/bar_chart.mustache and templates/line_chart.mustache. Every chart has role="img", a
// title and a description, and the page shows the same numbers in a table: no JavaScript, and
// nothing only a sighted mouse user can get at. Sized for a 360 px wide phone, scaling up.
#pragma once

#include <string>
#include <vector>

namespace omzien::monitoring {

struct Bar {
  std::string label;
  int value = 0;
};

struct Series {
  std::string label;
  std::vector<int> values;  // one per x label; a negative value is "unknown" and breaks the line
};

struct ChartText {
  std::string id;  // unique on the page: "trechter" (for aria-labelledby)
  std::string title;
  std::string description;
};

// Horizontal bars, one per item, longest for the largest value; returns the SVG element.
std::string render_bar_chart(const ChartText& text, const std::vector<Bar>& bars);
// A line per series over the x labels, with a legend; returns the SVG element.
std::string render_line_chart(const ChartText& text, const std::vector<std::string>& x_labels,
                              const std::vector<Series>& series);

}  // namespace omzien::monitoring
