#include "features/accounts/totp.h"

#include <liboath/oath.h>

#include "core/crypto.h"
#include "core/text.h"

namespace omzien::accounts {
namespace {

constexpr unsigned kStep = 30;

void ensure_oath() {
  static const bool ready = oath_init() == OATH_OK;
  (void)ready;
}

}  // namespace

std::string new_totp_secret() { return random_bytes(20); }

std::string totp_secret_text(std::string_view secret) { return base32_encode(secret); }

std::string totp_uri(std::string_view secret, std::string_view account_label, std::string_view issuer) {
  return "otpauth://totp/" + url_encode(issuer) + ":" + url_encode(account_label) +
         "?secret=" + base32_encode(secret) + "&issuer=" + url_encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::int64_t> verify_totp(std::string_view secret, std::string_view code_input, Seconds now,
                                        std::int64_t last_used_step) {
  ensure_oath();
  std::string code;
  for (char c : code_input)
    if (c >= '0' && c <= '9') code += c;
  if (code.size() != 6) return std::nullopt;
  int position = 0;
  int rc = oath_totp_validate2(secret.data(), secret.size(), static_cast<time_t>(now), kStep, 0, 1, &position,
                               code.c_str());
  if (rc < 0) return std::nullopt;
  std::int64_t step = now / kStep + position;
  if (step <= last_used_step) return std::nullopt;
  return step;
}

std::string totp_code(std::string_view secret, Seconds now) {
  ensure_oath();
  char output[7] = {};
  oath_totp_generate(secret.data(), secret.size(), static_cast<time_t>(now), kStep, 0, 6, output);
  return output;
}

std::vector<std::string> new_recovery_codes() {
  static constexpr char kAlphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";  // no 0/o, 1/l/i
  constexpr unsigned kAlphabetSize = sizeof kAlphabet - 1;
  std::vector<std::string> codes;
  for (int n = 0; n < 10; ++n) {
    std::string code;
    for (int i = 0; i < 12; ++i) {
      if (i > 0 && i % 4 == 0) code += '-';
      code += kAlphabet[random_below(kAlphabetSize)];
    }
    codes.push_back(code);
  }
  return codes;
}

std::string normalize_recovery_code(std::string_view code) {
  std::string out;
  for (char c : to_lower_ascii(code))
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

}  // namespace omzien::accounts
