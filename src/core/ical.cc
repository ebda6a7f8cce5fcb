#include "core/ical.h"

#include <cstdio>

#include "core/amsterdam_time.h"

namespace omzien::ical {
namespace {

constexpr std::string_view kTimeZone = "Europe/Amsterdam";

// Continuation bytes of UTF-8 look like 10xxxxxx; a fold must not fall before one.
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string utc_stamp(Seconds t) {
  // "20261128T140500Z": format_utc_iso without the separators.
  std::string iso = format_utc_iso(t);  // 2026-11-28T14:05:00Z
  std::string out;
  for (char c : iso)
    if (c != '-' && c != ':') out += c;
  return out;
}

std::string status_name(Status status) {
  switch (status) {
    case Status::Confirmed: return "CONFIRMED";
    case Status::Tentative: return "TENTATIVE";
    case Status::Cancelled: return "CANCELLED";
  }
  return "CONFIRMED";
}

// A URI value must not break the line structure; anything below 0x21 is dropped.
std::string uri_value(std::string_view url) {
  std::string out;
  for (char c : url)
    if (static_cast<unsigned char>(c) > 0x20 && c != 0x7F) out += c;
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  return buffer;
}

void add(std::string& out, std::string_view name, std::string_view value) {
  out += fold_line(std::string(name) + ":" + std::string(value));
}

void write_event(std::string& out, const Event& e) {
  add(out, "BEGIN", "VEVENT");
  add(out, "UID", escape_text(e.uid));
  add(out, "DTSTAMP", utc_stamp(e.stamp));
  add(out, "DTSTART;TZID=" + std::string(kTimeZone), format_ical_amsterdam(e.start));
  add(out, "DTEND;TZID=" + std::string(kTimeZone), format_ical_amsterdam(e.end));
  if (e.last_modified > 0) add(out, "LAST-MODIFIED", utc_stamp(e.last_modified));
  add(out, "SEQUENCE", std::to_string(e.sequence < 0 ? 0 : e.sequence));
  add(out, "SUMMARY", escape_text(e.summary));
  if (!e.description.empty()) add(out, "DESCRIPTION", escape_text(e.description));
  if (!e.location.empty()) add(out, "LOCATION", escape_text(e.location));
  if (e.latitude && e.longitude) add(out, "GEO", number(*e.latitude) + ";" + number(*e.longitude));
  if (!e.url.empty()) add(out, "URL", uri_value(e.url));
  if (!e.categories.empty()) {
    std::string list;
    for (const auto& category : e.categories) list += (list.empty() ? "" : ",") + escape_text(category);
    add(out, "CATEGORIES", list);
  }
  add(out, "STATUS", status_name(e.status));
  add(out, "TRANSP", e.status == Status::Cancelled ? "TRANSPARENT" : "OPAQUE");
  add(out, "END", "VEVENT");
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      case '\t': out += ' '; break;
      default:
        // RFC 5545 allows no other control characters in a value.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
  }
  return out;
}

std::string fold_line(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets on the first line; continuations have the space plus 74
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && is_continuation(line[cut])) --cut;
    if (cut == 0) cut = limit;  // not UTF-8 at all: cut anyway rather than loop
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string amsterdam_vtimezone() {
  std::string out;
  add(out, "BEGIN", "VTIMEZONE");
  add(out, "TZID", kTimeZone);
  add(out, "X-LIC-LOCATION", kTimeZone);
  add(out, "BEGIN", "DAYLIGHT");
  add(out, "TZOFFSETFROM", "+0100");
  add(out, "TZOFFSETTO", "+0200");
  add(out, "TZNAME", "CEST");
  add(out, "DTSTART", "19810329T020000");
  add(out, "RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  add(out, "END", "DAYLIGHT");
  add(out, "BEGIN", "STANDARD");
  add(out, "TZOFFSETFROM", "+0200");
  add(out, "TZOFFSETTO", "+0100");
  add(out, "TZNAME", "CET");
  add(out, "DTSTART", "19961027T030000");
  add(out, "RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  add(out, "END", "STANDARD");
  add(out, "END", "VTIMEZONE");
  return out;
}

std::string write_calendar(const Calendar& calendar) {
  std::string out;
  add(out, "BEGIN", "VCALENDAR");
  add(out, "VERSION", "2.0");
  add(out, "PRODID", escape_text(calendar.product_id));
  add(out, "CALSCALE", "GREGORIAN");
  add(out, "METHOD", "PUBLISH");
  if (!calendar.name.empty()) {
    add(out, "X-WR-CALNAME", escape_text(calendar.name));
    add(out, "NAME", escape_text(calendar.name));
  }
  add(out, "X-WR-TIMEZONE", kTimeZone);
  if (!calendar.refresh_interval.empty()) {
    add(out, "REFRESH-INTERVAL;VALUE=DURATION", calendar.refresh_interval);
    add(out, "X-PUBLISHED-TTL", calendar.refresh_interval);
  }
  out += amsterdam_vtimezone();
  for (const auto& event : calendar.events) write_event(out, event);
  add(out, "END", "VCALENDAR");
  return out;
}

}  // namespace omzien::ical
