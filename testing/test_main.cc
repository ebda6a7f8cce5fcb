// The test program's main: quiet logs (warnings and errors only), then every test.
#include <gtest/gtest.h>

#include "core/log.h"

int main(int argc, char** argv) {
  omzien::set_log_level(omzien::LogLevel::Warning);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
