#include "features/survey/reminder_store.h"

namespace omzien::survey {
namespace {

constexpr std::string_view kRemindable = R"sql(
  SELECT COUNT(*) FROM survey_invitations
  WHERE survey_id = :survey_id AND mailed_at IS NOT NULL AND answered_at IS NULL AND reminder_wanted_at IS NULL
)sql";
constexpr std::string_view kRequest = R"sql(
  UPDATE survey_invitations SET reminder_wanted_at = :now
  WHERE survey_id = :survey_id AND mailed_at IS NOT NULL AND answered_at IS NULL AND reminder_wanted_at IS NULL
)sql";
constexpr std::string_view kState = R"sql(
  SELECT COUNT(reminder_wanted_at), COUNT(reminded_at), MAX(reminder_wanted_at)
  FROM survey_invitations WHERE survey_id = :survey_id
)sql";
constexpr std::string_view kDue = R"sql(
  SELECT id, survey_id, initiative_id, initiative_name, municipality_code, addresses, created_at, mailed_at
  FROM survey_invitations
  WHERE survey_id = :survey_id AND reminder_wanted_at IS NOT NULL AND reminded_at IS NULL AND answered_at IS NULL
  ORDER BY id LIMIT :limit
)sql";
constexpr std::string_view kMarkReminded = "UPDATE survey_invitations SET reminded_at = :now WHERE id = :id";
constexpr std::string_view kInsertLink =
    "INSERT INTO survey_reminder_links (token_hash, invitation_id) VALUES (:token_hash, :invitation_id)";

}  // namespace

int count_remindable(db::Connection& c, std::int64_t survey_id) {
  return static_cast<int>(c.prepare(kRemindable).bind(":survey_id", survey_id).single_integer().value_or(0));
}

Result<int> request_reminders(db::Connection& c, std::int64_t survey_id, Seconds now) {
  if (auto r = c.prepare(kRequest).bind(":survey_id", survey_id).bind(":now", now).run(); !r) return r.error();
  return static_cast<int>(c.changes());
}

ReminderState reminder_state(db::Connection& c, std::int64_t survey_id) {
  auto s = c.prepare(kState);
  s.bind(":survey_id", survey_id);
  ReminderState state;
  if (!s.next()) return state;
  state.asked = static_cast<int>(s.integer(0));
  state.sent = static_cast<int>(s.integer(1));
  state.last_asked_at = s.optional_integer(2);
  return state;
}

std::vector<Invitation> due_reminders(db::Connection& c, std::int64_t survey_id, int limit) {
  auto s = c.prepare(kDue);
  s.bind(":survey_id", survey_id).bind(":limit", limit);
  std::vector<Invitation> out;
  while (s.next())
    out.push_back({.id = s.integer(0),
                   .survey_id = s.integer(1),
                   .initiative_id = s.optional_integer(2),
                   .initiative_name = s.text(3),
                   .municipality_code = s.text(4),
                   .addresses = static_cast<int>(s.integer(5)),
                   .created_at = s.integer(6),
                   .mailed_at = s.optional_integer(7)});
  return out;
}

Result<void> mark_reminded(db::Connection& c, std::int64_t invitation_id, std::string_view token_hash, Seconds now) {
  if (auto r = c.prepare(kMarkReminded).bind(":now", now).bind(":id", invitation_id).run(); !r) return r;
  return c.prepare(kInsertLink).bind(":token_hash", token_hash).bind(":invitation_id", invitation_id).run();
}

}  // namespace omzien::survey
