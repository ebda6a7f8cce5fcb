#include "features/survey/survey_form.h"

#include <algorithm>

#include "core/text.h"
#include "features/survey/texts.h"

namespace omzien::survey {
namespace {

// Options as typed: one per line, trimmed, empty lines left out.
std::vector<std::string> option_lines(std::string_view typed) {
  std::vector<std::string> out;
  for (const auto& line : split(typed, '\n')) {
    std::string tidy = trim(line);
    if (!tidy.empty()) out.push_back(tidy);
  }
  return out;
}

int scale_number(std::string_view typed) {
  std::string tidy = trim(typed);
  if (tidy.empty() || tidy.size() > 2 || !std::all_of(tidy.begin(), tidy.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  return std::stoi(tidy);
}

}  // namespace

SurveyForm SurveyForm::from_request(const http::Request& request) {
  return {.title = trim(request.form.get("title")), .intro = trim(request.form.get("intro"))};
}

SurveyForm SurveyForm::from_survey(const Survey& survey) { return {.title = survey.title, .intro = survey.intro}; }

bool SurveyForm::validate() {
  errors.clear();
  if (title.empty()) errors["title"] = texts::kTitleRequired;
  else if (utf8_length(title) > kMaxTitle || has_control_characters(title)) errors["title"] = texts::kTitleTooLong;
  if (utf8_length(intro) > kMaxIntro) errors["intro"] = texts::kIntroTooLong;
  return errors.empty();
}

View SurveyForm::to_view() const { return View().set("title", title).set("intro", intro); }

QuestionForm QuestionForm::from_request(const http::Request& request) {
  return {.kind = request.form.get("kind"),
          .text = trim(request.form.get("text")),
          .options = request.form.get("options"),
          .scale_max = request.form.get("scale_max")};
}

QuestionForm QuestionForm::from_question(const Question& question) {
  std::string options;
  for (const auto& option : question.options) options += option + "\n";
  return {.kind = std::string(kind_id(question.kind)),
          .text = question.text,
          .options = options,
          .scale_max = std::to_string(question.scale_max)};
}

bool QuestionForm::validate() {
  errors.clear();
  if (text.empty()) errors["text"] = texts::kQuestionRequired;
  else if (utf8_length(text) > kMaxQuestion || has_control_characters(text)) errors["text"] = texts::kQuestionTooLong;
  auto parsed = parse_kind(kind);
  if (!parsed) {
    errors["kind"] = texts::kKindRequired;
    return false;
  }
  if (is_choice(*parsed)) {
    auto lines = option_lines(options);
    std::vector<std::string> folded;
    for (const auto& line : lines) folded.push_back(fold(line));
    std::sort(folded.begin(), folded.end());
    if (lines.size() < 2) errors["options"] = texts::kOptionsTooFew;
    else if (lines.size() > static_cast<std::size_t>(kMaxOptions)) errors["options"] = texts::kOptionsTooMany;
    else if (std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return utf8_length(l) > kMaxOption || has_control_characters(l); }))
      errors["options"] = texts::kOptionTooLong;
    else if (std::adjacent_find(folded.begin(), folded.end()) != folded.end()) errors["options"] = texts::kOptionsTwice;
  }
  if (*parsed == Kind::Scale) {
    int max = scale_number(scale_max);
    if (max < 2 || max > 10) errors["scale_max"] = texts::kScaleInvalid;
  }
  return errors.empty();
}

Question QuestionForm::to_question(std::int64_t survey_id, std::int64_t question_id) const {
  Question q{.id = question_id, .survey_id = survey_id, .kind = parse_kind(kind).value_or(Kind::Open), .text = text};
  if (is_choice(q.kind)) q.options = option_lines(options);
  if (q.kind == Kind::Scale) q.scale_max = scale_number(scale_max);
  return q;
}

View QuestionForm::to_view() const {
  View kinds = View::list();
  for (Kind k : kKinds) {
    std::string id(kind_id(k));
    kinds.push(View().set("value", id).set("label", texts::kKindLabels[static_cast<int>(k)]).set("selected", id == kind)
                   .set("id", "kind-" + id));
  }
  View v;
  v.set("kind_options", kinds).set("text", text).set("options", options);
  v.set("scale_max", scale_max.empty() ? std::to_string(kDefaultScaleMax) : scale_max);
  return v;
}

}  // namespace omzien::survey
