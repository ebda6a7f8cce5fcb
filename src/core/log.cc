#include "core/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>

namespace omzien {
namespace {

std::atomic<LogLevel> minimum_level{LogLevel::Info};

spdlog::logger& logger() {
  static auto instance = [] {
    auto l = spdlog::stderr_color_mt("omzien");
    l->set_pattern("%Y-%m-%d %H:%M:%S %^%l%$ %v");
    l->set_level(spdlog::level::debug);
    return l;
  }();
  return *instance;
}

}  // namespace

void set_log_level(LogLevel level) { minimum_level = level; }

void write_log(LogLevel level, std::string_view line) {
  if (level < minimum_level.load()) return;
  switch (level) {
    case LogLevel::Debug:
      logger().debug("{}", line);
      break;
    case LogLevel::Info:
      logger().info("{}", line);
      break;
    case LogLevel::Warning:
      logger().warn("{}", line);
      break;
    case LogLevel::Error:
      logger().error("{}", line);
      break;
  }
}

}  // namespace omzien
