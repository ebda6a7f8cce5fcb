#include "features/survey/summary.h"

#include "app/app.h"
#include "features/survey/survey_store.h"

namespace omzien::survey {
namespace {

int number_or(const std::string& value, int fallback) {
  try {
    std::size_t used = 0;
    int n = std::stoi(value, &used);
    return used == value.size() ? n : fallback;
  } catch (...) {
    return fallback;
  }
}

}  // namespace

SurveySummary summarize(const Survey& survey, const std::vector<Question>& questions,
                        const std::vector<Invitation>& invitations,
                        const std::map<std::int64_t, Answers>& answers_by_invitation) {
  SurveySummary summary{.id = survey.id, .title = survey.title, .status = survey.status,
                        .invited = static_cast<int>(invitations.size())};
  for (const auto& invitation : invitations) {
    auto found = answers_by_invitation.find(invitation.id);
    if (found != answers_by_invitation.end() && !found->second.empty()) ++summary.responses;
  }
  for (const auto& q : questions) {
    QuestionSummary qs{.question_id = q.id, .text = q.text, .kind = q.kind};
    if (is_choice(q.kind))
      for (const auto& option : q.options) qs.options.push_back({option, 0});
    if (q.kind == Kind::Scale)
      for (int i = 1; i <= q.scale_max; ++i) qs.options.push_back({std::to_string(i), 0});
    long total = 0;
    for (const auto& [invitation_id, answers] : answers_by_invitation) {
      auto it = answers.find(q.id);
      if (it == answers.end() || it->second.empty()) continue;
      ++qs.answered;
      for (const auto& value : it->second) {
        int n = number_or(value, -1);
        if (q.kind == Kind::Scale) total += n, n -= 1;
        if (q.kind != Kind::Open && n >= 0 && n < static_cast<int>(qs.options.size())) ++qs.options[n].count;
      }
    }
    if (q.kind == Kind::Scale && qs.answered > 0) qs.average = static_cast<double>(total) / qs.answered;
    summary.questions.push_back(std::move(qs));
  }
  return summary;
}

std::vector<SurveySummary> summaries(App& app) {
  return app.db->read([](db::Connection& c) {
    std::vector<SurveySummary> out;
    for (const auto& survey : list_surveys(c)) {
      if (survey.status == Status::Draft) continue;
      out.push_back(summarize(survey, list_questions(c, survey.id), list_invitations(c, survey.id),
                              answers_of_survey(c, survey.id)));
    }
    return out;
  });
}

}  // namespace omzien::survey
