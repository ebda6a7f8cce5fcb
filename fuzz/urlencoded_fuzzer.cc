// Fuzzes what every request goes through: the request target and url-encoded forms.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto params = omzien::http::parse_urlencoded(input);
  for (const auto& [name, value] : params.pairs()) {
    if (name.empty()) __builtin_trap();  // empty names are dropped
    (void)value;
  }
  if (auto target = omzien::http::parse_target(input)) {
    // A normalised path never climbs and never holds control characters.
    if (target->path.empty() || target->path[0] != '/') __builtin_trap();
    if (target->path.find("/../") != std::string::npos) __builtin_trap();
    for (unsigned char c : target->path)
      if (c < 0x20) __builtin_trap();
  }
  return 0;
}
