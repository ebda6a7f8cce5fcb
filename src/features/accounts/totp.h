// Time-based one-time codes (RFC 6238, liboath) for staff, and their recovery codes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace omzien::accounts {

// 20 random bytes, as authenticator apps expect for SHA-1 TOTP.
std::string new_totp_secret();
// The otpauth:// URI that an authenticator app reads from the QR code.
std::string totp_uri(std::string_view secret, std::string_view account_label, std::string_view issuer);
// The secret in base32, for typing it into an app by hand.
std::string totp_secret_text(std::string_view secret);
// The time step a 6-digit `code` belongs to (now, or one step either side), if it is right and
// newer than `last_used_step`, so the same code never works twice.
std::optional<std::int64_t> verify_totp(std::string_view secret, std::string_view code, Seconds now,
                                        std::int64_t last_used_step);
// The code for `now` (tests, and nothing else).
std::string totp_code(std::string_view secret, Seconds now);

// Ten single-use recovery codes, "7kq4-mx2p-9tzd" style (no look-alike characters).
std::vector<std::string> new_recovery_codes();
// The form a recovery code is stored and compared in (lower case, no dashes or spaces).
std::string normalize_recovery_code(std::string_view code);

}  // namespace omzien::accounts
