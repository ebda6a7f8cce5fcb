// Fuzzes the Cookie header parser and the Set-Cookie builder.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto cookies = omzien::http::parse_cookie_header(input);
  if (cookies.size() > 64) __builtin_trap();
  for (const auto& [name, value] : cookies) {
    if (name.empty() || name.size() > 128 || value.size() > 4096) __builtin_trap();
  }
  return 0;
}
