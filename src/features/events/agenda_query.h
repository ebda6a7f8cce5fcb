// The agenda's filters as plain GET parameters, so every filtered view is a link to share and a
// calendar feed to subscribe to; the same names as the directory:
//   /bijeenkomsten?thema=voedsel&gemeente=GM0355&vorm=online&pagina=2
//   /bijeenkomsten.ics?thema=voedsel&gemeente=GM0355
#pragma once

#include <map>
#include <string>
#include <vector>

#include "features/events/event.h"
#include "http/request.h"

namespace omzien::events {

struct AgendaQuery {
  std::vector<std::string> themes;          // OR within, AND across the kinds
  std::vector<std::string> municipalities;  // CBS codes (or the province's code)
  std::string form;                         // "", "op-locatie" (offline or hybrid), "online" (online or hybrid)
  int page = 1;
  int per_page = 20;

  static AgendaQuery from_params(const http::Params& params);
  // The parameters as a query string (without '?'), leaving out defaults; `page` overrides.
  std::string to_query_string(int page = 0) const;
  bool has_filters() const { return !themes.empty() || !municipalities.empty() || !form.empty(); }
};

struct AgendaPage {
  std::vector<Event> entries;  // this page
  int total = 0;               // all matches
  // For each kind ("thema", "gemeente", "vorm"): value -> how many events match the other
  // filters and this value.
  std::map<std::string, std::map<std::string, int>> counts;
};

// True when `event` passes every filter of `query`.
bool matches(const Event& event, const AgendaQuery& query);
// The events (in their order) that pass, one page of them, with counts per filter value.
AgendaPage filter_agenda(const std::vector<Event>& events, const AgendaQuery& query);

}  // namespace omzien::events
