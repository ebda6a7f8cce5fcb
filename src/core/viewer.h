// Who is asking: an anonymous visitor or a logged-in person with their roles.
#pragma once

#include <cstdint>
#include <string>

namespace omzien {

struct Viewer {
  std::int64_t account_id = 0;  // 0: not logged in
  std::string email;
  std::string name;
  std::string session_hash;     // identifies the session row; never the cookie value
  bool staff = false;           // has the staff role
  bool second_factor_done = false;  // staff: TOTP checked in this session
  bool linking_pin = false;

  bool logged_in() const { return account_id != 0; }
  // Staff rights only count after the second factor.
  bool is_staff() const { return staff && second_factor_done; }
  bool is_linking_pin() const { return linking_pin; }
  // The name to greet with, or the address when no name was given.
  const std::string& display_name() const { return name.empty() ? email : name; }
};

}  // namespace omzien
