#include "search/event_document.h"

#include <algorithm>

#include "core/text.h"

namespace omzien::search {

Document event_document(const EventFields& fields) {
  Document document;
  document.kind = std::string(kEventKind);
  document.id = fields.id;

  const geo::Municipality* municipality = geo::find_municipality(fields.municipality);
  std::string municipality_name = municipality ? std::string(municipality->name) : std::string();
  document.municipality_code = municipality ? std::string(municipality->code) : std::string();
  document.place = fields.place.empty() ? municipality_name : fields.place;
  document.location = fields.location;
  if (!document.location && !document.place.empty()) {
    if (auto place = geo::find_place(document.place, document.municipality_code)) document.location = place->centre;
    else if (municipality) document.location = municipality->centre;
  }

  // Theme ids are Dutch words joined by hyphens ("armoede-schulden"): readable as words.
  std::string themes;
  for (std::string id : fields.themes) {
    std::replace(id.begin(), id.end(), '-', ' ');
    themes += id + ". ";
  }
  std::string where = fields.venue_name;
  if (!document.place.empty()) where += (where.empty() ? "" : ". ") + document.place;
  if (!municipality_name.empty() && municipality_name != document.place) where += ". " + municipality_name;
  if (fields.online) where += (where.empty() ? "" : ". ") + std::string("online");

  document.fields = {
      {fields.title, kNameWeight},
      {fields.audience, kSummaryWeight},
      {themes + fields.organiser, kTagWeight},
      {fields.description, kBodyWeight},
      {where, kBodyWeight},
  };
  document.facets = {
      {std::string(kThemeFacet), fields.themes},
      {std::string(kMunicipalityFacet),
       document.municipality_code.empty() ? std::vector<std::string>{} : std::vector{document.municipality_code}},
  };
  document.sort_name = dutch_sort_key(fields.title);
  document.created = fields.starts_at;
  return document;
}

}  // namespace omzien::search
