#include "features/outreach/column_guess.h"

#include <algorithm>
#include <string>

#include "core/text.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

struct Synonyms {
  ContactField field;
  std::vector<std::string_view> names;  // folded, punctuation as single spaces
};

// Header names as people write them in Dutch spreadsheets (and a few English ones).
const std::vector<Synonyms>& synonyms() {
  static const std::vector<Synonyms> table = {
      {ContactField::InitiativeName,
       {"naam initiatief", "initiatief", "naam van het initiatief", "naam van initiatief", "initiatiefnaam",
        "organisatie", "naam organisatie", "organisatienaam", "bewonersinitiatief", "naam bewonersinitiatief",
        "inwonersinitiatief", "project", "naam project", "initiative", "organisation", "organization"}},
      {ContactField::PersonName,
       {"contactpersoon", "contact persoon", "naam contactpersoon", "contact", "persoon", "voornaam", "achternaam",
        "naam contact", "initiatiefnemer", "coordinator", "contact person", "name"}},
      {ContactField::Email,
       {"e mail", "email", "e mailadres", "emailadres", "e mail adres", "email adres", "mail", "mailadres",
        "e mail contactpersoon", "email address"}},
      {ContactField::Phone,
       {"telefoon", "telefoonnummer", "tel", "telnr", "tel nr", "mobiel", "mobiel nummer", "mobielnummer", "gsm",
        "telefoon nr", "telefoonnr", "nummer", "phone", "telephone", "mobile"}},
      {ContactField::Municipality,
       {"gemeente", "plaats", "woonplaats", "plaatsnaam", "stad", "dorp", "locatie", "gemeentenaam", "wijk", "city",
        "municipality", "place"}},
      {ContactField::Notes,
       {"opmerkingen", "opmerking", "notities", "notitie", "aantekeningen", "toelichting", "bijzonderheden", "memo",
        "info", "notes", "comments"}},
  };
  return table;
}

