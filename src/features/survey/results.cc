#include "features/survey/results.h"

#include <algorithm>

#include "core/csv.h"
#include "core/text.h"
#include "features/survey/texts.h"

namespace omzien::survey {

std::string answer_text(const Question& question, const std::vector<std::string>& values) {
  if (!is_choice(question.kind)) return values.empty() ? std::string() : values.front();
  std::string out;
  for (const auto& value : values) {
    std::size_t n = 0;
    try {
      n = std::stoul(value);
    } catch (...) {
      continue;
    }
    if (n >= question.options.size()) continue;
    if (!out.empty()) out += " | ";
    out += question.options[n];
  }
  return out;
}

View bar_chart(const QuestionSummary& summary) {
  constexpr int kRow = 44, kLongest = 300;
  int most = 0;
  for (const auto& o : summary.options) most = std::max(most, o.count);
  View bars = View::list();
  int row = 0;
  for (const auto& o : summary.options) {
    int width = most == 0 ? 0 : std::max(o.count > 0 ? 2 : 0, o.count * kLongest / most);
    int top = row * kRow;
    std::string label = utf8_length(o.label) > 48 ? utf8_shorten(o.label, 47) + "…" : o.label;
    bars.push(View().set("label", label).set("count", o.count).set("label_y", top + 15).set("bar_y", top + 21)
                  .set("bar_width", width).set("count_x", width + 6).set("count_y", top + 34));
    ++row;
  }
  return View().set("height", row * kRow + 4).set("bars", bars);
}

std::vector<AnswerRow> answer_rows(const std::vector<Question>& questions, const std::vector<Invitation>& invitations,
                                   const std::map<std::int64_t, Answers>& answers_by_invitation) {
  std::vector<AnswerRow> rows;
  for (const auto& invitation : invitations) {
    auto found = answers_by_invitation.find(invitation.id);
    if (found == answers_by_invitation.end() || found->second.empty()) continue;
    AnswerRow row{.initiative = invitation.initiative_name, .municipality = invitation.municipality_code,
                  .changed_at = invitation.changed_at.value_or(0)};
    for (const auto& q : questions) {
      auto it = found->second.find(q.id);
      row.answers.push_back(it == found->second.end() ? std::string() : answer_text(q, it->second));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string answers_csv(const std::vector<Question>& questions, const std::vector<AnswerRow>& rows) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header = {texts::kCsvInitiative, texts::kCsvMunicipality, texts::kCsvAnsweredAt};
  for (const auto& q : questions) header.push_back(q.text);
  cells.push_back(std::move(header));
  for (const auto& row : rows) {
    std::vector<std::string> line = {row.initiative, row.municipality, format_dutch_datetime(row.changed_at)};
    line.insert(line.end(), row.answers.begin(), row.answers.end());
    cells.push_back(std::move(line));
  }
  return csv::write(cells);
}

}  // namespace omzien::survey
