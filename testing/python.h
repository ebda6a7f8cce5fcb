// Runs Debian's /usr/bin/python3 on test data, for checking our output with a real parser
// (python3-icalendar reads our calendar files as a calendar program would).
#pragma once

#include <string>

namespace omzien::test {

// Writes `input` to a temporary file, runs `script` with that file's path as sys.argv[1], and
// returns what it printed (standard output and errors). Empty when no temporary file could be made.
std::string run_python_on(const std::string& script, const std::string& input);

}  // namespace omzien::test
