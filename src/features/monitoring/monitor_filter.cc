#include "features/monitoring/monitor_filter.h"

#include <algorithm>

#include "core/amsterdam_time.h"
#include "core/text.h"
#include "features/monitoring/funnel_steps.h"
#include "features/monitoring/monitor_report.h"
#include "features/monitoring/texts.h"
#include "geo/geo.h"
#include "http/request.h"

namespace omzien::monitoring {
namespace {

// "2026-09-01" (a date input) or "1-9-2026" (typed by hand where the browser has no date picker).
std::optional<LocalDateTime> parse_day(std::string_view text) {
  if (auto date = parse_local_date(text)) return date;
  auto parts = split(text, '-');
  if (parts.size() != 3) return std::nullopt;
  try {
    std::size_t used = 0;
    int day = std::stoi(parts[0], &used);
    int month = std::stoi(parts[1]);
    int year = std::stoi(parts[2]);
    if (used != parts[0].size() || parts[2].size() != 4 || !is_valid_date(year, month, day)) return std::nullopt;
    return LocalDateTime{.year = year, .month = month, .day = day};
  } catch (const std::exception&) {
    return std::nullopt;  // not a number: the caller says so next to the field
  }
}

std::optional<Seconds> start_of(const LocalDateTime& day) {
  auto resolved = from_amsterdam(day);
  return resolved ? std::optional(resolved->utc) : std::nullopt;
}

// The moment after `day`: midnight of the next day (days are 23 or 25 hours when the clocks change).
std::optional<Seconds> end_of(const LocalDateTime& day) {
  auto start = start_of(day);
  if (!start) return std::nullopt;
  LocalDateTime next = to_amsterdam(*start + 36 * 3600);
  next.hour = next.minute = next.second = 0;
  return start_of(next);
}

void read_day(const http::Request& request, const char* name, std::string& text, std::optional<Seconds>& at,
              MonitorFilter& filter, bool end) {
  text = trim(request.query.get(name));
  if (text.empty()) return;
  auto day = parse_day(text);
  if (!day) {
    filter.errors[name] = texts::kDateInvalid;
    return;
  }
  at = end ? end_of(*day) : start_of(*day);
}

}  // namespace

bool MonitorFilter::any() const {
  return !municipality_code.empty() || !theme.empty() || !linking_pin.empty() || from || until;
}

std::string MonitorFilter::query() const {
  std::string out;
  auto add = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    out += (out.empty() ? "" : "&") + std::string(name) + "=" + url_encode(value);
  };
  add("gemeente", municipality_code);
  add("thema", theme);
  add("linkingpin", linking_pin);
  if (from) add("van", from_text);
  if (until) add("tot", until_text);
  return out;
}

MonitorFilter parse_filter(const http::Request& request, const std::vector<std::string>& theme_ids,
                           const std::vector<std::int64_t>& linking_pin_ids) {
  MonitorFilter filter;
  std::string municipality = trim(request.query.get("gemeente"));
  if (!municipality.empty()) {
    auto found = municipality == geo::kProvinceCode ? nullptr : geo::find_municipality(municipality);
    if (municipality == geo::kProvinceCode || (found && found->code == municipality)) filter.municipality_code = municipality;
    else filter.errors["gemeente"] = texts::kMunicipalityUnknown;
  }
  std::string theme = trim(request.query.get("thema"));
  if (!theme.empty()) {
    if (std::find(theme_ids.begin(), theme_ids.end(), theme) != theme_ids.end()) filter.theme = theme;
    else filter.errors["thema"] = texts::kThemeUnknown;
  }
  std::string pin = trim(request.query.get("linkingpin"));
  if (!pin.empty()) {
    bool known = pin == "geen" || std::any_of(linking_pin_ids.begin(), linking_pin_ids.end(),
                                              [&](std::int64_t id) { return std::to_string(id) == pin; });
    if (known) filter.linking_pin = pin;
    else filter.errors["linkingpin"] = texts::kLinkingPinUnknown;
  }
  read_day(request, "van", filter.from_text, filter.from, filter, false);
  read_day(request, "tot", filter.until_text, filter.until, filter, true);
  if (filter.from && filter.until && *filter.from >= *filter.until) {
    filter.errors["tot"] = texts::kPeriodBackwards;
    filter.until.reset();
  }
  return filter;
}

Period period_of(const MonitorFilter& filter, Seconds now) {
  Period period;
  period.end = filter.until && *filter.until < now ? *filter.until : now;
  period.is_now = period.end == now;
  int weeks = kWeeks;
  if (filter.from) {
    auto all = week_starts(period.end - 1, kMaxWeeks);
    weeks = static_cast<int>(std::count_if(all.begin(), all.end(), [&](Seconds s) { return s + 7 * 86400 > *filter.from; }));
    weeks = std::max(weeks, 1);
  }
  period.week_starts = week_starts(period.is_now ? now : period.end - 1, weeks);
  return period;
}

}  // namespace omzien::monitoring
