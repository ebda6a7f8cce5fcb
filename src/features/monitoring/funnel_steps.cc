#include "features/monitoring/funnel_steps.h"

#include "core/amsterdam_time.h"
#include "features/monitoring/texts.h"

namespace omzien::monitoring {
namespace {

constexpr std::array<std::string_view, kStepCount> kStepIds = {
    "adresbestand", "benaderd", "wil-meedoen", "profiel-aangemaakt", "profiel-compleet", "actief"};

std::optional<Seconds> earliest(std::optional<Seconds> a, std::optional<Seconds> b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

int index(Step step) { return static_cast<int>(step); }

}  // namespace

std::string_view step_id(Step step) { return kStepIds[index(step)]; }
std::string_view step_label(Step step) { return texts::kStepLabels[index(step)]; }

StepDates step_dates(const outreach::ContactPipeline& contact) {
  using outreach::Stage;
  const auto& p = contact.pipeline;
  StepDates dates;
  dates[index(Step::InFile)] = p.at(Stage::NotApproached);
  // Someone who answered or made a profile was approached, even when no mail or call was logged.
  dates[index(Step::Approached)] =
      earliest(earliest(p.at(Stage::Mailed), p.at(Stage::Called)), earliest(p.at(Stage::Answered), p.at(Stage::ProfileCreated)));
  std::optional<Seconds> said_yes =
      contact.answer == outreach::Answer::WantsToJoin ? p.at(Stage::Answered) : std::nullopt;
  dates[index(Step::WantsToJoin)] = earliest(said_yes, p.at(Stage::ProfileCreated));
  dates[index(Step::ProfileCreated)] = p.at(Stage::ProfileCreated);
  dates[index(Step::ProfileComplete)] = p.at(Stage::ProfileComplete);
  dates[index(Step::Active)] = p.at(Stage::Active);
  return dates;
}

StepCounts count_steps(const std::vector<outreach::ContactPipeline>& contacts) {
  StepCounts counts = {};
  for (const auto& contact : contacts) {
    auto dates = step_dates(contact);
    for (int i = 0; i < kStepCount; ++i) counts[i] += dates[i] ? 1 : 0;
  }
  return counts;
}

StepCounts count_steps_before(const std::vector<outreach::ContactPipeline>& contacts, Seconds end, bool current_week) {
  StepCounts counts = {};
  for (const auto& contact : contacts) {
    auto dates = step_dates(contact);
    for (int i = 0; i < kStepCount; ++i) counts[i] += dates[i] && *dates[i] < end ? 1 : 0;
  }
  if (!current_week) counts[index(Step::Active)] = -1;
  return counts;
}

std::optional<int> percent_of(int count, int base) {
  if (base <= 0) return std::nullopt;
  return (count * 100 + base / 2) / base;
}

std::vector<Seconds> week_starts(Seconds now, int weeks) {
  // Monday 00:00 of this week in Amsterdam, then back a week at a time. Stepping from midday
  // keeps a change to or from summer time from landing on the wrong day.
  auto monday_of = [](Seconds t) {
    LocalDateTime local = to_amsterdam(t);
    int days_back = (weekday_of(local.year, local.month, local.day) + 6) % 7;
    local.hour = 12;
    local.minute = local.second = 0;
    auto noon = from_amsterdam(local);
    if (!noon) return t;
    LocalDateTime monday = to_amsterdam(noon->utc - days_back * 86400);
    monday.hour = monday.minute = monday.second = 0;
    auto resolved = from_amsterdam(monday);
    return resolved ? resolved->utc : t;
  };
  std::vector<Seconds> starts(weeks);
  Seconds monday = monday_of(now);
  for (int i = weeks - 1; i >= 0; --i) {
    starts[i] = monday;
    monday = monday_of(monday - 3 * 86400);
  }
  return starts;
}

}  // namespace omzien::monitoring
