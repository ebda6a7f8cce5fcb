#include "core/ical.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "core/amsterdam_time.h"
#include "core/text.h"
#include "testing/python.h"

namespace omzien::ical {
namespace {

Seconds amsterdam(int y, int mo, int d, int h, int mi) { return from_amsterdam({y, mo, d, h, mi, 0})->utc; }

Event session() {
  Event e;
  e.uid = "event-7@omzien.example";
  e.stamp = amsterdam(2026, 11, 1, 12, 0);
  e.start = amsterdam(2026, 11, 28, 19, 30);
  e.end = amsterdam(2026, 11, 28, 21, 0);
  e.last_modified = e.stamp;
  e.sequence = 2;
  e.summary = "Buurtsessie: samen, sterker; met koffie";
  e.description = "Voor iedereen in Zeist.\nNeem je buren mee!\\ Tot dan.";
  e.location = "Buurthuis 't Hoekje, Slotlaan 1, 3701 GA Zeist";
  e.url = "https://omzien.example/bijeenkomsten/buurtsessie-zeist";
  e.categories = {"Wonen en buurt", "Eenzaamheid, samen"};
  e.latitude = 52.089;
  e.longitude = 5.2332;
  return e;
}

// Every line of `text` (split on CRLF); fails when a bare LF or CR is found.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "the file ends in CRLF";
    if (end == std::string::npos) break;
    std::string line = text.substr(start, end - start);
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_EQ(line.find('\r'), std::string::npos) << line;
    lines.push_back(line);
    start = end + 2;
  }
  return lines;
}

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

// Parses `ics` with Debian's python3-icalendar and prints what a calendar program would read.
std::string read_with_python_icalendar(const std::string& ics) {
  return test::run_python_on(
                        "import sys, icalendar\n"
                        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                        "print('calname=' + str(cal.get('X-WR-CALNAME', '')))\n"
                        "for tz in cal.walk('VTIMEZONE'): print('tzid=' + str(tz['TZID']))\n"
                        "for ev in cal.walk('VEVENT'):\n"
                        "  print('uid=' + str(ev['UID']))\n"
                        "  print('summary=' + str(ev['SUMMARY']))\n"
                        "  print('description=' + repr(str(ev.get('DESCRIPTION', ''))))\n"
                        "  print('location=' + str(ev.get('LOCATION', '')))\n"
                        "  print('start=' + ev.decoded('DTSTART').isoformat())\n"
                        "  print('end=' + ev.decoded('DTEND').isoformat())\n"
                        "  print('start_utc=' + ev.decoded('DTSTART').astimezone(__import__('datetime').timezone.utc).isoformat())\n"
                        "  print('status=' + str(ev.get('STATUS', '')))\n"
                        "  print('url=' + str(ev.get('URL', '')))\n"
                        "  print('sequence=' + str(ev.get('SEQUENCE', '')))\n"
                        "  cats = ev.get('CATEGORIES')\n"
                        "  if cats is not None: print('categories=' + '|'.join(str(c) for c in cats.cats))\n",
      ics);
}

bool has_line(const std::string& output, const std::string& line) {
  return output.find(line + "\n") != std::string::npos;
}

TEST(Ical, EscapesTextAsTheRfcSays) {
  EXPECT_EQ(escape_text("a;b,c\\d"), "a\\;b\\,c\\\\d");
  EXPECT_EQ(escape_text("regel 1\nregel 2\r\nregel 3\rregel 4"), "regel 1\\nregel 2\\nregel 3\\nregel 4");
  EXPECT_EQ(escape_text(std::string("bel\x07 en\ttab", 11)), "bel en tab");
  EXPECT_EQ(escape_text("Café ’t Hoekje"), "Café ’t Hoekje");
}

TEST(Ical, FoldsLongLinesAt75OctetsWithoutSplittingACharacter) {
  std::string value;
  for (int i = 0; i < 60; ++i) value += "é€";  // 2 + 3 octets each
  std::string folded = fold_line("DESCRIPTION:" + value);
  auto lines = lines_of(folded);
  ASSERT_GT(lines.size(), 3u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].size(), 75u) << i;
    if (i > 0) {
      EXPECT_EQ(lines[i][0], ' ');
    }
    std::string content = i == 0 ? lines[i] : lines[i].substr(1);
    EXPECT_TRUE(is_valid_utf8(content)) << "line " << i << " is cut inside a character";
  }
  EXPECT_EQ(unfold(folded), "DESCRIPTION:" + value + "\r\n");
  EXPECT_EQ(fold_line("SHORT:x"), "SHORT:x\r\n");
  EXPECT_EQ(fold_line(std::string(75, 'a')), std::string(75, 'a') + "\r\n") << "exactly 75 octets stays one line";
  EXPECT_EQ(fold_line(std::string(76, 'a')), std::string(75, 'a') + "\r\n a\r\n");
}

