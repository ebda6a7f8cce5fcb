#include "core/curl_ready.h"

#include <curl/curl.h>

namespace omzien {

bool ensure_curl_ready() {
  // A function-local static is initialised once, even with threads racing for it.
  static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  return ready;
}

}  // namespace omzien
