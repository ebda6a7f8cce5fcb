// The program's commands (serve, demo, backup, admin ...), one function each.
#pragma once

#include <string>
#include <vector>

#include "core/config.h"

namespace omzien {

// Runs `command` with its arguments; returns the process exit code (0 ok, 1 failed, 2 usage).
int run_command(const std::string& command, const std::vector<std::string>& args, Config config);

}  // namespace omzien
