#include "features/outreach/contact_fields.h"

#include <fmt/core.h>

#include "core/text.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_form.h"
#include "features/outreach/texts.h"
#include "geo/geo.h"

namespace omzien::outreach {
namespace {

// Trimmed, NFC, and without control characters (line breaks too, unless `keep_lines`).
std::string clean(std::string_view text, bool keep_lines) {
  std::string nfc = normalize_nfc(text);
  std::string out;
  out.reserve(nfc.size());
  for (char c : nfc) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\r') continue;
    if (c == '\n' && keep_lines) out += c;
    else if (u < 0x20 || u == 0x7F) out += ' ';
    else out += c;
  }
  return trim(out);
}

}  // namespace

std::string display_name(const Contact& contact) {
  if (!contact.initiative_name.empty()) return contact.initiative_name;
  if (!contact.person_name.empty()) return contact.person_name;
  if (!contact.email.empty()) return contact.email;
  return contact.phone;
}

std::optional<std::string> tidy_phone(std::string_view phone) { return initiatives::normalize_phone(trim(phone)); }

std::string tel_url(std::string_view phone) {
  std::string digits;
  for (char c : phone)
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  if (digits.empty()) return "";
  if (digits[0] == '0') digits = "+31" + digits.substr(1);
  return "tel:" + digits;
}

std::optional<std::string> municipality_code_of(std::string_view name) {
  std::string typed = trim(name);
  if (typed.empty()) return std::nullopt;
  if (auto code = initiatives::municipality_code_for(typed)) return code;
  // A woonplaats or neighbourhood ("Bilthoven", "Overvecht") stands for its municipality.
  if (auto place = geo::find_place(typed); place && !place->municipality_code.empty())
    return std::string(place->municipality_code);
  return std::nullopt;
}

std::string municipality_name(std::string_view code) {
  if (code.empty()) return "";
  if (code == geo::kProvinceCode) return texts::kProvinceWide;
  if (const geo::Municipality* m = geo::find_municipality(code)) return std::string(m->name);
  return "";
}

CheckedContact check_contact(const ContactInput& input) {
  CheckedContact out;
  Contact& c = out.contact;
  c.initiative_name = clean(input.initiative_name, false);
  c.person_name = clean(input.person_name, false);
  c.notes = clean(input.notes, true);
  std::string email = clean(input.email, false);
  std::string phone = clean(input.phone, false);
  std::string municipality = clean(input.municipality, false);

  if (utf8_length(c.initiative_name) > kMaxNameLength) out.errors["initiative_name"] = texts::kNameTooLong;
  if (utf8_length(c.person_name) > kMaxNameLength) out.errors["person_name"] = texts::kNameTooLong;
  if (utf8_length(c.notes) > kMaxNotesLength) out.errors["notes"] = texts::kNotesTooLong;
  if (!email.empty()) {
    // "mailto:" and "<...>" come along when people copy an address from a mail program.
    if (to_lower_ascii(email).rfind("mailto:", 0) == 0) email = email.substr(7);
    if (email.size() > 2 && email.front() == '<' && email.back() == '>') email = email.substr(1, email.size() - 2);
    c.email = normalize_email(email);
    if (!is_valid_email(c.email) || c.email.size() > 254)
      out.errors["email"] = fmt::format(fmt::runtime(texts::kEmailInvalid), email);
  }
  if (!phone.empty()) {
    if (auto tidy = tidy_phone(phone)) c.phone = *tidy;
    else out.errors["phone"] = fmt::format(fmt::runtime(texts::kPhoneInvalid), phone);
  }
  if (!municipality.empty()) {
    if (auto code = municipality_code_of(municipality)) c.municipality_code = *code;
    else out.errors["municipality"] = fmt::format(fmt::runtime(texts::kMunicipalityUnknown), municipality);
  }
  if (email.empty() && phone.empty()) out.errors["email"] = texts::kEmailOrPhoneRequired;
  return out;
}

}  // namespace omzien::outreach
