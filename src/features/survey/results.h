// The results as people read them: a bar chart per question (server-rendered SVG, its numbers
// also in a table), and every initiative's answers as rows for the table and the CSV file.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/view.h"
#include "features/survey/model.h"
#include "features/survey/summary.h"

namespace omzien::survey {

// What an answer says: chosen options' texts joined with " | ", the scale number, or the text.
std::string answer_text(const Question& question, const std::vector<std::string>& values);

// A horizontal bar chart of one question's counts, for the SVG in the template:
// {height, bars: [{label, count, label_y, bar_y, bar_width, count_x, count_y}]}. The longest bar
// is 300 wide; a label longer than 48 characters is shortened (the table has it whole).
View bar_chart(const QuestionSummary& summary);

// One row per invited initiative that answered: its name, municipality, the date, and an
// answer per question (empty when it skipped one).
struct AnswerRow {
  std::string initiative = {};
  std::string municipality = {};
  Seconds changed_at = 0;
  std::vector<std::string> answers = {};
};
std::vector<AnswerRow> answer_rows(const std::vector<Question>& questions, const std::vector<Invitation>& invitations,
                                   const std::map<std::int64_t, Answers>& answers_by_invitation);

// The CSV file of the answers: a header row, then every row (cells that look like formulas are
// guarded, see core/csv.h).
std::string answers_csv(const std::vector<Question>& questions, const std::vector<AnswerRow>& rows);

}  // namespace omzien::survey
