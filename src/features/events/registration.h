// Someone who comes to a bijeenkomst: registered in advance (perhaps on the waiting list), or
// added at the door as a walk-in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace omzien::events {

enum class RegistrationStatus { Confirmed, Waiting, Cancelled };
enum class RegistrationKind { Registration, WalkIn };

struct Registration {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  RegistrationKind kind = RegistrationKind::Registration;
  std::string name;
  std::string email;  // normalised; may be empty for a walk-in
  std::optional<std::int64_t> account_id;
  RegistrationStatus status = RegistrationStatus::Confirmed;
  bool may_mail = true;   // walk-ins: only with their consent
  std::string link_nonce;  // the personal link is derived from this and the server key
  bool attended = false;
  std::optional<Seconds> checked_in_at;
  std::optional<Seconds> confirmed_at;  // when the place became theirs
  std::optional<Seconds> reminded_at;
  std::optional<Seconds> cancelled_at;
  Seconds created_at = 0;
  Seconds updated_at = 0;

  bool active() const { return status != RegistrationStatus::Cancelled; }
};

std::string_view registration_status_name(RegistrationStatus status);  // "confirmed", "waiting", "cancelled"
std::string_view registration_kind_name(RegistrationKind kind);         // "registration", "walk_in"

}  // namespace omzien::events
