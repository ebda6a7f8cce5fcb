#include "features/survey/answer_form.h"

#include <algorithm>

#include "core/text.h"
#include "features/survey/texts.h"

namespace omzien::survey {
namespace {

// The number in `value` when it is a plain decimal in [low, high]; else -1.
int number_in(std::string_view value, int low, int high) {
  if (value.empty() || value.size() > 3) return -1;
  int n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n >= low && n <= high ? n : -1;
}

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace

std::string field_name(const Question& question) { return "q" + std::to_string(question.id); }

AnswerForm AnswerForm::from_request(const http::Request& request, const std::vector<Question>& questions) {
  AnswerForm form;
  for (const auto& q : questions) {
    std::vector<std::string> values;
    for (const auto& raw : request.form.all(field_name(q))) {
      std::string value = trim(raw);
      if (!value.empty() && !has(values, value)) values.push_back(value);
    }
    if (!values.empty()) form.answers[q.id] = std::move(values);
  }
  return form;
}

bool AnswerForm::validate(const std::vector<Question>& questions) {
  errors.clear();
  for (const auto& q : questions) {
    auto it = answers.find(q.id);
    if (it == answers.end()) continue;
    const auto& values = it->second;
    std::string field = field_name(q);
    switch (q.kind) {
      case Kind::OneChoice:
      case Kind::SeveralChoices: {
        int count = static_cast<int>(q.options.size());
        if (q.kind == Kind::OneChoice && values.size() > 1) errors[field] = texts::kChooseOne;
        else if (std::any_of(values.begin(), values.end(), [&](const std::string& v) { return number_in(v, 0, count - 1) < 0; }))
          errors[field] = texts::kChoiceUnknown;
        break;
      }
      case Kind::Scale:
        if (values.size() != 1 || number_in(values[0], 1, q.scale_max) < 0) errors[field] = texts::kScaleOutOfRange;
        break;
      case Kind::Open:
        if (values.size() != 1 || utf8_length(values[0]) > kMaxOpenAnswer || !is_valid_utf8(values[0]))
          errors[field] = texts::kOpenTooLong;
        break;
    }
  }
  if (errors.empty() && answers.empty()) errors["form"] = texts::kNothingAnswered;
  return errors.empty();
}

View question_fields(const std::vector<Question>& questions, const Answers& answers,
                     const std::map<std::string, std::string>& errors) {
  View list = View::list();
  int number = 0;
  for (const auto& q : questions) {
    std::string field = field_name(q);
    auto found = answers.find(q.id);
    const std::vector<std::string> none;
    const auto& values = found == answers.end() ? none : found->second;
    View v;
    v.set("number", ++number).set("field", field).set("text", q.text);
    v.set("is_one", q.kind == Kind::OneChoice).set("is_several", q.kind == Kind::SeveralChoices);
    v.set("is_scale", q.kind == Kind::Scale).set("is_open", q.kind == Kind::Open);
    View choices = View::list();
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      std::string value = std::to_string(i);
      choices.push(View().set("value", value).set("label", q.options[i]).set("checked", has(values, value))
                       .set("id", field + "-" + value));
    }
    View scale = View::list();
    if (q.kind == Kind::Scale)
      for (int i = 1; i <= q.scale_max; ++i) {
        std::string value = std::to_string(i);
        scale.push(View().set("value", value).set("checked", has(values, value)).set("id", field + "-" + value));
      }
    v.set("choices", choices).set("scale", scale).set("scale_max", q.scale_max);
    v.set("text_value", q.kind == Kind::Open && !values.empty() ? values[0] : std::string());
    auto error = errors.find(field);
    v.set("has_error", error != errors.end()).set("error", error != errors.end() ? error->second : std::string());
    list.push(v);
  }
  return list;
}

}  // namespace omzien::survey
