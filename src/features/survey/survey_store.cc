#include "features/survey/survey_store.h"

#include "core/text.h"

namespace omzien::survey {
namespace {

constexpr std::string_view kInsertSurvey = R"sql(
  INSERT INTO surveys (title, intro, created_by, created_at) VALUES (:title, :intro, :created_by, :created_at)
)sql";
constexpr std::string_view kUpdateSurveyTexts =
    "UPDATE surveys SET title = :title, intro = :intro WHERE id = :id AND status = 'concept'";
constexpr std::string_view kFindSurvey = R"sql(
  SELECT id, title, intro, status, filter_municipality, filter_theme, created_by, created_at, sent_at, closed_at,
         last_batch_at
  FROM surveys WHERE id = :id
)sql";
constexpr std::string_view kListSurveys = R"sql(
  SELECT id, title, intro, status, filter_municipality, filter_theme, created_by, created_at, sent_at, closed_at,
         last_batch_at
  FROM surveys ORDER BY created_at DESC, id DESC
)sql";
constexpr std::string_view kOpenSurvey = R"sql(
  UPDATE surveys SET status = 'open', filter_municipality = :municipality, filter_theme = :theme, sent_at = :now
  WHERE id = :id AND status = 'concept'
)sql";
constexpr std::string_view kCloseSurvey =
    "UPDATE surveys SET status = 'gesloten', closed_at = :now WHERE id = :id AND status = 'open'";
constexpr std::string_view kSetLastBatch = "UPDATE surveys SET last_batch_at = :now WHERE id = :id";
constexpr std::string_view kDeleteDraft = "DELETE FROM surveys WHERE id = :id AND status = 'concept'";

constexpr std::string_view kListQuestions = R"sql(
  SELECT id, survey_id, position, kind, text, options, scale_max
  FROM survey_questions WHERE survey_id = :survey_id ORDER BY position, id
)sql";
constexpr std::string_view kFindQuestion = R"sql(
  SELECT id, survey_id, position, kind, text, options, scale_max
  FROM survey_questions WHERE survey_id = :survey_id AND id = :id
)sql";
constexpr std::string_view kInsertQuestion = R"sql(
  INSERT INTO survey_questions (survey_id, position, kind, text, options, scale_max)
  VALUES (:survey_id,
          (SELECT COALESCE(MAX(position), 0) + 1 FROM survey_questions WHERE survey_id = :survey_id),
          :kind, :text, :options, :scale_max)
)sql";
constexpr std::string_view kUpdateQuestion = R"sql(
  UPDATE survey_questions SET kind = :kind, text = :text, options = :options, scale_max = :scale_max
  WHERE id = :id AND survey_id = :survey_id
)sql";
constexpr std::string_view kDeleteQuestion = "DELETE FROM survey_questions WHERE id = :id AND survey_id = :survey_id";
constexpr std::string_view kSetPosition =
    "UPDATE survey_questions SET position = :position WHERE id = :id AND survey_id = :survey_id";

