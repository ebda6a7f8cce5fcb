// A bijeenkomst (event): a neighbourhood session, an online session or a themed meeting, offline,
// online or both, organised by an initiative or by the foundation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace omzien::events {

enum class Mode { Offline, Online, Hybrid };
// schema.org's eventStatus: Postponed has no new date yet; Rescheduled has one.
enum class Status { Scheduled, Postponed, Rescheduled, Cancelled };

struct Event {
  std::int64_t id = 0;
  std::string slug;
  std::string short_code;  // for the short link /b/<code> on flyers
  std::string title;
  std::string description;  // Markdown: what it is
  std::string audience;     // for whom
  Seconds starts_at = 0;
  Seconds ends_at = 0;
  std::optional<Seconds> previous_starts_at;  // the date before a reschedule
  Mode mode = Mode::Offline;
  std::string venue_name;
  std::string address;   // street and number
  std::string postcode;  // "3701 GA"
  std::string place;     // woonplaats
  bool address_private = false;  // e.g. at someone's home: the address only in registered people's mail
  std::optional<double> lat;     // the venue's point when PDOK found the address
  std::optional<double> lon;
  std::string online_url;  // https video link: registered people only
  std::optional<std::int64_t> organiser_initiative_id;  // nullopt: the foundation
  std::optional<std::int64_t> created_by;
  std::string municipality_code;  // CBS code, or geo::kProvinceCode
  std::vector<std::string> themes;
  std::optional<int> capacity;  // nullopt: no limit
  bool waiting_list = true;     // when full: a waiting list, or refuse
  std::optional<Seconds> registration_deadline;  // nullopt: until the start
  bool step_free = false;
  bool hearing_loop = false;
  std::string accessibility_notes;
  std::string costs;  // empty: free
  Status status = Status::Scheduled;
  std::string status_note;  // the organiser's word on a postponement or cancellation
  std::string report;       // verslag afterwards, Markdown
  std::optional<Seconds> report_at;
  int sequence = 0;  // iCalendar SEQUENCE: raised on every change calendars should pick up
  int registered_count = 0;
  int waiting_count = 0;
  int attended_count = 0;  // walk-ins included
  int walk_in_count = 0;
  Seconds created_at = 0;
  Seconds updated_at = 0;

  bool has_venue() const { return mode != Mode::Online; }
  bool has_video() const { return mode != Mode::Offline; }
  bool cancelled() const { return status == Status::Cancelled; }
  bool postponed() const { return status == Status::Postponed; }
  // When registering stops: the deadline, or the start.
  Seconds registration_closes_at() const { return registration_deadline.value_or(starts_at); }
};

std::string_view mode_name(Mode mode);  // "offline", "online", "hybrid"
std::optional<Mode> parse_mode(std::string_view name);
std::string_view status_name(Status status);  // "scheduled", "postponed", "rescheduled", "cancelled"
std::optional<Status> parse_status(std::string_view name);

}  // namespace omzien::events
