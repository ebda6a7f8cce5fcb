// Fuzzes our Markdown wrapper: whatever volunteers type, the HTML never carries script.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string html = omzien::render_markdown(input);
  if (html.find("<script") != std::string::npos) __builtin_trap();
  if (html.find("href=\"javascript:") != std::string::npos) __builtin_trap();
  (void)omzien::markdown_to_text(input);
  return 0;
}
