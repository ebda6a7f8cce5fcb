#include "features/events/venue_location.h"

#include "app/app.h"
#include "geo/geocode.h"
#include "geo/pdok.h"

namespace omzien::events {
namespace {

bool same_address(const Event& a, const Event& b) {
  return a.address == b.address && a.postcode == b.postcode && a.place == b.place && a.has_venue() == b.has_venue();
}

}  // namespace

void locate_venue(const App& app, Event& event, const Event* before) {
  if (before && same_address(event, *before)) {
    event.lat = before->lat;
    event.lon = before->lon;
    return;
  }
  event.lat.reset();
  event.lon.reset();
  if (!event.has_venue() || event.address.empty() || app.config.pdok_url.empty()) return;
  geo::PdokClient pdok({.base_url = app.config.pdok_url, .timeout = std::chrono::milliseconds(2500), .cache_entries = 0});
  auto found = geo::geocode(event.address + ", " + event.postcode + " " + event.place, &pdok);
  // The address may be someone's home: it never goes into the log.
  if (!found) return;
  if (found->source != geo::GeocodeSource::Pdok || found->hits.empty()) return;
  const auto& hit = found->hits.front();
  if (hit.type != "adres" || !hit.point || !hit.inside_province) return;
  event.lat = hit.point->lat;
  event.lon = hit.point->lon;
}

}  // namespace omzien::events
