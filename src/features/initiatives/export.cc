#include "features/initiatives/export.h"

#include "app/app.h"
#include "core/text.h"
#include "features/initiatives/texts.h"
#include "geo/geo.h"

namespace omzien::initiatives {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  std::string lower = to_lower_ascii(name);
  if (lower == "json") return ExportFormat::Json;
  if (lower == "csv") return ExportFormat::Csv;
  return std::nullopt;
}

std::string municipality_name_for(std::string_view code) {
  if (code == geo::kProvinceCode) return texts::kProvinceWide;
  const geo::Municipality* m = geo::find_municipality(code);
  return m ? std::string(m->name) : std::string(code);
}

InterchangeRecord interchange_record(const Initiative& i) {
  InterchangeRecord r;
  r.id = i.external_id;
  r.name = i.name;
  r.summary = i.sentence;
  r.description = i.description;
  r.themes = i.themes;
  r.target_groups = i.target_groups;
  r.municipality = municipality_name_for(i.municipality_code);
  r.place = i.place;
  r.lat = i.lat;
  r.lon = i.lon;
  r.phase = i.phase;
  r.founded = i.founded ? std::to_string(*i.founded) : "";
  r.legal_form = i.legal_form;
  r.offers = i.offers;
  r.needs = i.needs;
  r.website = i.website;
  r.email = i.contact_email;
  return r;
}

std::string export_initiatives(App& app, ExportFormat format, Which which) {
  auto initiatives = app.db->read([&](db::Connection& c) { return list_initiatives(c, which); });
  std::vector<InterchangeRecord> records;
  records.reserve(initiatives.size());
  for (const auto& initiative : initiatives) records.push_back(interchange_record(initiative));
  return format == ExportFormat::Json ? write_interchange_json(records, Columns::Interchange)
                                      : write_interchange_csv(records, Columns::Interchange);
}

}  // namespace omzien::initiatives
