// A contact in the foundation's address file ("adresbestand"): an initiative to reach, its
// contact person and how to reach them, and where it stands. Personal data: see permissions.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "features/outreach/pipeline.h"

namespace omzien::outreach {

struct Contact {
  std::int64_t id = 0;
  std::string initiative_name = {};
  std::string person_name = {};
  std::string email = {};              // normalised; empty when unknown
  std::string phone = {};              // normalised ("06 12345678"); empty when unknown
  std::string municipality_code = {};  // CBS code, the province code, or empty
  std::string notes = {};
  std::optional<std::int64_t> initiative_id = {};  // the linked profile
  std::optional<Seconds> linked_at = {};
  std::optional<std::int64_t> linking_pin_id = {};
  std::optional<std::int64_t> link_account_id = {};  // the account that used the personal link
  std::optional<Seconds> link_used_at = {};
  Answer answer = Answer::None;
  std::optional<Seconds> answered_at = {};
  std::string call_back_on = {};  // "2026-12-03" (a date in Amsterdam) or empty
  std::optional<Seconds> profile_complete_at = {};
  std::string source = {};  // "bestand", "hand"
  Seconds created_at = 0;
  Seconds updated_at = 0;
};

// What to call the contact on a page: the initiative's name, else the person's, else the address.
std::string display_name(const Contact& contact);

struct Call {
  std::int64_t id = 0;
  std::int64_t contact_id = 0;
  std::optional<std::int64_t> caller_id = {};
  std::string caller_label = {};
  Seconds at = 0;
  CallOutcome outcome = CallOutcome::Reached;
  Answer answer = Answer::None;
  std::string note = {};
  std::string call_back_on = {};
};

}  // namespace omzien::outreach
