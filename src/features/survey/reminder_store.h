// SQL of survey reminders: staff ask for one reminder to every initiative that has not answered,
// and the mail job sends them with a fresh personal link (reminder_store.cc keeps both links).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/survey/model.h"

namespace omzien::survey {

// Initiatives of the survey that got the first mail, did not answer and had no reminder yet.
int count_remindable(db::Connection& c, std::int64_t survey_id);
// Marks those for a reminder; returns how many.
Result<int> request_reminders(db::Connection& c, std::int64_t survey_id, Seconds now);
// How many got a reminder (sent or waiting), and when staff last asked for one.
struct ReminderState {
  int asked = 0;
  int sent = 0;
  std::optional<Seconds> last_asked_at = {};
};
ReminderState reminder_state(db::Connection& c, std::int64_t survey_id);
// Reminders asked for and not sent yet, oldest first; an answer since cancels one.
std::vector<Invitation> due_reminders(db::Connection& c, std::int64_t survey_id, int limit);
// Dates the reminder and keeps the hash of its new link.
Result<void> mark_reminded(db::Connection& c, std::int64_t invitation_id, std::string_view token_hash, Seconds now);

}  // namespace omzien::survey
