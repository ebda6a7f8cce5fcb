// Searches that found nothing, added up over a period: the public face of search_misses for
// monitoring and reports. Only folded words and counts exist; no person behind them.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

struct MissedSearchTotal {
  std::string query;  // folded, as it was counted
  int times = 0;      // how often it was searched without any result
};

// The searches that found nothing in the ISO weeks (UTC) from that of `first` up to and
// including that of `last`, most searched first (ties by query), at most `limit`. Searches are
// counted per whole week, so a search later in the week of `last` counts too; one in a later
// week never does. Queries holding an '@' are left out: someone may have typed an e-mail
// address, and these lists leave the server.
std::vector<MissedSearchTotal> top_missed_searches(App& app, Seconds first, Seconds last, int limit);

}  // namespace omzien::search_pages
