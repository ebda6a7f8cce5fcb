// Fuzzes the multipart/form-data parser (photo uploads) with the boundary from the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "http/parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // First line: the Content-Type header value; the rest: the body.
  auto newline = input.find('\n');
  std::string_view content_type = input.substr(0, newline);
  std::string_view body = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  auto boundary = omzien::http::multipart_boundary(content_type);
  if (!boundary) boundary = "b";
  if (auto parsed = omzien::http::parse_multipart(body, *boundary)) {
    for (const auto& file : parsed->files)
      if (file.data.size() > body.size()) __builtin_trap();
  }
  return 0;
}
