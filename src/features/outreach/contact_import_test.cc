// The parts of importing a list that need no database: reading, mapping, checking, merging.
#include "features/outreach/contact_import.h"

#include <gtest/gtest.h>

namespace omzien::outreach {
namespace {

using F = ContactField;

ColumnMapping guessed(const csv::Table& table) {
  ColumnGuess guess = guess_columns(table);
  return {guess.has_header, guess.fields};
}

TEST(ContactImport, CellsPastedFromASpreadsheetBecomeCheckedRows) {
  // What a browser sends from a textarea: tabs between cells, CRLF between rows.
  std::string pasted = "Naam initiatief\tE-mail\tTelefoon\tGemeente\r\n"
                       "Repair Café\tinfo@repair.nl\t06-12345678\tZeist\r\n"
                       "Kookclub; De Pan\tpan@voorbeeld.nl\t\tHouten\r\n";
  ReadList list = read_list(list_text(pasted));
  ASSERT_TRUE(list.problem.empty());
  EXPECT_EQ(list.table.separator, '\t');
  auto rows = list_rows(list.table, guessed(list.table));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].checked.contact.phone, "06 12345678");
  EXPECT_EQ(rows[1].checked.contact.initiative_name, "Kookclub; De Pan") << "a semicolon is text in a paste";
  EXPECT_EQ(rows[1].checked.contact.municipality_code, "GM0321");
}

TEST(ContactImport, ReadsExcelsDutchCsvInWindows1252AndUtf8WithBom) {
  std::string cp1252 = "Naam initiatief;E-mail;Gemeente\r\nCaf\xE9 De Hoek;hoek@voorbeeld.nl;Zeist\r\n";
  auto rows = list_rows(read_list(list_text(cp1252)).table, {true, {F::InitiativeName, F::Email, F::Municipality}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].checked.contact.initiative_name, "Café De Hoek");
  std::string bom = "\xEF\xBB\xBF" "E-mail;Naam initiatief\r\nx@voorbeeld.nl;Coöperatie\r\n";
  ReadList list = read_list(list_text(bom));
  EXPECT_EQ(guessed(list.table).fields, (std::vector<F>{F::Email, F::InitiativeName})) << "the BOM is not in the header";
}

TEST(ContactImport, BadRowsSayWhatIsWrongAndGoodRowsStayGood) {
  auto table = csv::read("E-mail;Telefoon;Gemeente\nok@voorbeeld.nl;;Zeist\ngeen-adres;;\n;12345;\nnog@voorbeeld.nl;;Parijs\n");
  auto rows = list_rows(table, guessed(table));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_TRUE(rows[0].checked.ok());
  EXPECT_EQ(rows[1].checked.errors.at("email"), "\"geen-adres\" is geen e-mailadres.");
  EXPECT_TRUE(rows[2].checked.errors.count("phone"));
  EXPECT_TRUE(rows[3].checked.errors.count("municipality"));
  EXPECT_EQ(rows[3].line, 5);
}

TEST(ContactImport, SeveralColumnsMayFeedTheNameAndTheNotes) {
  auto table = csv::read("Voornaam;Achternaam;E-mail;Opmerkingen;Notities\nRia;Verhoef;ria@x.nl;eerst;dan\n");
  ColumnMapping mapping{true, {F::PersonName, F::PersonName, F::Email, F::Notes, F::Notes}};
  auto rows = list_rows(table, mapping);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].checked.contact.person_name, "Ria Verhoef");
  EXPECT_EQ(rows[0].checked.contact.notes, "eerst\ndan");
}

TEST(ContactImport, RowsWithOnlyEmptyMappedCellsAreLeftOut) {
  auto table = csv::read("E-mail;Iets\n;;\n;x\na@b.nl;\n");
  auto rows = list_rows(table, {true, {F::Email, F::Ignore}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].line, 4);
}

TEST(ContactImport, AnEmptyListOrAnUnclosedQuoteIsAProblemForTheWholeList) {
  EXPECT_EQ(read_list("").problem, "De lijst is leeg. Kies een bestand of plak de cellen uit je spreadsheet.");
  EXPECT_FALSE(read_list(" \r\n\t\n").problem.empty());
  auto quote = read_list("E-mail;Naam\na@b.nl;\"Kapot\nc@d.nl;x\n");
  EXPECT_NE(quote.problem.find("regel 2"), std::string::npos) << quote.problem;
}

TEST(ContactImport, AMappingWithoutEmailOrPhoneCannotReachAnyone) {
  EXPECT_FALSE(mapping_problem({true, {F::InitiativeName, F::Notes}}).empty());
  EXPECT_TRUE(mapping_problem({true, {F::InitiativeName, F::Phone}}).empty());
}

TEST(ContactImport, MergingFillsEmptyFieldsAndKeepsNotes) {
  Contact known{.initiative_name = "Repair Café", .email = "a@b.nl", .notes = "Gebeld in mei"};
  Contact incoming{.initiative_name = "Repair Cafe Zeist", .person_name = "Jan", .email = "a@b.nl",
                   .phone = "06 12345678", .notes = "Wil een folder"};
  EXPECT_TRUE(merge_contact(known, incoming));
  EXPECT_EQ(known.initiative_name, "Repair Café") << "what we had stays";
  EXPECT_EQ(known.person_name, "Jan");
  EXPECT_EQ(known.phone, "06 12345678");
  EXPECT_EQ(known.notes, "Gebeld in mei\nWil een folder");
  EXPECT_FALSE(merge_contact(known, incoming)) << "the same row again changes nothing";
}

TEST(ContactImport, TheReportReadsAsDutchLines) {
  ContactImportReport report{.rows = 4, .created = 2, .merged = 1, .bad_rows = {{5, "\"x\" is geen e-mailadres."}}};
  auto lines = describe_report(report);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "Nieuw in het adresbestand: 2");
  EXPECT_EQ(lines[4], "  regel 5: \"x\" is geen e-mailadres.");
  auto failed = describe_report({.problem = "De lijst is leeg."});
  EXPECT_EQ(failed.back(), "Er is niets ingelezen.");
}

}  // namespace
}  // namespace omzien::outreach
