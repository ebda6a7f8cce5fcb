// iCalendar (RFC 5545) files: one event to download or attach to a mail, or a feed to subscribe
// to. Times are written in Europe/Amsterdam with its VTIMEZONE, so a session at 19:00 stays at
// 19:00 in every calendar; text is escaped, lines are folded at 75 octets on UTF-8 boundaries
// and end in CRLF. Writing only: we never parse calendars.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace omzien::ical {

enum class Status { Confirmed, Tentative, Cancelled };

struct Event {
  std::string uid;          // stable for the life of the event: "event-12@omzien.example"
  Seconds stamp = 0;        // DTSTAMP: when this file was made
  Seconds start = 0;        // DTSTART, written as Amsterdam wall-clock time
  Seconds end = 0;          // DTEND
  Seconds last_modified = 0;  // 0: left out
  int sequence = 0;         // raised on every change a calendar should pick up
  std::string summary;
  std::string description;  // may hold line breaks
  std::string location;
  std::string url;          // absolute; written as it is (never holds CR or LF)
  Status status = Status::Confirmed;
  std::vector<std::string> categories;
  std::optional<double> latitude;
  std::optional<double> longitude;
};

struct Calendar {
  std::string product_id = "-//Omzien//Bijeenkomsten//NL";
  std::string name;                 // X-WR-CALNAME, for a feed; empty: left out
  std::string refresh_interval;     // "PT6H": how often a subscribed calendar should look; empty: left out
  std::vector<Event> events;
};

// The whole file (VCALENDAR with METHOD:PUBLISH, the Europe/Amsterdam VTIMEZONE, the events).
std::string write_calendar(const Calendar& calendar);

// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, a line
// break becomes "\n", other control characters are dropped.
std::string escape_text(std::string_view text);
// One content line folded to lines of at most 75 octets (continuations start with a space),
// never inside a UTF-8 character, each ending in CRLF.
std::string fold_line(std::string_view line);
// The VTIMEZONE component of Europe/Amsterdam (CET/CEST with the EU rules), CRLF line ends.
std::string amsterdam_vtimezone();

}  // namespace omzien::ical