std::string header_key(std::string_view header) {
  std::string folded = fold(trim(header));
  std::string out;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (keep) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

enum class Strength { None, Weak, Strong };

struct HeaderMatch {
  ContactField field = ContactField::Ignore;
  Strength strength = Strength::None;
};

HeaderMatch match_header(std::string_view header) {
  std::string key = header_key(header);
  if (key.empty()) return {};
  for (const auto& entry : synonyms())
    for (std::string_view name : entry.names)
      if (key == name) return {entry.field, Strength::Strong};
  if (contains(key, "mail")) return {ContactField::Email, Strength::Weak};
  if (contains(key, "telefoon") || contains(key, "mobiel") || key.rfind("tel ", 0) == 0)
    return {ContactField::Phone, Strength::Weak};
  if (contains(key, "contactpersoon") || contains(key, "contact persoon")) return {ContactField::PersonName, Strength::Weak};
  if (contains(key, "gemeente") || contains(key, "plaats")) return {ContactField::Municipality, Strength::Weak};
  if (contains(key, "initiatief") || contains(key, "organisatie")) return {ContactField::InitiativeName, Strength::Weak};
  if (contains(key, "opmerk") || contains(key, "notitie") || contains(key, "aantekening"))
    return {ContactField::Notes, Strength::Weak};
  if (key == "naam" || key.rfind("naam ", 0) == 0) return {ContactField::InitiativeName, Strength::Weak};
  return {};
}

bool is_multi_column(ContactField field) { return field == ContactField::Notes || field == ContactField::Ignore; }

bool looks_like_email(std::string_view cell) { return is_valid_email(normalize_email(trim(cell))); }

bool looks_like_phone(std::string_view cell) {
  int digits = 0;
  for (char c : cell) digits += (c >= '0' && c <= '9') ? 1 : 0;
  return digits >= 8 && tidy_phone(cell).has_value();
}

std::size_t widest(const csv::Table& table) {
  std::size_t width = 0;
  for (const auto& row : table.rows) width = std::max(width, row.cells.size());
  return width;
}

std::vector<ContactField> guess_from_header(const csv::Row& header, std::size_t width) {
  std::vector<ContactField> fields(width, ContactField::Ignore);
  std::vector<HeaderMatch> matches;
  for (std::size_t i = 0; i < width; ++i) matches.push_back(i < header.cells.size() ? match_header(header.cells[i]) : HeaderMatch{});
  auto taken = [&](ContactField f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
  for (Strength pass : {Strength::Strong, Strength::Weak}) {
    for (std::size_t i = 0; i < width; ++i) {
      if (matches[i].strength != pass || fields[i] != ContactField::Ignore) continue;
      ContactField f = matches[i].field;
      // "Naam" beside "Naam initiatief" is the person's name.
      if (taken(f) && f == ContactField::InitiativeName && !taken(ContactField::PersonName)) f = ContactField::PersonName;
      if (taken(f) && !is_multi_column(f)) continue;
      fields[i] = f;
    }
  }
  return fields;
}

std::vector<ContactField> guess_from_cells(const csv::Table& table, std::size_t width) {
  std::vector<ContactField> fields(width, ContactField::Ignore);
  std::size_t sample = std::min<std::size_t>(table.rows.size(), 50);
  struct Score { int filled = 0, email = 0, phone = 0, place = 0; };
  std::vector<Score> scores(width);
  for (std::size_t r = 0; r < sample; ++r) {
    const auto& cells = table.rows[r].cells;
    for (std::size_t i = 0; i < width && i < cells.size(); ++i) {
      std::string cell = trim(cells[i]);
      if (cell.empty()) continue;
      Score& s = scores[i];
      ++s.filled;
      if (looks_like_email(cell)) ++s.email;
      else if (looks_like_phone(cell)) ++s.phone;
      else if (municipality_code_of(cell)) ++s.place;
    }
  }
  auto pick = [&](ContactField field, int Score::*count) {
    int best = -1;
    for (std::size_t i = 0; i < width; ++i) {
      const Score& s = scores[i];
      bool most = s.filled > 0 && s.*count * 2 >= s.filled;
      if (fields[i] == ContactField::Ignore && most && (best < 0 || s.*count > scores[best].*count)) best = static_cast<int>(i);
    }
    if (best >= 0) fields[best] = field;
  };
  pick(ContactField::Email, &Score::email);
  pick(ContactField::Phone, &Score::phone);
  pick(ContactField::Municipality, &Score::place);
  int names = 0;
  for (std::size_t i = 0; i < width && names < 2; ++i) {
    if (fields[i] != ContactField::Ignore || scores[i].filled * 2 < static_cast<int>(sample)) continue;
    fields[i] = names++ == 0 ? ContactField::InitiativeName : ContactField::PersonName;
  }
  return fields;
}

}  // namespace

std::string_view field_id(ContactField field) {
  switch (field) {
    case ContactField::Ignore: return "niet-gebruiken";
    case ContactField::InitiativeName: return "initiatief";
    case ContactField::PersonName: return "contactpersoon";
    case ContactField::Email: return "e-mail";
    case ContactField::Phone: return "telefoon";
    case ContactField::Municipality: return "gemeente";
    case ContactField::Notes: return "opmerkingen";
  }
  return "niet-gebruiken";
}

std::optional<ContactField> parse_field(std::string_view id) {
  for (ContactField field : kContactFields)
    if (field_id(field) == id) return field;
  return std::nullopt;
}

std::string_view field_label(ContactField field) { return texts::kFieldLabels[static_cast<int>(field)]; }

ContactField field_for_header(std::string_view header) { return match_header(header).field; }

// Names guessed from plain text alone say nothing: without a known header, only a column of
// e-mail addresses or phone numbers shows that we understood the list.
bool ColumnGuess::recognised() const {
  return std::any_of(fields.begin(), fields.end(), [this](ContactField f) {
    return has_header ? f != ContactField::Ignore : f == ContactField::Email || f == ContactField::Phone;
  });
}

ColumnGuess guess_columns(const csv::Table& table) {
  ColumnGuess guess;
  std::size_t width = widest(table);
  if (width == 0) return guess;
  const csv::Row& first = table.rows.front();
  bool names_fields = std::any_of(first.cells.begin(), first.cells.end(),
                                  [](const std::string& cell) { return match_header(cell).strength != Strength::None; });
  bool holds_data = std::any_of(first.cells.begin(), first.cells.end(),
                                [](const std::string& cell) { return looks_like_email(cell) || looks_like_phone(cell); });
  guess.has_header = names_fields && !holds_data;
  guess.fields = guess.has_header ? guess_from_header(first, width) : guess_from_cells(table, width);
  return guess;
}

}  // namespace omzien::outreach
