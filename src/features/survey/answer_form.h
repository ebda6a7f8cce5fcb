// The form an initiative fills in through its personal link: one field per question ("q<id>";
// checkboxes repeat it). It keeps what was typed and has a Dutch message by each wrong answer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/view.h"
#include "features/survey/model.h"
#include "http/request.h"

namespace omzien::survey {

struct AnswerForm {
  Answers answers = {};                                // as typed; empty answers left out
  std::map<std::string, std::string> errors = {};  // by field name ("q12"), or "form" for the whole form

  static AnswerForm from_request(const http::Request& request, const std::vector<Question>& questions);
  // True when every answer fits its question and at least one question is answered.
  bool validate(const std::vector<Question>& questions);
};

// The field name of a question: "q12".
std::string field_name(const Question& question);

// The questions with what is filled in, for the form template: [{number, field, text, is_one,
// is_several, is_scale, is_open, choices: [{value, label, checked, id}], scale: [{value,
// checked, id}], text_value, error, has_error}].
View question_fields(const std::vector<Question>& questions, const Answers& answers,
                     const std::map<std::string, std::string>& errors);

}  // namespace omzien::survey
