// The program's log. Never put personal data (e-mail addresses, names, codes, tokens,
// session ids, IP addresses) in a log line.
#pragma once

#include <fmt/core.h>

#include <string_view>

namespace omzien {

enum class LogLevel { Debug, Info, Warning, Error };

void write_log(LogLevel level, std::string_view line);
// Lines below `level` are dropped (tests keep the output quiet).
void set_log_level(LogLevel level);

template <typename... Args>
void log_info(fmt::format_string<Args...> format, Args&&... args) {
  write_log(LogLevel::Info, fmt::format(format, std::forward<Args>(args)...));
}
template <typename... Args>
void log_warning(fmt::format_string<Args...> format, Args&&... args) {
  write_log(LogLevel::Warning, fmt::format(format, std::forward<Args>(args)...));
}
template <typename... Args>
void log_error(fmt::format_string<Args...> format, Args&&... args) {
  write_log(LogLevel::Error, fmt::format(format, std::forward<Args>(args)...));
}
template <typename... Args>
void log_debug(fmt::format_string<Args...> format, Args&&... args) {
  write_log(LogLevel::Debug, fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace omzien
