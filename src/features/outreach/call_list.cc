#include "features/outreach/call_list.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

#include "core/text.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

bool valid_day(int year, int month, int day) {
  if (year < 2000 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29) return leap;
  return day <= kDays[month - 1];
}

std::string iso(int year, int month, int day) {
  char buffer[40];  // room for any int, which keeps GCC's truncation check quiet
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// The numbers of "12-3-2026" or "2026-03-12" (any of - / . as separator).
std::optional<std::array<int, 3>> three_numbers(std::string_view text) {
  std::array<int, 3> parts{};
  int index = 0, digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (++digits > 4) return std::nullopt;
      parts[index] = parts[index] * 10 + (c - '0');
    } else if ((c == '-' || c == '/' || c == '.') && digits > 0 && index < 2) {
      ++index;
      digits = 0;
    } else {
      return std::nullopt;
    }
  }
  if (index != 2 || digits == 0) return std::nullopt;
  return parts;
}

}  // namespace

std::optional<CallReason> call_reason(const ContactState& state, std::string_view today) {
  const Contact& c = state.contact();
  if (c.phone.empty()) return std::nullopt;
  if (state.pipeline.reached(Stage::ProfileCreated) || c.answer == Answer::Declines) return std::nullopt;
  if (!c.call_back_on.empty()) {
    if (c.call_back_on <= today) return CallReason::CallBackDue;
    return std::nullopt;
  }
  if (!state.row.last_outcome) return CallReason::NeverCalled;
  if (*state.row.last_outcome == CallOutcome::Voicemail || *state.row.last_outcome == CallOutcome::NoAnswer)
    return CallReason::NotReachedYet;
  return std::nullopt;  // reached, or a wrong number
}

std::vector<CallListEntry> order_call_list(const std::vector<ContactState>& states, std::string_view today) {
  std::vector<CallListEntry> list;
  for (const auto& state : states)
    if (auto reason = call_reason(state, today)) list.push_back({&state, *reason});
  auto key = [](const CallListEntry& e) {
    const Contact& c = e.state->contact();
    Seconds when = e.reason == CallReason::NotReachedYet ? e.state->row.last_called_at.value_or(0) : c.created_at;
    std::string day = e.reason == CallReason::CallBackDue ? c.call_back_on : std::string();
    return std::tuple(static_cast<int>(e.reason), day, when, c.id);
  };
  std::stable_sort(list.begin(), list.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  return list;
}

int count_later_call_backs(const std::vector<ContactState>& states, std::string_view today) {
  int count = 0;
  for (const auto& state : states) {
    const Contact& c = state.contact();
    if (!c.phone.empty() && !c.call_back_on.empty() && c.call_back_on > today &&
        !state.pipeline.reached(Stage::ProfileCreated) && c.answer != Answer::Declines)
      ++count;
  }
  return count;
}

std::string amsterdam_date(Seconds t) {
  // FIXME: core/clock has the Amsterdam calendar only as Dutch text; read the date back from it
  // rather than repeat the summer-time rule here.
  std::string text = format_dutch_date(t);  // "3 december 2026"
  auto parts = split(text, ' ');
  if (parts.size() != 3) return "";
  auto month = std::find(texts::kMonthNames.begin(), texts::kMonthNames.end(), parts[1]);
  if (month == texts::kMonthNames.end()) return "";
  return iso(std::stoi(parts[2]), static_cast<int>(month - texts::kMonthNames.begin()) + 1, std::stoi(parts[0]));
}

std::optional<std::string> parse_date(std::string_view text) {
  auto numbers = three_numbers(trim(text));
  if (!numbers) return std::nullopt;
  auto [a, b, c] = *numbers;
  int year = a > 31 ? a : c, month = b, day = a > 31 ? c : a;
  if (!valid_day(year, month, day)) return std::nullopt;
  return iso(year, month, day);
}

std::string format_date(std::string_view iso_date) {
  auto parsed = parse_date(iso_date);
  if (!parsed) return std::string(iso_date);
  int year = std::stoi(parsed->substr(0, 4)), month = std::stoi(parsed->substr(5, 2)), day = std::stoi(parsed->substr(8, 2));
  return std::to_string(day) + " " + std::string(texts::kMonthNames[month - 1]) + " " + std::to_string(year);
}

}  // namespace omzien::outreach
