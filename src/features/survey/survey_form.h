// The forms staff fill in: a survey's title and intro, and one question. Each keeps what was
// typed and comes back with a Dutch message by every field that needs a change.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/view.h"
#include "features/survey/model.h"
#include "http/request.h"

namespace omzien::survey {

inline constexpr std::size_t kMaxTitle = 120;
inline constexpr std::size_t kMaxIntro = 2000;
inline constexpr std::size_t kMaxQuestion = 300;
inline constexpr std::size_t kMaxOption = 120;

struct SurveyForm {
  std::string title = {};
  std::string intro = {};
  std::map<std::string, std::string> errors = {};

  static SurveyForm from_request(const http::Request& request);
  static SurveyForm from_survey(const Survey& survey);
  // True when it can be saved; else `errors` says why, per field.
  bool validate();
  View to_view() const;  // {title, intro}
};

struct QuestionForm {
  std::string kind = {};       // kind_id(), as chosen
  std::string text = {};
  std::string options = {};    // one answer per line, as typed
  std::string scale_max = {};  // as typed
  std::map<std::string, std::string> errors = {};

  static QuestionForm from_request(const http::Request& request);
  static QuestionForm from_question(const Question& question);
  // True when it can be saved; else `errors` says why, per field.
  bool validate();
  // The question it describes (call after validate()).
  Question to_question(std::int64_t survey_id, std::int64_t question_id = 0) const;
  // {kind_options: [{value, label, selected}], text, options, scale_max}
  View to_view() const;
};

}  // namespace omzien::survey
