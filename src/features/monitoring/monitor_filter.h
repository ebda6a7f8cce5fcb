// What part of the funnel the monitor shows: plain GET parameters, so a filtered view is a link
// staff can bookmark or send, and the CSV download takes the same ones.
//
//   /beheer/monitor?gemeente=GM0355&thema=voedsel&linkingpin=12&van=2026-09-01&tot=2026-11-30
//
// Municipality, theme and LinkingPin choose the contacts; the period chooses the weeks of the
// course, and the funnel and the tables show the state at the end of the period.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"

namespace omzien::http {
struct Request;
}

namespace omzien::monitoring {

inline constexpr int kMaxWeeks = 53;  // a period of at most a year (and a bit)

struct MonitorFilter {
  std::string municipality_code = {};  // "" all, else a CBS code ("GM0355")
  std::string theme = {};              // "" all, else a theme id
  std::string linking_pin = {};        // "" all, "geen" none, else an account id
  std::string from_text = {};          // as typed: "2026-09-01" (kept on the form when wrong)
  std::string until_text = {};
  std::optional<Seconds> from = {};    // the first day 00:00 in Amsterdam
  std::optional<Seconds> until = {};   // the moment after the last day
  std::map<std::string, std::string> errors = {};  // by field name, in Dutch

  bool any() const;
  // The query string that gives this filter ("gemeente=GM0355&van=..."), "" for none.
  std::string query() const;
};

// Reads the filter from the GET parameters. A wrong value gets a message in `errors` and is left
// out of the filter (the rest still applies). Themes and LinkingPins are checked against those
// that exist.
MonitorFilter parse_filter(const http::Request& request, const std::vector<std::string>& theme_ids,
                           const std::vector<std::int64_t>& linking_pin_ids);

// The weeks of the course: from the week of `from` (or kWeeks weeks back) to the week of
// `until` (or now), at most kMaxWeeks.
struct Period {
  Seconds end = 0;          // the state of the funnel at this moment
  bool is_now = true;       // end is now (so "actief" is known)
  std::vector<Seconds> week_starts;
};
Period period_of(const MonitorFilter& filter, Seconds now);

}  // namespace omzien::monitoring
