#include "testing/python.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace omzien::test {

std::string run_python_on(const std::string& script, const std::string& input) {
  char path[] = "/tmp/omzien-python-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  ::close(fd);
  std::ofstream(path, std::ios::binary) << input;
  std::string command = std::string("/usr/bin/python3 - ") + path + " 2>&1 <<'PY'\n" + script + "PY\n";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string output;
  char buffer[512];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe.get())) output += buffer;
  pipe.reset();
  std::remove(path);
  return output;
}

}  // namespace omzien::test
