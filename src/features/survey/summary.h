// Survey results counted up: per question, how often each answer was given. The monitoring
// page (/beheer/monitor) shows these through survey::summaries(); the results page and the CSV
// export use the same counts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/survey/model.h"

namespace omzien {
struct App;
}

namespace omzien::survey {

struct OptionCount {
  std::string label = {};  // the answer's text; for a scale "1", "2", ...
  int count = 0;      // how many initiatives gave it
};

struct QuestionSummary {
  std::int64_t question_id = 0;
  std::string text = {};
  Kind kind = Kind::OneChoice;
  std::vector<OptionCount> options = {};  // choice and scale questions; empty for open questions
  int answered = 0;                  // initiatives that answered this question
  std::optional<double> average = {};     // scale questions with at least one answer
};

struct SurveySummary {
  std::int64_t id = 0;
  std::string title = {};
  Status status = Status::Draft;
  int invited = 0;    // initiatives invited
  int responses = 0;  // initiatives that answered at least one question
  std::vector<QuestionSummary> questions = {};
};

// Counts the answers of one survey.
SurveySummary summarize(const Survey& survey, const std::vector<Question>& questions,
                        const std::vector<Invitation>& invitations,
                        const std::map<std::int64_t, Answers>& answers_by_invitation);

// Every survey that was sent (open or closed), newest first, counted up. Aggregate only: no
// initiative names and no open answers, so it may go to funders and partners.
std::vector<SurveySummary> summaries(App& app);

}  // namespace omzien::survey
