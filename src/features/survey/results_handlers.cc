// Staff read the results: a chart and a table per question, every answer in one table, and the
// same answers as a CSV file for a spreadsheet.
#include <fmt/core.h>

#include <cstdio>

#include "app/app.h"
#include "features/survey/access.h"
#include "features/survey/handlers.h"
#include "features/survey/results.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::survey {
namespace {

struct Loaded {
  std::vector<Question> questions;
  std::vector<Invitation> invitations;
  std::map<std::int64_t, Answers> answers;
};

Loaded load(App& app, const Survey& survey) {
  return app.db->read([&](db::Connection& c) {
    return Loaded{list_questions(c, survey.id), list_invitations(c, survey.id), answers_of_survey(c, survey.id)};
  });
}

std::string percent(int part, int whole) {
  if (whole == 0) return "0%";
  return std::to_string((part * 100 + whole / 2) / whole) + "%";
}

std::string one_decimal(double value) {
  std::string text = fmt::format("{:.1f}", value);
  std::replace(text.begin(), text.end(), '.', ',');  // Dutch decimal comma
  return text;
}

View question_results(const QuestionSummary& summary, const Question& question, const std::vector<AnswerRow>& rows,
                      int number) {
  View v;
  v.set("number", number).set("text", summary.text).set("answered", summary.answered);
  v.set("is_open", summary.kind == Kind::Open).set("has_chart", summary.kind != Kind::Open);
  v.set("chart_label", fmt::format(fmt::runtime(texts::kChartLabel), number)).set("chart", bar_chart(summary));
  View counts = View::list();
  for (const auto& o : summary.options)
    counts.push(View().set("label", o.label).set("count", o.count).set("percent", percent(o.count, summary.answered)));
  v.set("counts", counts);
  if (summary.average) v.set("average", one_decimal(*summary.average)).set("scale_max", question.scale_max);
  View open = View::list();
  if (summary.kind == Kind::Open)
    for (const auto& row : rows)
      if (!row.answers[number - 1].empty())
        open.push(View().set("initiative", row.initiative).set("text", row.answers[number - 1]));
  v.set("open_answers", open);
  return v;
}

}  // namespace

http::Response show_results(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  Loaded data = load(app, *survey);
  SurveySummary summary = summarize(*survey, data.questions, data.invitations, data.answers);
  auto rows = answer_rows(data.questions, data.invitations, data.answers);
  View questions = View::list();
  View headers = View::list();
  for (std::size_t i = 0; i < data.questions.size(); ++i) {
    questions.push(question_results(summary.questions[i], data.questions[i], rows, static_cast<int>(i + 1)));
    headers.push(View().set("text", data.questions[i].text));
  }
  View table = View::list();
  for (const auto& row : rows) {
    View answers = View::list();
    for (const auto& a : row.answers) answers.push(View().set("text", a));
    table.push(View().set("initiative", row.initiative).set("municipality", municipality_label(row.municipality))
                   .set("changed", format_dutch_datetime(row.changed_at)).set("answers", answers));
  }
  View view;
  view.set("id", survey->id).set("title", survey->title).set("status", status_label(survey->status));
  view.set("invited", summary.invited).set("responses", summary.responses).set("has_responses", summary.responses > 0);
  view.set("response_percent", percent(summary.responses, summary.invited));
  view.set("questions", questions).set("headers", headers).set("rows", table);
  return web::render_page(app, request, "survey/results", std::move(view),
                          {.title = fmt::format(fmt::runtime(texts::kResultsTitle), survey->title)});
}

http::Response download_answers(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  Loaded data = load(app, *survey);
  auto rows = answer_rows(data.questions, data.invitations, data.answers);
  for (auto& row : rows) row.municipality = municipality_label(row.municipality);
  // Answers name initiatives: who downloaded them belongs in the audit log.
  auto logged = app.db->write_void([&](db::Connection& c) {
    return audit::record(c, request_entry(app, request, survey->id, "survey.export", texts::kAuditExported));
  });
  if (!logged) return web::page_for_error(app, request, logged.error());
  http::Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = answers_csv(data.questions, rows);
  response.set_header("Content-Disposition",
                      "attachment; filename=\"peiling-" + std::to_string(survey->id) + "-antwoorden.csv\"");
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace omzien::survey
