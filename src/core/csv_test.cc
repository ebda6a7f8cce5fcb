#include "core/csv.h"

#include <gtest/gtest.h>

namespace omzien::csv {
namespace {

using Cells = std::vector<std::string>;

TEST(Csv, ReadsExcelInDutchSettingsWithSemicolons) {
  Table table = read("name;municipality;founded\r\nRepair Café;Zeist;2012\r\nTaalhuis, Overvecht;Utrecht;\r\n");
  EXPECT_EQ(table.separator, ';');
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"Repair Café", "Zeist", "2012"}));
  EXPECT_EQ(table.rows[2].cells, (Cells{"Taalhuis, Overvecht", "Utrecht", ""})) << "a comma is just text here";
  EXPECT_EQ(table.rows[2].line, 3);
}

TEST(Csv, ReadsCommaSeparatedFilesWithLfLineEnds) {
  Table table = read("name,place\nBuurtkamer,\"Zeist, Centrum\"\n");
  EXPECT_EQ(table.separator, ',');
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"Buurtkamer", "Zeist, Centrum"}));
}

TEST(Csv, ReadsCellsPastedFromASpreadsheet) {
  Table table = read("name\tplace\tsummary\nKookclub\tVathorst\tWe koken; samen\n");
  EXPECT_EQ(table.separator, '\t');
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"Kookclub", "Vathorst", "We koken; samen"}));
}

TEST(Csv, AHeaderWithOneColumnOrTiesPrefersTheSemicolon) {
  EXPECT_EQ(detect_separator("name\n"), ';');
  EXPECT_EQ(detect_separator("a;b,c\n"), ';');
  EXPECT_EQ(detect_separator("\"a;b\",c,d\n"), ',') << "separators inside quotes do not count";
  EXPECT_EQ(detect_separator("a\tb,c\tc\n"), '\t');
}

TEST(Csv, SkipsTheUtf8ByteOrderMark) {
  Encoding encoding{};
  Table table = read("\xEF\xBB\xBFname;place\r\nCafé;Zeist\r\n");
  EXPECT_EQ(to_utf8("\xEF\xBB\xBFx", &encoding), "x");
  EXPECT_EQ(encoding, Encoding::Utf8WithBom);
  EXPECT_EQ(table.encoding, Encoding::Utf8WithBom);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[0], "name") << "the BOM is not part of the first header";
  EXPECT_EQ(table.rows[1].cells[0], "Café");
}

TEST(Csv, ReadsWindows1252AsExcelSavesIt) {
  // "Café;€ 5" and "Coöperatie ‘t Hof" in Windows-1252.
  Table table = read("name;price\r\nCaf\xE9;\x80 5\r\nCo\xF6peratie \x91t Hof;\x96\r\n");
  EXPECT_EQ(table.encoding, Encoding::Windows1252);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"Café", "€ 5"}));
  EXPECT_EQ(table.rows[2].cells, (Cells{"Coöperatie ‘t Hof", "–"}));
  EXPECT_EQ(to_utf8("\x81"), "\xEF\xBF\xBD") << "unassigned bytes become U+FFFD";
}

TEST(Csv, ReadsUtf16AsExcelSavesUnicodeText) {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("a\tb\r\n")) bytes += std::string{c, '\0'};
  bytes += std::string("\xE9\x00", 2);  // é
  bytes += std::string("\x3D\xD8\x00\xDE", 4);  // U+1F600 as a surrogate pair
  Table table = read(bytes);
  EXPECT_EQ(table.encoding, Encoding::Utf16);
  EXPECT_EQ(table.separator, '\t');
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"é\xF0\x9F\x98\x80"}));
}

TEST(Csv, QuotedCellsKeepSeparatorsDoubledQuotesAndLineBreaks) {
  Table table = read("name;description;x\r\n\"De \"\"Groene\"\" Vingers\";\"Regel een\r\nRegel twee\";1\r\nVolgende;b;2\r\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"De \"Groene\" Vingers", "Regel een\nRegel twee", "1"}));
  EXPECT_EQ(table.rows[1].line, 2);
  EXPECT_EQ(table.rows[2].line, 4) << "the line number counts the line break inside the cell";
}

