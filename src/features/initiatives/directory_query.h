// The directory's filters as plain GET parameters, so every filtered view is a link to share.
// The same scheme serves /initiatieven, /zoeken and /kaart:
//   ?thema=taal-integratie&thema=voedsel&doelgroep=ouderen&gemeente=GM0355&fase=startend&sorteer=naam&pagina=2
// and near me: &bij=Zeist&km=5 (a place or postcode), or &lat=52.0907&lon=5.1214&km=5 (the browser's spot).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/db.h"
#include "http/request.h"

namespace omzien::initiatives {

enum class DirectorySort { Newest, Name, Distance };

struct DirectoryQuery {
  std::vector<std::string> themes;           // OR within, AND across the kinds
  std::vector<std::string> target_groups;
  std::vector<std::string> municipalities;   // CBS codes
  std::string phase;                         // "", "startend", "gevestigd"
  DirectorySort sort = DirectorySort::Newest;  // Distance only with near me; then also the default
  int page = 1;
  int per_page = 20;
  // Near me, as typed; features/map/near.h finds the spot and fills `only_ids`.
  std::string near_place;                    // bij: "Zeist", "3701 GA"
  std::optional<double> near_lat, near_lon;  // lat, lon: both or neither, inside the province's box
  int near_km = 0;                           // km: 1 to 100; 10 when near me is asked without it
  // Only these profiles, in this order when sorting by distance (set by near me); nullopt: all.
  std::optional<std::vector<std::int64_t>> only_ids;

  static DirectoryQuery from_params(const http::Params& params);
  // The parameters as a query string (without '?'), leaving out defaults; `page` overrides.
  std::string to_query_string(int page = 0) const;
  bool has_filters() const { return has_choices() || has_near(); }
  // A theme, target group, municipality or phase is chosen (near me and the order do not count).
  bool has_choices() const {
    return !themes.empty() || !target_groups.empty() || !municipalities.empty() || !phase.empty();
  }
  bool has_near() const { return !near_place.empty() || (near_lat && near_lon); }
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
// Every published profile that matches, without pages or counts (the map shows them all).
std::vector<DirectoryEntry> find_all_directory_entries(db::Connection& c, const DirectoryQuery& query);

}  // namespace omzien::initiatives
