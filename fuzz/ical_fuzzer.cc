// Fuzzes what becomes a calendar file: a date and time as a form sends them (parse_local_date,
// parse_local_time, the Amsterdam offset) and any text as an event's title and description.
// Every line of the file stays within 75 octets, ends in CRLF, never splits a UTF-8 character,
// and the title reads back exactly (minus control characters) after unfolding and unescaping.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/amsterdam_time.h"
#include "core/ical.h"
#include "core/text.h"

namespace {

std::string unfold(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string unescape(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      ++i;
      out += value[i] == 'n' ? '\n' : value[i];
    } else {
      out += value[i];
    }
  }
  return out;
}

void check_time(std::string_view date_text, std::string_view time_text) {
  auto date = omzien::parse_local_date(date_text);
  if (!date) return;
  if (!omzien::is_valid_date(date->year, date->month, date->day)) __builtin_trap();
  auto local = omzien::parse_local_time(time_text, *date);
  if (!local) return;
  auto resolved = omzien::from_amsterdam(*local);
  if (!resolved) __builtin_trap();
  int offset = omzien::amsterdam_offset_seconds(resolved->utc);
  if (offset != 3600 && offset != 7200) __builtin_trap();
  auto back = omzien::to_amsterdam(resolved->utc);
  if (resolved->kind != omzien::LocalTimeKind::Skipped && !(back == *local)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto first = input.find('\n');
  auto second = first == std::string_view::npos ? first : input.find('\n', first + 1);
  if (second != std::string_view::npos) check_time(input.substr(0, first), input.substr(first + 1, second - first - 1));

  std::string text = omzien::normalize_nfc(input);  // forms store valid UTF-8 only
  omzien::ical::Calendar calendar;
  omzien::ical::Event event;
  event.uid = "event-1@omzien.example";
  event.start = 1800000000;
  event.end = 1800003600;
  event.summary = text;
  event.description = text;
  event.location = text;
  event.categories = {text, text};
  calendar.events.push_back(event);
  std::string ics = omzien::ical::write_calendar(calendar);

  std::size_t start = 0;
  while (start < ics.size()) {
    auto end = ics.find("\r\n", start);
    if (end == std::string::npos) __builtin_trap();  // every line ends in CRLF
    std::string_view line(ics.data() + start, end - start);
    if (line.size() > 75) __builtin_trap();
    if (line.find('\n') != std::string_view::npos || line.find('\r') != std::string_view::npos) __builtin_trap();
    if (!omzien::is_valid_utf8(line)) __builtin_trap();
    start = end + 2;
  }
  std::string unfolded = unfold(ics);
  auto at = unfolded.find("\r\nSUMMARY:");
  if (at == std::string::npos) __builtin_trap();
  at += 10;
  std::string summary = unescape(std::string_view(unfolded).substr(at, unfolded.find("\r\n", at) - at));
  std::string expected;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      expected += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\t') {
      expected += ' ';
    } else if (c == '\n' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)) {
      expected += c;
    }
  }
  if (summary != expected) __builtin_trap();
  return 0;
}
