// A person's account: one e-mail address, an optional name, and roles.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"

namespace omzien::accounts {

struct Account {
  std::int64_t id = 0;
  std::string email;  // normalised (trimmed, lower case)
  std::string name;   // optional; asked after the first login
  Seconds created_at = 0;
  std::optional<Seconds> last_login_at;
  bool is_staff = false;
  bool is_linking_pin = false;
  bool totp_confirmed = false;  // staff: second factor set up
};

enum class Role { Staff, LinkingPin };

}  // namespace omzien::accounts