constexpr std::string_view kInsertInvitation = R"sql(
  INSERT INTO survey_invitations (survey_id, initiative_id, initiative_name, municipality_code, created_at)
  VALUES (:survey_id, :initiative_id, :initiative_name, :municipality_code, :created_at)
)sql";
constexpr std::string_view kListInvitations = R"sql(
  SELECT id, survey_id, initiative_id, initiative_name, municipality_code, addresses, created_at, mailed_at,
         answered_at, changed_at
  FROM survey_invitations WHERE survey_id = :survey_id ORDER BY initiative_name, id
)sql";
constexpr std::string_view kWaitingInvitations = R"sql(
  SELECT id, survey_id, initiative_id, initiative_name, municipality_code, addresses, created_at, mailed_at,
         answered_at, changed_at
  FROM survey_invitations WHERE survey_id = :survey_id AND mailed_at IS NULL ORDER BY id LIMIT :limit
)sql";
constexpr std::string_view kMarkMailed = R"sql(
  UPDATE survey_invitations SET token_hash = :token_hash, addresses = :addresses, mailed_at = :now WHERE id = :id
)sql";
constexpr std::string_view kFindByToken = R"sql(
  SELECT id, survey_id, initiative_id, initiative_name, municipality_code, addresses, created_at, mailed_at,
         answered_at, changed_at
  FROM survey_invitations
  WHERE token_hash = :token_hash
     OR id = (SELECT invitation_id FROM survey_reminder_links WHERE token_hash = :token_hash)
)sql";
constexpr std::string_view kSurveysWithWaitingMail = R"sql(
  SELECT id, title, intro, status, filter_municipality, filter_theme, created_by, created_at, sent_at, closed_at,
         last_batch_at
  FROM surveys
  WHERE status = 'open' AND EXISTS (
    SELECT 1 FROM survey_invitations i
    WHERE i.survey_id = surveys.id
      AND (i.mailed_at IS NULL OR (i.reminder_wanted_at IS NOT NULL AND i.reminded_at IS NULL AND i.answered_at IS NULL)))
  ORDER BY id
)sql";

constexpr std::string_view kDeleteAnswers = "DELETE FROM survey_answers WHERE invitation_id = :invitation_id";
constexpr std::string_view kInsertAnswer = R"sql(
  INSERT INTO survey_answers (invitation_id, question_id, value) VALUES (:invitation_id, :question_id, :value)
)sql";
constexpr std::string_view kDateAnswer = R"sql(
  UPDATE survey_invitations SET answered_at = COALESCE(answered_at, :now), changed_at = :now WHERE id = :id
)sql";
constexpr std::string_view kLoadAnswers =
    "SELECT question_id, value FROM survey_answers WHERE invitation_id = :invitation_id ORDER BY rowid";
constexpr std::string_view kAnswersOfSurvey = R"sql(
  SELECT a.invitation_id, a.question_id, a.value
  FROM survey_answers a JOIN survey_invitations i ON i.id = a.invitation_id
  WHERE i.survey_id = :survey_id ORDER BY a.rowid
)sql";

Survey read_survey(const db::Statement& s) {
  return {.id = s.integer(0),
          .title = s.text(1),
          .intro = s.text(2),
          .status = parse_status(s.text(3)),
          .filter_municipality = s.text(4),
          .filter_theme = s.text(5),
          .created_by = s.optional_integer(6),
          .created_at = s.integer(7),
          .sent_at = s.optional_integer(8),
          .closed_at = s.optional_integer(9),
          .last_batch_at = s.optional_integer(10)};
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  if (text.empty()) return lines;
  for (auto& line : split(text, '\n')) lines.push_back(line);
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

Question read_question(const db::Statement& s) {
  return {.id = s.integer(0),
          .survey_id = s.integer(1),
          .position = static_cast<int>(s.integer(2)),
          .kind = parse_kind(s.text(3)).value_or(Kind::Open),
          .text = s.text(4),
          .options = split_lines(s.text(5)),
          .scale_max = static_cast<int>(s.integer(6))};
}

Invitation read_invitation(const db::Statement& s) {
  return {.id = s.integer(0),
          .survey_id = s.integer(1),
          .initiative_id = s.optional_integer(2),
          .initiative_name = s.text(3),
          .municipality_code = s.text(4),
          .addresses = static_cast<int>(s.integer(5)),
          .created_at = s.integer(6),
          .mailed_at = s.optional_integer(7),
          .answered_at = s.optional_integer(8),
          .changed_at = s.optional_integer(9)};
}

void bind_question(db::Statement& s, const Question& q) {
  s.bind(":survey_id", q.survey_id).bind(":kind", kind_id(q.kind)).bind(":text", q.text);
  s.bind(":options", join_lines(q.options)).bind(":scale_max", q.scale_max);
}

}  // namespace