TEST(Ical, AnEventHasEveryPropertyACalendarNeeds) {
  Calendar calendar;
  calendar.events.push_back(session());
  std::string ics = write_calendar(calendar);
  for (const auto& line : lines_of(ics)) EXPECT_LE(line.size(), 75u) << line;
  std::string text = unfold(ics);
  for (const char* expected :
       {"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:-//Omzien//Bijeenkomsten//NL\r\n", "METHOD:PUBLISH\r\n",
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n", "UID:event-7@omzien.example\r\n",
        "DTSTAMP:20261101T110000Z\r\n", "DTSTART;TZID=Europe/Amsterdam:20261128T193000\r\n",
        "DTEND;TZID=Europe/Amsterdam:20261128T210000\r\n", "SEQUENCE:2\r\n",
        "SUMMARY:Buurtsessie: samen\\, sterker\\; met koffie\r\n",
        "DESCRIPTION:Voor iedereen in Zeist.\\nNeem je buren mee!\\\\ Tot dan.\r\n",
        "LOCATION:Buurthuis 't Hoekje\\, Slotlaan 1\\, 3701 GA Zeist\r\n",
        "URL:https://omzien.example/bijeenkomsten/buurtsessie-zeist\r\n",
        "CATEGORIES:Wonen en buurt,Eenzaamheid\\, samen\r\n", "GEO:52.089000;5.233200\r\n",
        "STATUS:CONFIRMED\r\n", "END:VEVENT\r\nEND:VCALENDAR\r\n"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST(Ical, ACancelledEventSaysSo) {
  Calendar calendar;
  Event e = session();
  e.status = Status::Cancelled;
  calendar.events.push_back(e);
  std::string ics = write_calendar(calendar);
  EXPECT_NE(ics.find("STATUS:CANCELLED\r\n"), std::string::npos);
  EXPECT_NE(ics.find("TRANSP:TRANSPARENT\r\n"), std::string::npos);
}

TEST(Ical, TextCannotBreakOutOfItsProperty) {
  Calendar calendar;
  Event e = session();
  e.summary = "Sessie\r\nEND:VEVENT\r\nBEGIN:VEVENT";
  e.url = "https://omzien.example/x\r\nX-EVIL:1";
  calendar.events.push_back(e);
  std::string ics = write_calendar(calendar);
  int begins = 0;
  for (const auto& line : lines_of(ics)) begins += line == "BEGIN:VEVENT" ? 1 : 0;
  EXPECT_EQ(begins, 1);
  EXPECT_EQ(ics.find("\r\nX-EVIL"), std::string::npos);
}

TEST(Ical, PythonIcalendarReadsAFeedBackAsItWasMeant) {
  Calendar calendar;
  calendar.name = "Bijeenkomsten – Omzien";
  calendar.refresh_interval = "PT6H";
  Event winter = session();
  Event summer = session();
  summer.uid = "event-8@omzien.example";
  summer.start = amsterdam(2027, 3, 29, 19, 0);  // the Monday after the switch
  summer.end = amsterdam(2027, 3, 29, 21, 0);
  summer.status = Status::Cancelled;
  // python3-icalendar 4.0.3 splits CATEGORIES on escaped commas too (fixed in 5.0); the escaping
  // itself is checked in AnEventHasEveryPropertyACalendarNeeds.
  winter.categories = {"Wonen en buurt", "Eenzaamheid"};
  summer.summary = std::string("Lange titel ") + std::string(80, 'x') + " met één ë en €";
  calendar.events = {winter, summer};
  std::string output = read_with_python_icalendar(write_calendar(calendar));
  if (output.find("No module named") != std::string::npos) GTEST_SKIP() << "python3-icalendar is not installed";
  EXPECT_TRUE(has_line(output, "calname=Bijeenkomsten – Omzien")) << output;
  EXPECT_TRUE(has_line(output, "tzid=Europe/Amsterdam")) << output;
  EXPECT_TRUE(has_line(output, "summary=Buurtsessie: samen, sterker; met koffie")) << output;
  EXPECT_TRUE(has_line(output, "description='Voor iedereen in Zeist.\\nNeem je buren mee!\\\\ Tot dan.'")) << output;
  EXPECT_TRUE(has_line(output, "location=Buurthuis 't Hoekje, Slotlaan 1, 3701 GA Zeist")) << output;
  EXPECT_TRUE(has_line(output, "start=2026-11-28T19:30:00+01:00")) << output;
  EXPECT_TRUE(has_line(output, "end=2026-11-28T21:00:00+01:00")) << output;
  EXPECT_TRUE(has_line(output, "start_utc=2026-11-28T18:30:00+00:00")) << output;
  EXPECT_TRUE(has_line(output, "start=2027-03-29T19:00:00+02:00")) << output;
  EXPECT_TRUE(has_line(output, "start_utc=2027-03-29T17:00:00+00:00")) << output;
  EXPECT_TRUE(has_line(output, "summary=" + summer.summary)) << output;
  EXPECT_TRUE(has_line(output, "status=CANCELLED")) << output;
  EXPECT_TRUE(has_line(output, "url=https://omzien.example/bijeenkomsten/buurtsessie-zeist")) << output;
  EXPECT_TRUE(has_line(output, "sequence=2")) << output;
  EXPECT_TRUE(has_line(output, "categories=Wonen en buurt|Eenzaamheid")) << output;
}

}  // namespace
}  // namespace omzien::ical
