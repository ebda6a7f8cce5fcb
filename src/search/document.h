// What the search index stores about one piece of public content: an initiative now; events,
// questions and articles later, all in one index with a `kind` each.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geo.h"

namespace omzien::search {

// How much a match in a field counts: name above sentence above tags above description.
inline constexpr int kNameWeight = 8;
inline constexpr int kSummaryWeight = 4;
inline constexpr int kTagWeight = 2;  // themes, target groups, offers, needs
inline constexpr int kBodyWeight = 1;

// Facets the index can filter and count. Each is multi-valued.
inline constexpr std::string_view kThemeFacet = "theme";
inline constexpr std::string_view kTargetGroupFacet = "target_group";
inline constexpr std::string_view kMunicipalityFacet = "municipality";  // CBS code, "GM0344"
inline constexpr std::string_view kPhaseFacet = "phase";
inline constexpr std::string_view kKindFacet = "kind";  // filled in by the index from Document::kind

struct Field {
  std::string text;
  int weight = kBodyWeight;
};

struct Facet {
  std::string name;                 // one of the facet names above
  std::vector<std::string> values;  // "taal-integratie", "eenzaamheid"
};

struct Document {
  std::string kind;         // "initiative"
  std::string id;           // unique within the kind: the platform's id ("42")
  std::string external_id;  // the id in the file it was imported from ("A001"); may be empty
  std::vector<Field> fields;
  std::vector<Facet> facets;
  std::optional<geo::LatLon> location;
  std::string place;              // where it is: "Overvecht"; used to rank "repair cafe overvecht"
  std::string municipality_code;  // "GM0344"; also give it as the municipality facet to filter
  std::string sort_name;          // a sort key for name order (omzien::dutch_sort_key)
  std::int64_t created = 0;       // seconds since 1970, for newest-first order
};

}  // namespace omzien::search