Result<std::int64_t> insert_survey(db::Connection& c, const Survey& survey) {
  auto s = c.prepare(kInsertSurvey);
  s.bind(":title", survey.title).bind(":intro", survey.intro).bind(":created_by", survey.created_by);
  s.bind(":created_at", survey.created_at);
  if (auto r = s.run(); !r) return r.error();
  return c.last_insert_id();
}

Result<void> update_survey_texts(db::Connection& c, const Survey& survey) {
  auto s = c.prepare(kUpdateSurveyTexts);
  s.bind(":title", survey.title).bind(":intro", survey.intro).bind(":id", survey.id);
  return s.run();
}

std::optional<Survey> find_survey(db::Connection& c, std::int64_t id) {
  auto s = c.prepare(kFindSurvey);
  s.bind(":id", id);
  if (!s.next()) return std::nullopt;
  return read_survey(s);
}

std::vector<Survey> list_surveys(db::Connection& c) {
  auto s = c.prepare(kListSurveys);
  std::vector<Survey> out;
  while (s.next()) out.push_back(read_survey(s));
  return out;
}

Result<void> open_survey(db::Connection& c, std::int64_t id, std::string_view municipality, std::string_view theme,
                         Seconds now) {
  auto s = c.prepare(kOpenSurvey);
  s.bind(":municipality", municipality).bind(":theme", theme).bind(":now", now).bind(":id", id);
  if (auto r = s.run(); !r) return r;
  if (c.changes() == 0) return conflict("survey is no draft");
  return {};
}

Result<void> close_survey(db::Connection& c, std::int64_t id, Seconds now) {
  auto s = c.prepare(kCloseSurvey);
  s.bind(":now", now).bind(":id", id);
  if (auto r = s.run(); !r) return r;
  if (c.changes() == 0) return conflict("survey is not open");
  return {};
}

Result<void> set_last_batch(db::Connection& c, std::int64_t id, Seconds now) {
  auto s = c.prepare(kSetLastBatch);
  s.bind(":now", now).bind(":id", id);
  return s.run();
}

Result<void> delete_draft(db::Connection& c, std::int64_t id) {
  auto s = c.prepare(kDeleteDraft);
  s.bind(":id", id);
  if (auto r = s.run(); !r) return r;
  if (c.changes() == 0) return conflict("survey is no draft");
  return {};
}

std::vector<Question> list_questions(db::Connection& c, std::int64_t survey_id) {
  auto s = c.prepare(kListQuestions);
  s.bind(":survey_id", survey_id);
  std::vector<Question> out;
  while (s.next()) out.push_back(read_question(s));
  return out;
}

std::optional<Question> find_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id) {
  auto s = c.prepare(kFindQuestion);
  s.bind(":survey_id", survey_id).bind(":id", question_id);
  if (!s.next()) return std::nullopt;
  return read_question(s);
}

Result<std::int64_t> insert_question(db::Connection& c, const Question& question) {
  auto s = c.prepare(kInsertQuestion);
  bind_question(s, question);
  if (auto r = s.run(); !r) return r.error();
  return c.last_insert_id();
}

Result<void> update_question(db::Connection& c, const Question& question) {
  auto s = c.prepare(kUpdateQuestion);
  bind_question(s, question);
  s.bind(":id", question.id);
  return s.run();
}

Result<void> delete_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id) {
  {
    auto s = c.prepare(kDeleteQuestion);
    s.bind(":id", question_id).bind(":survey_id", survey_id);
    if (auto r = s.run(); !r) return r;
  }
  int position = 1;
  for (const auto& q : list_questions(c, survey_id)) {
    auto s = c.prepare(kSetPosition);
    s.bind(":position", position++).bind(":id", q.id).bind(":survey_id", survey_id);
    if (auto r = s.run(); !r) return r;
  }
  return {};
}

