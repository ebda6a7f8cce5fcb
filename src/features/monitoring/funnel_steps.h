// The monitor's funnel: six steps from the address file to active initiatives, counted over the
// contacts' pipelines (outreach/funnel.h), now and at the end of each past week. Pure rules, so
// they are tested without a database.
//
//   in het adresbestand -> benaderd (gemaild, gebeld or answered) -> wil meedoen -> profiel
//   aangemaakt -> profiel compleet -> actief (in the last 90 days)
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "features/outreach/funnel.h"

namespace omzien::monitoring {

enum class Step { InFile, Approached, WantsToJoin, ProfileCreated, ProfileComplete, Active };
inline constexpr int kStepCount = 6;
inline constexpr std::array<Step, kStepCount> kSteps = {Step::InFile,         Step::Approached,
                                                        Step::WantsToJoin,    Step::ProfileCreated,
                                                        Step::ProfileComplete, Step::Active};

std::string_view step_id(Step step);     // "adresbestand", "benaderd", ...: CSV and anchors
std::string_view step_label(Step step);  // "In het adresbestand", ...

// When a contact reached each step (index: Step), nullopt when not (yet). A step reached by
// skipping earlier ones counts those too where that is what happened: whoever made a profile was
// approached and wants to join. "Actief" holds only while active now (outreach's 90-day window).
using StepDates = std::array<std::optional<Seconds>, kStepCount>;
StepDates step_dates(const outreach::ContactPipeline& contact);

using StepCounts = std::array<int, kStepCount>;
// How many contacts reached each step (now).
StepCounts count_steps(const std::vector<outreach::ContactPipeline>& contacts);
// How many had reached each step before `end`. "Actief" cannot be known for the past (only the
// latest activity is kept), so it is counted for the current week only: -1 otherwise.
StepCounts count_steps_before(const std::vector<outreach::ContactPipeline>& contacts, Seconds end, bool current_week);

// `count` as a whole percentage of `base`, nullopt when base is 0.
std::optional<int> percent_of(int count, int base);

// The starts (Monday 00:00 in Amsterdam) of the last `weeks` weeks, oldest first; the last one
// is the week of `now`.
std::vector<Seconds> week_starts(Seconds now, int weeks);

}  // namespace omzien::monitoring
