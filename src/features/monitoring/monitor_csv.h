// The monitor as one CSV table for funders and partners: aggregates only (no names of people, no
// e-mail addresses), in long form ("Onderdeel;Groep;Meting;Aantal") so a spreadsheet can pivot it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "features/monitoring/monitor_report.h"

namespace omzien::monitoring {

// A search that found nothing goes into the file only when it was made at least this often.
inline constexpr int kMinimumSearchesToExport = 2;

// What a filtered file was filtered on: (what, value) pairs such as ("Gemeente", "Zeist"),
// never a person's name.
using FilterLabels = std::vector<std::pair<std::string, std::string>>;

// The rows, header first, then the filter. Cells are plain text; csv::write neutralises formulas.
std::vector<std::vector<std::string>> report_rows(const MonitorReport& report, const FilterLabels& filter = {});

// "2026-11-23": the day of `at` in Amsterdam; for a week, pass the Monday it starts on.
std::string week_date(Seconds at);

}  // namespace omzien::monitoring