Result<void> move_question(db::Connection& c, std::int64_t survey_id, std::int64_t question_id, int direction) {
  auto questions = list_questions(c, survey_id);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (questions[i].id != question_id) continue;
    std::size_t j = direction < 0 ? i - 1 : i + 1;
    if ((direction < 0 && i == 0) || j >= questions.size()) return {};
    std::swap(questions[i], questions[j]);
    break;
  }
  int position = 1;
  for (const auto& q : questions) {
    auto s = c.prepare(kSetPosition);
    s.bind(":position", position++).bind(":id", q.id).bind(":survey_id", survey_id);
    if (auto r = s.run(); !r) return r;
  }
  return {};
}

Result<std::int64_t> insert_invitation(db::Connection& c, const Invitation& invitation) {
  auto s = c.prepare(kInsertInvitation);
  s.bind(":survey_id", invitation.survey_id).bind(":initiative_id", invitation.initiative_id);
  s.bind(":initiative_name", invitation.initiative_name).bind(":municipality_code", invitation.municipality_code);
  s.bind(":created_at", invitation.created_at);
  if (auto r = s.run(); !r) return r.error();
  return c.last_insert_id();
}

std::vector<Invitation> list_invitations(db::Connection& c, std::int64_t survey_id) {
  auto s = c.prepare(kListInvitations);
  s.bind(":survey_id", survey_id);
  std::vector<Invitation> out;
  while (s.next()) out.push_back(read_invitation(s));
  return out;
}

std::vector<Invitation> waiting_invitations(db::Connection& c, std::int64_t survey_id, int limit) {
  auto s = c.prepare(kWaitingInvitations);
  s.bind(":survey_id", survey_id).bind(":limit", limit);
  std::vector<Invitation> out;
  while (s.next()) out.push_back(read_invitation(s));
  return out;
}

Result<void> mark_invitation_mailed(db::Connection& c, std::int64_t id, std::string_view token_hash, int addresses,
                                    Seconds now) {
  auto s = c.prepare(kMarkMailed);
  s.bind(":token_hash", token_hash).bind(":addresses", addresses).bind(":now", now).bind(":id", id);
  return s.run();
}

std::optional<Invitation> find_invitation_by_token_hash(db::Connection& c, std::string_view token_hash) {
  auto s = c.prepare(kFindByToken);
  s.bind(":token_hash", token_hash);
  if (!s.next()) return std::nullopt;
  return read_invitation(s);
}

std::vector<Survey> list_surveys_with_waiting_mail(db::Connection& c) {
  auto s = c.prepare(kSurveysWithWaitingMail);
  std::vector<Survey> out;
  while (s.next()) out.push_back(read_survey(s));
  return out;
}

Result<void> replace_answers(db::Connection& c, std::int64_t invitation_id, const Answers& answers, Seconds now) {
  {
    auto s = c.prepare(kDeleteAnswers);
    s.bind(":invitation_id", invitation_id);
    if (auto r = s.run(); !r) return r;
  }
  for (const auto& [question_id, values] : answers) {
    for (const auto& value : values) {
      auto s = c.prepare(kInsertAnswer);
      s.bind(":invitation_id", invitation_id).bind(":question_id", question_id).bind(":value", value);
      if (auto r = s.run(); !r) return r;
    }
  }
  auto s = c.prepare(kDateAnswer);
  s.bind(":now", now).bind(":id", invitation_id);
  return s.run();
}

Answers load_answers(db::Connection& c, std::int64_t invitation_id) {
  auto s = c.prepare(kLoadAnswers);
  s.bind(":invitation_id", invitation_id);
  Answers out;
  while (s.next()) out[s.integer(0)].push_back(s.text(1));
  return out;
}

std::map<std::int64_t, Answers> answers_of_survey(db::Connection& c, std::int64_t survey_id) {
  auto s = c.prepare(kAnswersOfSurvey);
  s.bind(":survey_id", survey_id);
  std::map<std::int64_t, Answers> out;
  while (s.next()) out[s.integer(0)][s.integer(1)].push_back(s.text(2));
  return out;
}

}  // namespace omzien::survey
