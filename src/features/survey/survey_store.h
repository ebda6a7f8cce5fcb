// SQL of the needs survey: surveys, questions, invitations and answers. Nothing else here
// touches these tables; the rest of the feature uses these functions.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/db.h"
#include "features/survey/model.h"

namespace omzien::survey {

// Surveys.
Result<std::int64_t> insert_survey(db::Connection& c, const Survey& survey);
// Changes title and intro; only while the survey is a draft (else nothing changes).
Result<void> update_survey_texts(db::Connection& c, const Survey& survey);
std::optional<Survey> find_survey(db::Connection& c, std::int64_t id);
std::vector<Survey> list_surveys(db::Connection& c);  // newest first
// Draft -> open with the selection it went to. Fails with Conflict when it was no draft.
Result<void> open_survey(db::Connection& c, std::int64_t id, std::string_view municipality,
                         std::string_view theme, Seconds now);
// Open -> closed. Fails with Conflict when it was not open.
Result<void> close_survey(db::Connection& c, std::int64_t id, Seconds now);
Result<void> set_last_batch(db::Connection& c, std::int64_t id, Seconds now);
// Deletes a draft (with its questions). Fails with Conflict when it was no draft.
Result<void> delete_draft(db::Connection& c, std::int64_t id);

// Questions, in order.
std::vector<Question> list_questions(db::Connection& c, std::int64_t survey_id);
std::optional<Question> find_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id);
// Adds a question at the end.
Result<std::int64_t> insert_question(db::Connection& c, const Question& question);
Result<void> update_question(db::Connection& c, const Question& question);
// Removes a question and closes the gap in the order.
Result<void> delete_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id);
// Swaps a question with the one above (-1) or below (+1); at the top or bottom nothing changes.
Result<void> move_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id, int direction);

// Invitations.
// A row for an initiative; Conflict when it is already invited to this survey.
Result<std::int64_t> insert_invitation(db::Connection& c, const Invitation& invitation);
std::vector<Invitation> list_invitations(db::Connection& c, std::int64_t survey_id);
// Invitations whose mail has not been queued yet, oldest first.
std::vector<Invitation> waiting_invitations(db::Connection& c, std::int64_t survey_id, int limit);
Result<void> mark_invitation_mailed(db::Connection& c, std::int64_t id, std::string_view token_hash, int addresses,
                                    Seconds now);
// The invitation of a link from the first mail or from a reminder.
std::optional<Invitation> find_invitation_by_token_hash(db::Connection& c, std::string_view token_hash);
// Open surveys that still have invitations or asked-for reminders to mail.
std::vector<Survey> list_surveys_with_waiting_mail(db::Connection& c);

// Answers.
// Replaces everything the invitation answered with `answers`, and dates it.
Result<void> replace_answers(db::Connection& c, std::int64_t invitation_id, const Answers& answers, Seconds now);
Answers load_answers(db::Connection& c, std::int64_t invitation_id);
// Every answer to the survey, by invitation id.
std::map<std::int64_t, Answers> answers_of_survey(db::Connection& c, std::int64_t survey_id);

}  // namespace omzien::survey
