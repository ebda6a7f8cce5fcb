#include "features/events/event_view.h"

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/amsterdam_time.h"
#include "core/markdown.h"
#include "core/text.h"
#include "features/events/texts.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/json_ld.h"
#include "geo/geo.h"

namespace omzien::events {
namespace {

using nlohmann::json;

std::string municipality_name(const std::string& code) {
  if (code == geo::kProvinceCode) return texts::kProvinceWide;
  const geo::Municipality* m = geo::find_municipality(code);
  return m ? std::string(m->name) : "";
}

// The street part of the address line, or empty when the address is not for this audience.
bool shows_address(const Event& e, Audience audience) {
  return e.has_venue() && (!e.address_private || audience == Audience::Registered);
}

std::string postal_line(const Event& e) {
  std::string line = e.postcode;
  if (!e.place.empty()) line += (line.empty() ? "" : " ") + e.place;
  return line;
}

std::string mode_label(Mode mode) {
  switch (mode) {
    case Mode::Offline: return texts::kModeOffline;
    case Mode::Online: return texts::kModeOnline;
    case Mode::Hybrid: return texts::kModeHybrid;
  }
  return texts::kModeOffline;
}

std::string status_label(Status status) {
  switch (status) {
    case Status::Postponed: return texts::kStatusPostponed;
    case Status::Rescheduled: return texts::kStatusRescheduled;
    case Status::Cancelled: return texts::kStatusCancelled;
    case Status::Scheduled: break;
  }
  return "";
}

View theme_labels(const std::vector<initiatives::Term>& terms, const std::vector<std::string>& ids) {
  View list = View::list();
  for (const auto& id : ids) list.push(View().set("id", id).set("label", initiatives::term_label(terms, id)));
  return list;
}

std::string host_of(std::string_view base_url) {
  auto start = base_url.find("://");
  std::string_view rest = start == std::string_view::npos ? base_url : base_url.substr(start + 3);
  return std::string(rest.substr(0, rest.find('/')));
}

std::string organiser_url(const App& app, const Organiser& organiser) {
  return organiser.slug.empty() ? app.url("/over") : app.url("/initiatieven/" + organiser.slug);
}

void add_place_fields(View& v, const Event& e, Audience audience) {
  bool address = shows_address(e, audience);
  v.set("has_venue", e.has_venue()).set("venue_name", e.has_venue() ? e.venue_name : "");
  v.set("street", address ? e.address : "");
  v.set("postal_line", !e.has_venue() ? "" : address ? postal_line(e) : e.place);
  v.set("address_hidden", e.has_venue() && !address);
  v.set("where", where_label(e, audience));
  bool map = address && e.lat && e.lon;
  v.set("has_map", map);
  if (map) v.set("lat", fmt::format("{:.6f}", *e.lat)).set("lon", fmt::format("{:.6f}", *e.lon));
  v.set("has_video", e.has_video());
  v.set("video_url", audience == Audience::Registered ? e.online_url : "");
}

void add_registration_fields(View& v, const Event& e, Seconds now) {
  RegistrationState state = registration_state(e, now);
  auto left = places_left(e);
  v.set("has_capacity", e.capacity.has_value());
  v.set("capacity", e.capacity ? std::to_string(*e.capacity) : "");
  v.set("places_left", left ? std::to_string(*left) : "").set("one_place_left", left && *left == 1);
  v.set("registration_open", state == RegistrationState::Open || state == RegistrationState::WaitingList);
  v.set("registration_waiting_list", state == RegistrationState::WaitingList);
  v.set("registration_full", state == RegistrationState::Full);
  v.set("registration_closed", state == RegistrationState::Closed);
  v.set("registration_started", state == RegistrationState::Started);
  v.set("has_deadline", e.registration_deadline.has_value());
  if (e.registration_deadline)
    v.set("deadline_label", format_dutch_long_date(*e.registration_deadline) + ", " +
                                format_dutch_time(*e.registration_deadline));
}

}  // namespace

Organiser find_organiser(db::Connection& c, const Event& event) {
  if (event.organiser_initiative_id)
    if (auto initiative = initiatives::find_initiative(c, *event.organiser_initiative_id))
      return {initiative->name, initiative->slug};
  return {texts::kFoundationName, ""};
}

RegistrationState registration_state(const Event& e, Seconds now) {
  if (e.status == Status::Cancelled) return RegistrationState::Cancelled;
  if (e.status == Status::Postponed) return RegistrationState::Postponed;
  if (now >= e.starts_at) return RegistrationState::Started;
  if (now >= e.registration_closes_at()) return RegistrationState::Closed;
  auto left = places_left(e);
  if (left && *left <= 0) return e.waiting_list ? RegistrationState::WaitingList : RegistrationState::Full;
  return RegistrationState::Open;
}

std::optional<int> places_left(const Event& e) {
  if (!e.capacity) return std::nullopt;
  return std::max(0, *e.capacity - e.registered_count);
}

std::string date_label(const Event& e) { return format_dutch_long_date(e.starts_at); }

std::string time_label(const Event& e) { return format_dutch_time(e.starts_at) + " – " + format_dutch_time(e.ends_at); }

std::string where_label(const Event& e, Audience audience) {
  std::string venue;
  if (e.has_venue()) {
    venue = e.venue_name;
    auto add = [&](const std::string& part) {
      if (!part.empty()) venue += (venue.empty() ? "" : ", ") + part;
    };
    if (shows_address(e, audience)) {
      add(e.address);
      add(postal_line(e));
    } else {
      add(e.place);
    }
  }
  if (e.mode == Mode::Online) return texts::kOnline;
  if (e.mode == Mode::Hybrid) return venue + " " + texts::kAlsoOnline;
  return venue;
}

View event_view(const App& app, const Event& e, const Organiser& organiser, const std::vector<initiatives::Term>& themes,
                Audience audience, Seconds now) {
  View v;
  std::string path = "/bijeenkomsten/" + e.slug;
  v.set("id", e.id).set("slug", e.slug).set("title", e.title).set("path", path).set("url", app.url(path));
  v.set("short_url", app.url("/b/" + e.short_code));
  // Rendered by cmark-gfm in safe mode (raw HTML and javascript: links removed).
  v.set("description_html", render_markdown(e.description));
  v.set("audience", e.audience);
  v.set("date_label", date_label(e)).set("time_label", time_label(e));
  v.set("iso_start", format_iso_amsterdam(e.starts_at)).set("iso_end", format_iso_amsterdam(e.ends_at));
  v.set("mode_label", mode_label(e.mode));
  v.set("mode_offline", e.mode == Mode::Offline).set("mode_online", e.mode == Mode::Online);
  v.set("mode_hybrid", e.mode == Mode::Hybrid);
  add_place_fields(v, e, audience);
  v.set("organiser_name", organiser.name).set("organiser_url", organiser_url(app, organiser));
  v.set("organiser_is_initiative", !organiser.slug.empty());
  v.set("municipality_code", e.municipality_code).set("municipality_name", municipality_name(e.municipality_code));
  v.set("themes", theme_labels(themes, e.themes)).set("has_themes", !e.themes.empty());
  add_registration_fields(v, e, now);
  v.set("step_free", e.step_free).set("hearing_loop", e.hearing_loop);
  v.set("accessibility_notes", e.accessibility_notes);
  v.set("has_accessibility", e.step_free || e.hearing_loop || !e.accessibility_notes.empty());
  v.set("costs_label", e.costs.empty() ? std::string(texts::kFree) : e.costs);
  v.set("cancelled", e.cancelled()).set("postponed", e.postponed());
  v.set("rescheduled", e.status == Status::Rescheduled).set("status_label", status_label(e.status));
  v.set("status_note", e.status_note);
  if (e.previous_starts_at) v.set("previous_date_label", format_dutch_long_date(*e.previous_starts_at));
  v.set("is_past", e.ends_at <= now).set("has_started", e.starts_at <= now);
  v.set("has_report", !e.report.empty()).set("report_html", render_markdown(e.report));
  v.set("registered_count", e.registered_count).set("waiting_count", e.waiting_count);
  v.set("attended_count", e.attended_count).set("walk_in_count", e.walk_in_count);
  return v;
}

std::string event_json_ld(const App& app, const Event& e, const Organiser& organiser) {
  std::string url = app.url("/bijeenkomsten/" + e.slug);
  static constexpr const char* kStatuses[] = {"https://schema.org/EventScheduled", "https://schema.org/EventPostponed",
                                              "https://schema.org/EventRescheduled", "https://schema.org/EventCancelled"};
  static constexpr const char* kModes[] = {"https://schema.org/OfflineEventAttendanceMode",
                                           "https://schema.org/OnlineEventAttendanceMode",
                                           "https://schema.org/MixedEventAttendanceMode"};
  json ld = {{"@context", "https://schema.org"},
             {"@type", "Event"},
             {"name", e.title},
             {"description", utf8_shorten(markdown_to_text(e.description), 300)},
             {"url", url},
             {"startDate", format_iso_amsterdam(e.starts_at)},
             {"endDate", format_iso_amsterdam(e.ends_at)},
             {"eventStatus", kStatuses[static_cast<int>(e.status)]},
             {"eventAttendanceMode", kModes[static_cast<int>(e.mode)]},
             {"isAccessibleForFree", e.costs.empty()},
             {"inLanguage", "nl"}};
  if (e.previous_starts_at) ld["previousStartDate"] = format_iso_amsterdam(*e.previous_starts_at);
  json locations = json::array();
  if (e.has_venue()) {
    json address = {{"@type", "PostalAddress"}, {"addressRegion", "Utrecht"}, {"addressCountry", "NL"}};
    if (!e.place.empty()) address["addressLocality"] = e.place;
    bool exact = !e.address_private;
    if (exact && !e.address.empty()) address["streetAddress"] = e.address;
    if (exact && !e.postcode.empty()) address["postalCode"] = e.postcode;
    json place = {{"@type", "Place"}, {"name", e.venue_name}, {"address", address}};
    if (exact && e.lat && e.lon) place["geo"] = {{"@type", "GeoCoordinates"}, {"latitude", *e.lat}, {"longitude", *e.lon}};
    locations.push_back(place);
  }
  // The video link is for registered people: the virtual location points at the event's page.
  if (e.has_video()) locations.push_back({{"@type", "VirtualLocation"}, {"url", url}});
  ld["location"] = locations.size() == 1 ? locations[0] : locations;
  json org = {{"@type", "Organization"}, {"name", organiser.name}, {"url", organiser_url(app, organiser)}};
  ld["organizer"] = org;
  if (e.capacity) ld["maximumAttendeeCapacity"] = *e.capacity;
  if (auto left = places_left(e)) ld["remainingAttendeeCapacity"] = *left;
  if (e.costs.empty())
    ld["offers"] = {{"@type", "Offer"}, {"price", "0"}, {"priceCurrency", "EUR"}, {"url", url},
                    {"availability", places_left(e).value_or(1) > 0 ? "https://schema.org/InStock"
                                                                     : "https://schema.org/SoldOut"}};
  return initiatives::escape_json_for_script(ld.dump(-1, ' ', false, json::error_handler_t::replace));
}

ical::Event calendar_event(const App& app, const Event& e, const Organiser& organiser,
                           const std::vector<initiatives::Term>& themes, Audience audience, Seconds now,
                           const std::string& manage_url) {
  std::string url = app.url("/bijeenkomsten/" + e.slug);
  ical::Event out;
  out.uid = "event-" + std::to_string(e.id) + "@" + host_of(app.config.base_url);
  out.stamp = now;
  out.start = e.starts_at;
  out.end = e.ends_at;
  out.last_modified = e.updated_at;
  out.sequence = e.sequence;
  out.summary = e.title;
  std::string description = markdown_to_text(e.description);
  if (!e.status_note.empty()) description = e.status_note + "\n\n" + description;
  description += "\n\n" + organiser.name;
  if (audience == Audience::Registered && e.has_video())
    description += "\n" + fmt::format(fmt::runtime(texts::kCalendarVideo), e.online_url);
  description += "\n" + fmt::format(fmt::runtime(texts::kCalendarMore), url);
  if (!manage_url.empty() && audience == Audience::Registered)
    description += "\n" + fmt::format(fmt::runtime(texts::kCalendarManage), manage_url);
  out.description = description;
  out.location = e.mode == Mode::Online && audience == Audience::Registered ? e.online_url : where_label(e, audience);
  out.url = url;
  out.status = e.cancelled() ? ical::Status::Cancelled : e.postponed() ? ical::Status::Tentative : ical::Status::Confirmed;
  for (const auto& id : e.themes) out.categories.push_back(initiatives::term_label(themes, id));
  if (shows_address(e, audience) && e.lat && e.lon) {
    out.latitude = e.lat;
    out.longitude = e.lon;
  }
  return out;
}

}  // namespace omzien::events
