// A bijeenkomst (event) as a search document: the second kind of content in the one index.
// Only what the public event page shows goes in: never a street address.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geo.h"
#include "search/document.h"

namespace omzien::search {

inline constexpr std::string_view kEventKind = "event";

// The public fields of an event, as plain values.
struct EventFields {
  std::string id;           // the platform's id
  std::string title;
  std::string audience;     // for whom
  std::string description;  // Markdown source; its words are indexed as text
  std::vector<std::string> themes;  // ids: "taal-integratie"
  std::string organiser;    // the organising initiative's name; empty: the foundation
  std::string venue_name;   // "Buurthuis De Linde"; empty for online events
  std::string place;        // woonplaats of the venue; empty for online events
  std::string municipality; // CBS code ("GM0344") or name
  bool online = false;      // online or hybrid: findable with the word "online"
  std::optional<geo::LatLon> location;  // the venue's point, unless its address is private
  std::int64_t starts_at = 0;  // seconds since 1970
};

// The document for `fields`: title above audience above themes and organiser above description,
// the venue and place as text, facets theme and municipality; `created` holds the start, so the
// newest-first order lists the soonest last and the caller can sort as it likes.
Document event_document(const EventFields& fields);

}  // namespace omzien::search
