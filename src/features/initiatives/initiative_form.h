// The profile form: what was typed (kept as typed, also when wrong), its validation with a
// Dutch message per field, and the Initiative it becomes.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/view.h"
#include "features/initiatives/initiative.h"
#include "features/initiatives/taxonomy.h"
#include "http/request.h"

namespace omzien::initiatives {

struct InitiativeForm {
  std::string name = {};
  std::string municipality_code = {};
  std::vector<std::string> themes = {};
  std::string sentence = {};
  std::string contact_email = {};
  std::string email_public = "ja";
  std::string description = {};
  std::string place = {};
  std::string address = {};
  std::string postcode = {};
  std::string location_precision = "neighbourhood";
  std::vector<std::string> target_groups = {};
  std::string phase = {};
  std::string founded = {};
  std::string legal_form = {};
  std::string website = {};
  std::string social_links = {};  // one per line
  std::string phone = {};
  std::string phone_public = {};
  std::string opening_times = {};
  std::string offers = {};  // one per line
  std::string needs = {};   // one per line
  std::map<std::string, std::string> errors = {};

  static InitiativeForm from_request(const http::Request& request);
  static InitiativeForm from_initiative(const Initiative& initiative);

  // Checks every field; fills `errors` (field name -> Dutch message). True when there are none.
  // `this_year` bounds the founding year; themes and target groups must be choosable.
  bool validate(const std::vector<Term>& themes_available, const std::vector<Term>& groups_available, int this_year);
  // Copies the fields onto `initiative` (keeps what the form does not hold: id, photo, status).
  void apply_to(Initiative& initiative) const;
  // The fields and errors for the form template, with the choices (themes, target groups,
  // municipalities) marked as chosen.
  View to_view(const std::vector<Term>& themes_available, const std::vector<Term>& groups_available) const;
};

// "06-12345678", "+31 6 1234 5678", "030 - 123 45 67" -> a tidy form, or nullopt when it is no phone number.
std::optional<std::string> normalize_phone(std::string_view phone);
// "3712ab" -> "3712 AB"; nullopt when it is no Dutch postcode.
std::optional<std::string> normalize_postcode(std::string_view postcode);

}  // namespace omzien::initiatives
