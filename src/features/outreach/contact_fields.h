// Checking and tidying what a person typed, or a file held, for one contact: e-mail address,
// Dutch phone notations, municipality (or a place in it). Shared by the form and the import.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "features/outreach/contact.h"

namespace omzien::outreach {

inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxNotesLength = 4000;

// The fields as typed.
struct ContactInput {
  std::string initiative_name = {};
  std::string person_name = {};
  std::string email = {};
  std::string phone = {};
  std::string municipality = {};  // a municipality, a place in one, a CBS code, or "Hele provincie"
  std::string notes = {};
};

struct CheckedContact {
  Contact contact;                            // the tidied fields (id and dates unset)
  std::map<std::string, std::string> errors;  // field ("email", "phone", ...) -> Dutch message
  bool ok() const { return errors.empty(); }
};

// Trims, normalises and checks every field. An e-mail that is not one, a phone number in no
// known notation, an unknown municipality, or neither e-mail nor phone is an error.
CheckedContact check_contact(const ContactInput& input);

// "06-12345678", "+31 6 1234 5678", "0031 30 123 4567", "030 - 123 45 67" -> "06 12345678",
// "030 123 45 67"; nullopt when it is no phone number.
std::optional<std::string> tidy_phone(std::string_view phone);
// "tel:+31612345678" for a tidied number; empty when there is none.
std::string tel_url(std::string_view phone);
// "Zeist", "GM0355", "Bilthoven" (a place in De Bilt), "Hele provincie" -> the code; nullopt when unknown.
std::optional<std::string> municipality_code_of(std::string_view name);
// The name for a code ("GM0355" -> "Zeist"); empty for an empty or unknown code.
std::string municipality_name(std::string_view code);

}  // namespace omzien::outreach
