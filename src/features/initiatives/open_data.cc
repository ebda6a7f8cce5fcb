#include "features/initiatives/open_data.h"

#include "app/app.h"
#include "features/initiatives/initiative_store.h"
#include "geo/precision.h"

namespace omzien::initiatives {
namespace {

geo::Precision geo_precision(LocationPrecision precision) {
  switch (precision) {
    case LocationPrecision::Exact: return geo::Precision::Exact;
    case LocationPrecision::Neighbourhood: return geo::Precision::Neighbourhood;
    case LocationPrecision::Municipality: return geo::Precision::Municipality;
  }
  return geo::Precision::Municipality;
}

}  // namespace

InterchangeRecord open_data_record(const App& app, const Initiative& i) {
  InterchangeRecord r = interchange_record(i);
  r.email = i.email_public ? i.contact_email : "";
  std::optional<geo::LatLon> exact;
  if (i.lat && i.lon) exact = geo::LatLon{*i.lat, *i.lon};
  auto shown = geo::shown_location(geo_precision(i.location_precision), exact, i.place, i.municipality_code);
  r.lat = shown ? std::optional<double>(shown->point.lat) : std::nullopt;
  r.lon = shown ? std::optional<double>(shown->point.lon) : std::nullopt;
  r.location_precision = shown ? std::string(geo::precision_name(shown->precision)) : "";
  r.url = app.url("/initiatieven/" + i.slug);
  return r;
}

std::string open_data_file(App& app, ExportFormat format) {
  auto published = app.db->read([](db::Connection& c) { return list_initiatives(c, Which::Published); });
  std::vector<InterchangeRecord> records;
  records.reserve(published.size());
  for (const auto& initiative : published) records.push_back(open_data_record(app, initiative));
  return format == ExportFormat::Json ? write_interchange_json(records, Columns::OpenData)
                                      : write_interchange_csv(records, Columns::OpenData);
}

}  // namespace omzien::initiatives
