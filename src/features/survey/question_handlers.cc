// Staff add, change, reorder and remove the questions of a draft. Once a survey is sent its
// questions stay as they are, so every answer keeps meaning what it meant.
#include "app/app.h"
#include "features/survey/access.h"
#include "features/survey/handlers.h"
#include "features/survey/survey_form.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::survey {
namespace {

// The draft of route {id}, or the response to send instead (login, 403, 404, not a draft).
std::variant<Survey, http::Response> draft_of(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  if (survey->status != Status::Draft)
    return web::redirect_with_flash(app, survey_path(survey->id), texts::kNotADraft, "error");
  return *survey;
}

std::optional<Question> question_of(App& app, const http::Request& request, const Survey& survey) {
  auto id = route_number(request, "question");
  if (!id) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_question(c, survey.id, *id); });
}

http::Response render_question_form(App& app, const http::Request& request, const Survey& survey,
                                    const Question& question, const QuestionForm& form, int status) {
  View view;
  view.set("question", form.to_view()).set("id", survey.id).set("question_id", question.id).set("title", survey.title);
  web::add_form_errors(view, form.errors);
  return web::render_page(app, request, "survey/question_form", std::move(view),
                          {.title = texts::kEditQuestionTitle, .status = status});
}

http::Response change(App& app, const http::Request& request, const Survey& survey, std::string_view action,
                      const std::function<Result<void>(db::Connection&)>& work, std::string_view flash) {
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto fresh = find_survey(c, survey.id); !fresh || fresh->status != Status::Draft) return conflict("no draft");
    if (auto r = work(c); !r) return r;
    return audit::record(c, request_entry(app, request, survey.id, std::string(action), texts::kAuditChanged));
  });
  if (!done && done.error().kind == ErrorKind::Conflict)
    return web::redirect_with_flash(app, survey_path(survey.id), texts::kNotADraft, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, survey_path(survey.id) + "#vragen", flash);
}

http::Response move(App& app, const http::Request& request, int direction) {
  auto draft = draft_of(app, request);
  if (auto* response = std::get_if<http::Response>(&draft)) return std::move(*response);
  const Survey& survey = std::get<Survey>(draft);
  auto question = question_of(app, request, survey);
  if (!question) return web::error_page(app, request, 404);
  return change(app, request, survey, "survey.question.move",
                [&](db::Connection& c) { return move_question(c, survey.id, question->id, direction); },
                texts::kQuestionMoved);
}

}  // namespace

http::Response add_question(App& app, const http::Request& request) {
  auto draft = draft_of(app, request);
  if (auto* response = std::get_if<http::Response>(&draft)) return std::move(*response);
  const Survey& survey = std::get<Survey>(draft);
  QuestionForm form = QuestionForm::from_request(request);
  if (!form.validate()) {
    View view;
    view.set("question", form.to_view());
    web::add_form_errors(view, form.errors);
    return render_survey(app, request, survey, std::move(view), 422);
  }
  Question question = form.to_question(survey.id);
  return change(app, request, survey, "survey.question.add",
                [&](db::Connection& c) -> Result<void> {
                  auto id = insert_question(c, question);
                  if (!id) return id.error();
                  return {};
                },
                texts::kQuestionAdded);
}

http::Response show_edit_question_form(App& app, const http::Request& request) {
  auto draft = draft_of(app, request);
  if (auto* response = std::get_if<http::Response>(&draft)) return std::move(*response);
  const Survey& survey = std::get<Survey>(draft);
  auto question = question_of(app, request, survey);
  if (!question) return web::error_page(app, request, 404);
  return render_question_form(app, request, survey, *question, QuestionForm::from_question(*question), 200);
}

http::Response update_question_text(App& app, const http::Request& request) {
  auto draft = draft_of(app, request);
  if (auto* response = std::get_if<http::Response>(&draft)) return std::move(*response);
  const Survey& survey = std::get<Survey>(draft);
  auto question = question_of(app, request, survey);
  if (!question) return web::error_page(app, request, 404);
  QuestionForm form = QuestionForm::from_request(request);
  if (!form.validate()) return render_question_form(app, request, survey, *question, form, 422);
  Question changed = form.to_question(survey.id, question->id);
  return change(app, request, survey, "survey.question.update",
                [&](db::Connection& c) { return update_question(c, changed); }, texts::kQuestionSaved);
}

http::Response move_question_up(App& app, const http::Request& request) { return move(app, request, -1); }
http::Response move_question_down(App& app, const http::Request& request) { return move(app, request, +1); }

http::Response remove_question(App& app, const http::Request& request) {
  auto draft = draft_of(app, request);
  if (auto* response = std::get_if<http::Response>(&draft)) return std::move(*response);
  const Survey& survey = std::get<Survey>(draft);
  auto question = question_of(app, request, survey);
  if (!question) return web::error_page(app, request, 404);
  // Removing cannot be undone: without the ticked box the page comes back with a message by
  // that question's box (a confirmation step that needs no JavaScript).
  if (request.form.get("confirm") != "ja")
    return render_survey(app, request, survey, View().set("unconfirmed_removal", question->id), 422);
  return change(app, request, survey, "survey.question.remove",
                [&](db::Connection& c) { return delete_question(c, survey.id, question->id); },
                texts::kQuestionRemoved);
}

}  // namespace omzien::survey
