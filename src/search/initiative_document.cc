#include "search/initiative_document.h"

#include <algorithm>

#include "core/text.h"

namespace omzien::search {
namespace {

// Theme and target group ids are Dutch words joined by hyphens: readable text once the hyphens
// are spaces ("mensen-met-een-beperking").
std::string ids_as_text(const std::vector<std::string>& ids) {
  std::string out;
  for (std::string id : ids) {
    std::replace(id.begin(), id.end(), '-', ' ');
    out += id + ". ";
  }
  return out;
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += item + ".\n";
  return out;
}

}  // namespace

Document initiative_document(const InitiativeFields& fields) {
  Document document;
  document.kind = std::string(kInitiativeKind);
  document.id = fields.id;
  document.external_id = fields.external_id;

  const geo::Municipality* municipality = geo::find_municipality(fields.municipality);
  std::string municipality_name = municipality ? std::string(municipality->name) : fields.municipality;
  document.municipality_code = municipality ? std::string(municipality->code) : std::string();
  document.place = fields.place.empty() ? municipality_name : fields.place;
  document.location = fields.location;
  if (!document.location) {
    if (auto place = geo::find_place(document.place, document.municipality_code)) document.location = place->centre;
    else if (municipality) document.location = municipality->centre;
  }

  document.fields = {
      {fields.name, kNameWeight},
      {fields.summary, kSummaryWeight},
      {ids_as_text(fields.themes) + ids_as_text(fields.target_groups), kTagWeight},
      {lines(fields.offers) + lines(fields.needs), kTagWeight},
      {fields.description, kBodyWeight},
      {document.place == municipality_name ? municipality_name : document.place + ". " + municipality_name, kBodyWeight},
  };
  document.facets = {
      {std::string(kThemeFacet), fields.themes},
      {std::string(kTargetGroupFacet), fields.target_groups},
      {std::string(kMunicipalityFacet), document.municipality_code.empty() ? std::vector<std::string>{} : std::vector{document.municipality_code}},
      {std::string(kPhaseFacet), fields.phase.empty() ? std::vector<std::string>{} : std::vector{fields.phase}},
  };
  document.sort_name = dutch_sort_key(fields.name);
  document.created = fields.created;
  return document;
}

}  // namespace omzien::search
