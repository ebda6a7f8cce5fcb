// Internal: how documents are laid out in the Xapian database (term prefixes, value slots).
// Changing any of this needs a rebuild: bump kLayoutVersion.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <xapian.h>

namespace omzien::search::layout {

// 4: upcoming events joined the initiatives, so an older index is rebuilt once to take them in.
inline constexpr std::string_view kLayoutVersion = "4";

// Boolean terms (never weighted).
inline constexpr std::string_view kIdPrefix = "Q";     // Q<kind>:<id>, one per document
inline constexpr std::string_view kFacetPrefix = "XF";  // XF<facet>:<value>
inline constexpr std::string_view kPlacePrefix = "XP";  // XP<folded place name>
// Weighted terms for what a document is about, from its themes and target groups:
// S<facet>:<value>. They make "more like this" find initiatives of the same kind.
inline constexpr std::string_view kSubjectPrefix = "S";
inline constexpr std::array<std::string_view, 2> kSubjectFacets = {"theme", "target_group"};
// Content terms are lower case and have no prefix.

// Value slots.
inline constexpr Xapian::valueno kLocationSlot = 0;  // LatLongCoords (distance order, radius)
// Where a document is, read in one go when ranking by place: "GM0344\x1foverVecht\x1f52.1,5.1"
// (municipality code, folded place name, latitude and longitude; each part may be empty).
inline constexpr Xapian::valueno kWhereSlot = 1;
inline constexpr Xapian::valueno kSortNameSlot = 3;
inline constexpr Xapian::valueno kCreatedSlot = 4;   // sortable_serialise(seconds)
inline constexpr Xapian::valueno kSpellingSlot = 5;  // words added to the spelling table
// Every facet value of a document in one slot ("theme=voedsel" items joined by
// kFacetSeparator), so counting facets reads one value per matching document.
inline constexpr Xapian::valueno kFacetsSlot = 6;

// The facets the index knows (document.h names them).
inline constexpr std::array<std::string_view, 5> kFacets = {"kind", "theme", "target_group", "municipality", "phase"};

inline bool is_facet(std::string_view facet) {
  for (auto known : kFacets)
    if (known == facet) return true;
  return false;
}

inline std::string id_term(std::string_view kind, std::string_view id) {
  return std::string(kIdPrefix) + std::string(kind) + ":" + std::string(id);
}
inline std::string facet_term(std::string_view facet, std::string_view value) {
  return std::string(kFacetPrefix) + std::string(facet) + ":" + std::string(value);
}

// Positions of fields are this far apart, so a phrase never spans two fields.
inline constexpr Xapian::termpos kFieldGap = 100;

}  // namespace omzien::search::layout
