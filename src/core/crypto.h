// Random tokens and hashes (libsodium). Login links, codes and session ids are stored only as hashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace omzien {

// A random token of `bytes` random bytes, base64url without padding (32 bytes = 256 bits).
std::string random_token(std::size_t bytes = 32);
// A random string of `count` decimal digits, uniformly distributed.
std::string random_digits(int count);
// A one-way hash of a token for storage (BLAKE2b-256, hex).
std::string hash_token(std::string_view token);
// A keyed hash (BLAKE2b-256, hex) of `data` under a secret `key` of at least 16 bytes.
// Used for short secrets (6-digit codes) so a leaked database cannot be searched offline.
std::string keyed_hash(std::string_view key, std::string_view data);
// Compares without leaking where the strings differ.
bool constant_time_equal(std::string_view a, std::string_view b);
// RFC 4648 base32 without padding, for TOTP secrets in authenticator apps.
std::string base32_encode(std::string_view bytes);
std::string base64_encode(std::string_view bytes);
std::string hex_encode(std::string_view bytes);
// A uniformly random number in [0, upper).
std::uint32_t random_below(std::uint32_t upper);
// Raw random bytes.
std::string random_bytes(std::size_t count);

}  // namespace omzien
