#include "features/outreach/column_guess.h"

#include <gtest/gtest.h>

namespace omzien::outreach {
namespace {

using Fields = std::vector<ContactField>;
using F = ContactField;

TEST(ContactColumns, RecognisesTheHeaderNamesOfADutchSpreadsheet) {
  auto table = csv::read("Naam initiatief;Contactpersoon;E-mail;Telefoon;Gemeente;Opmerkingen\r\n"
                         "Repair Café;Jan;jan@voorbeeld.nl;06-12345678;Zeist;belt liever\r\n");
  ColumnGuess guess = guess_columns(table);
  EXPECT_TRUE(guess.has_header);
  EXPECT_EQ(guess.fields, (Fields{F::InitiativeName, F::PersonName, F::Email, F::Phone, F::Municipality, F::Notes}));
}

TEST(ContactColumns, RecognisesOtherWaysOfWritingAHeader) {
  EXPECT_EQ(field_for_header(" E-mailadres "), F::Email);
  EXPECT_EQ(field_for_header("EMAIL"), F::Email);
  EXPECT_EQ(field_for_header("E-mail contactpersoon"), F::Email);
  EXPECT_EQ(field_for_header("Tel."), F::Phone);
  EXPECT_EQ(field_for_header("Telefoonnummer contactpersoon"), F::Phone);
  EXPECT_EQ(field_for_header("Mobiel"), F::Phone);
  EXPECT_EQ(field_for_header("Woonplaats"), F::Municipality);
  EXPECT_EQ(field_for_header("Naam van het initiatief"), F::InitiativeName);
  EXPECT_EQ(field_for_header("Organisatie"), F::InitiativeName);
  EXPECT_EQ(field_for_header("Naam contactpersoon"), F::PersonName);
  EXPECT_EQ(field_for_header("Notities"), F::Notes);
  EXPECT_EQ(field_for_header("Lid sinds"), F::Ignore);
  EXPECT_EQ(field_for_header(""), F::Ignore);
}

TEST(ContactColumns, NaamBesideNaamInitiatiefIsThePersonsName) {
  auto table = csv::read("Naam initiatief;Naam;E-mail\nBuurtkamer;Ria;ria@voorbeeld.nl\n");
  EXPECT_EQ(guess_columns(table).fields, (Fields{F::InitiativeName, F::PersonName, F::Email}));
  auto alone = csv::read("Naam;E-mail\nBuurtkamer;ria@voorbeeld.nl\n");
  EXPECT_EQ(guess_columns(alone).fields, (Fields{F::InitiativeName, F::Email})) << "alone, Naam is the initiative";
}

TEST(ContactColumns, OneColumnPerFieldButNotesMayHaveSeveral) {
  auto table = csv::read("E-mail;E-mail 2;Opmerkingen;Notities\na@b.nl;c@d.nl;x;y\n");
  EXPECT_EQ(guess_columns(table).fields, (Fields{F::Email, F::Ignore, F::Notes, F::Notes}));
}

TEST(ContactColumns, PastedCellsWithoutAHeaderAreGuessedFromWhatTheyHold) {
  auto table = csv::read("Repair Café Zeist\tJan de Vries\tjan@voorbeeld.nl\t06-12345678\tZeist\n"
                         "Taalhuis\tFatima\tfatima@voorbeeld.nl\t+31 30 123 4567\tUtrecht\n");
  ColumnGuess guess = guess_columns(table);
  EXPECT_FALSE(guess.has_header) << "an e-mail address in the first row: no header";
  EXPECT_EQ(guess.fields, (Fields{F::InitiativeName, F::PersonName, F::Email, F::Phone, F::Municipality}));
}

TEST(ContactColumns, ATableWithoutAnythingWeKnowIsNotRecognised) {
  auto table = csv::read("Kolom A;Kolom B\nfoo;bar\n");
  ColumnGuess guess = guess_columns(table);
  EXPECT_FALSE(guess.has_header);
  // Without a header, text columns become names; there is no way to reach anyone, which the
  // import's mapping check reports (contact_import.h).
  EXPECT_EQ(std::count(guess.fields.begin(), guess.fields.end(), F::Email), 0);
  EXPECT_FALSE(guess_columns(csv::read("")).recognised());
}

TEST(ContactColumns, FieldIdsGoBackAndForth) {
  for (ContactField field : kContactFields) EXPECT_EQ(parse_field(field_id(field)), field);
  EXPECT_FALSE(parse_field("iets-anders"));
  EXPECT_EQ(field_label(F::Email), "E-mailadres");
}

}  // namespace
}  // namespace omzien::outreach
