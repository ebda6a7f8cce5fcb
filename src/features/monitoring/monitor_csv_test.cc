#include "features/monitoring/monitor_csv.h"

#include <gtest/gtest.h>

#include "core/csv.h"

namespace omzien::monitoring {
namespace {

TEST(MonitorCsv, LinkingPinsGoOutNumberedAndUnknownWeeksAreLeftOut) {
  MonitorReport report;
  report.by_linking_pin = {{.label = "Piet Pin", .export_label = "LinkingPin 1", .counts = {4, 3, 2, 1, 0, 0}}};
  report.weeks = {{.start = 1795690800 - 907200, .counts = {5, 4, 3, 2, 1, -1}}};
  auto rows = report_rows(report);
  std::string file = csv::write(rows);
  EXPECT_EQ(file.find("Piet Pin"), std::string::npos);
  EXPECT_NE(file.find("Per LinkingPin;LinkingPin 1;In het adresbestand;4"), std::string::npos) << file;
  EXPECT_NE(file.find("Week van 2026-11-16;Profiel compleet;1"), std::string::npos) << file;
  EXPECT_EQ(file.find("Week van 2026-11-16;Actief"), std::string::npos) << "not known for a past week";
}

TEST(MonitorCsv, ASearchThatLooksLikeAFormulaStaysText) {
  MonitorReport report;
  report.missed_searches = {{"=HYPERLINK(\"http://x\")", 3}, {"-2+3", 2}};
  std::string file = csv::write(report_rows(report));
  EXPECT_NE(file.find("'=HYPERLINK"), std::string::npos) << file;
  EXPECT_NE(file.find(";'-2+3;"), std::string::npos) << file;
}

TEST(MonitorCsv, TheSearchesSayWhichDaysTheyCover) {
  MonitorReport report;
  report.missed_searches = {{"kangoeroes africhten", 2}};
  report.missed_searches_from = 1788127200;   // Monday 31 August 2026, 00:00 in Amsterdam
  report.missed_searches_until = 1790503200;  // Sunday 27 September 2026, midday
  std::string file = csv::write(report_rows(report));
  EXPECT_NE(file.find("Zoekopdrachten zonder resultaat, 2026-08-31 tot en met 2026-09-27;kangoeroes africhten;Keer gezocht;2"),
            std::string::npos) << file;
}

TEST(MonitorCsv, ASearchMadeOnlyOnceStaysOutOfTheFile) {
  MonitorReport report;
  report.missed_searches = {{"kangoeroes africhten", 2}, {"jan de vries zeist", 1}};
  std::string file = csv::write(report_rows(report));
  EXPECT_NE(file.find("kangoeroes africhten;Keer gezocht;2"), std::string::npos) << file;
  EXPECT_EQ(file.find("jan de vries"), std::string::npos) << file;
}

}  // namespace
}  // namespace omzien::monitoring
