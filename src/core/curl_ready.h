// libcurl's process-wide set-up, done once for every part of the program that uses curl (mail,
// the PDOK address lookup).
#pragma once

namespace omzien {

// Calls curl_global_init the first time; later calls return at once. curl_global_init is not
// thread-safe and must run once per process: two parts each keeping their own "done" flag could
// run it twice, from two threads at the same moment. Returns false when it failed.
bool ensure_curl_ready();

}  // namespace omzien