TEST(Csv, EmptyLinesAreLeftOutButLineNumbersStayTrue) {
  Table table = read("a;b\n\n\r\nc;d\n;\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[1].line, 4);
  EXPECT_EQ(table.rows[1].cells, (Cells{"c", "d"}));
  EXPECT_EQ(table.rows[2].cells, (Cells{"", ""})) << "a row of empty cells is still a row";
}

TEST(Csv, TheLastLineNeedsNoLineBreakAndOldMacLineEndsWork) {
  Table table = read("a;b\rc;d");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1].cells, (Cells{"c", "d"}));
  EXPECT_EQ(table.rows[1].line, 2);
}

TEST(Csv, AnUnclosedQuoteIsReportedWithItsLine) {
  Table table = read("a;b\n1;\"open\n2;3\n");
  EXPECT_EQ(table.unclosed_quote_line, 2);
  EXPECT_EQ(read("a;b\n1;2\n").unclosed_quote_line, 0);
}

TEST(Csv, AQuoteInsideAnUnquotedCellIsKept) {
  Table table = parse("Scherm 24\";b\n", ';');
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Scherm 24\"", "b"}));
}

TEST(Csv, TheWriterQuotesWhereNeeded) {
  WriteOptions options;
  options.byte_order_mark = false;
  EXPECT_EQ(write_row({"gewoon", "met;puntkomma", "met \"quote\"", "twee\nregels", ""}, options),
            "gewoon;\"met;puntkomma\";\"met \"\"quote\"\"\";\"twee\nregels\";\r\n");
  EXPECT_EQ(write_row({""}, options), "\"\"\r\n") << "a lone empty cell must not become an empty line";
  options.separator = ',';
  EXPECT_EQ(write_row({"a;b", "c,d"}, options), "a;b,\"c,d\"\r\n");
}

TEST(Csv, TheWriterNeutralisesFormulas) {
  WriteOptions options;
  options.byte_order_mark = false;
  EXPECT_EQ(write_row({"=HYPERLINK(\"http://x\")", "+31 6", "-1", "@SUM(A1)", "\tx", "\rx", "'t Hoekje", "a=b"}, options),
            "\"'=HYPERLINK(\"\"http://x\"\")\";'+31 6;'-1;'@SUM(A1);'\tx;\"'\rx\";'t Hoekje;a=b\r\n");
  options.neutralise_formulas = false;
  EXPECT_EQ(write_row({"=1+1"}, options), "=1+1\r\n");
}

TEST(Csv, AGuardedCellReadsBackAsItWas) {
  for (std::string cell : {"=1+1", "+31 6 1234 5678", "-", "@home", "'t Hoekje", "gewoon", "'", "", "'=x", "''-y"})
    EXPECT_EQ(strip_formula_guard(neutralise_formula(cell)), cell);
}

TEST(Csv, WhatTheWriterWritesTheReaderReadsBack) {
  std::vector<std::vector<std::string>> rows = {
      {"name", "description", "themes"},
      {"Café \"De Hoek\"", "Regel 1\nRegel 2; met puntkomma", "a|b"},
      {"=gevaarlijk", "", "€ ë ï"},
  };
  for (char separator : {';', ',', '\t'}) {
    WriteOptions options;
    options.separator = separator;
    std::string file = write(rows, options);
    EXPECT_EQ(file.rfind("\xEF\xBB\xBF", 0), 0u);
    Table table = read(file);
    EXPECT_EQ(table.separator, separator);
    ASSERT_EQ(table.rows.size(), rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      Cells back;
      for (const auto& cell : table.rows[r].cells) back.push_back(strip_formula_guard(cell));
      EXPECT_EQ(back, rows[r]);
    }
  }
}

}  // namespace
}  // namespace omzien::csv
