// Which column of a list means what. Staff upload whatever their spreadsheet holds, so the
// preview guesses from the header names ("Naam initiatief", "E-mail", "Telefoon", "Gemeente",
// "Contactpersoon", "Opmerkingen") or, without a header row, from what the cells look like; staff
// can change every choice before anything is saved.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/csv.h"

namespace omzien::outreach {

enum class ContactField { Ignore, InitiativeName, PersonName, Email, Phone, Municipality, Notes };
inline constexpr std::array<ContactField, 7> kContactFields = {
    ContactField::InitiativeName, ContactField::PersonName,   ContactField::Email, ContactField::Phone,
    ContactField::Municipality,   ContactField::Notes,        ContactField::Ignore};

// Ids for the preview form ("initiatief", "contactpersoon", "e-mail", "telefoon", "gemeente",
// "opmerkingen", "niet-gebruiken"), and back.
std::string_view field_id(ContactField field);
std::optional<ContactField> parse_field(std::string_view id);
std::string_view field_label(ContactField field);  // Dutch

// The field a header names, or Ignore when it names none we know.
ContactField field_for_header(std::string_view header);

struct ColumnGuess {
  bool has_header = false;
  std::vector<ContactField> fields;  // one per column of the widest row
  bool recognised() const;           // a known header, or a column of e-mail addresses or phones
};

// Guesses from the first row (a header when it names known fields and holds no e-mail address),
// else from the cells of the first rows: e-mail addresses, phone numbers, municipalities; the
// first other text columns become the initiative's and the person's name. A field goes to one
// column only, except notes.
ColumnGuess guess_columns(const csv::Table& table);

}  // namespace omzien::outreach
