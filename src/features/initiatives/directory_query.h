// The directory's filters as plain GET parameters, so every filtered view is a link to share.
// The same scheme serves /initiatieven, /zoeken and /kaart:
//   ?thema=taal-integratie&thema=voedsel&doelgroep=ouderen&gemeente=GM0355&fase=startend&sorteer=naam&pagina=2
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "db/db.h"
#include "http/request.h"

namespace omzien::initiatives {

enum class DirectorySort { Newest, Name };

struct DirectoryQuery {
  std::vector<std::string> themes;           // OR within, AND across the kinds
  std::vector<std::string> target_groups;
  std::vector<std::string> municipalities;   // CBS codes
  std::string phase;                         // "", "startend", "gevestigd"
  DirectorySort sort = DirectorySort::Newest;
  int page = 1;
  int per_page = 20;

  static DirectoryQuery from_params(const http::Params& params);
  // The parameters as a query string (without '?'), leaving out defaults; `page` overrides.
  std::string to_query_string(int page = 0) const;
  bool has_filters() const { return !themes.empty() || !target_groups.empty() || !municipalities.empty() || !phase.empty(); }
};

struct DirectoryEntry {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string sentence;
  std::string municipality_code;
  std::string place;
  std::vector<std::string> themes;
  std::string photo;
  bool claimed = true;
  bool affiliated = false;
};

struct DirectoryPage {
  std::vector<DirectoryEntry> entries;
  int total = 0;
  // For each kind ("thema", "doelgroep", "gemeente", "fase"): value -> how many profiles match
  // the other filters and this value.
  std::map<std::string, std::map<std::string, int>> counts;
};

// Published profiles that match, one page, with counts per filter value.
DirectoryPage find_directory_page(db::Connection& c, const DirectoryQuery& query);

}  // namespace omzien::initiatives
