// An initiative's profile as a search document: one mapping shared by the import, the profile
// pages (after every save) and the rebuild, so all three index exactly the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geo.h"
#include "search/document.h"

namespace omzien::search {

inline constexpr std::string_view kInitiativeKind = "initiative";

// The public fields of a profile, as plain values.
struct InitiativeFields {
  std::string id;           // the platform's id
  std::string external_id;  // the id in an imported file ("A001"); may be empty
  std::string name;
  std::string summary;      // the one sentence
  std::string description;
  std::vector<std::string> themes;         // ids: "taal-integratie"
  std::vector<std::string> target_groups;  // ids: "mensen-met-een-beperking"
  std::vector<std::string> offers;
  std::vector<std::string> needs;
  std::string municipality;  // name ("De Bilt") or CBS code ("GM0310")
  std::string place;         // "Bilthoven"; may equal the municipality
  std::optional<geo::LatLon> location;
  std::string phase;         // "startend", "gevestigd"
  std::int64_t created = 0;  // seconds since 1970
};

// The document for `fields`: name, sentence, themes/target groups/offers/needs and description
// as weighted text fields (theme ids read as words: "armoede-schulden" as "armoede schulden"),
// the place and municipality as text too, and facets theme, target_group, municipality, phase.
Document initiative_document(const InitiativeFields& fields);

}  // namespace omzien::search
