#include "features/survey/survey.h"

#include "app/app.h"
#include "features/survey/handlers.h"
#include "features/survey/migrations.h"
#include "features/survey/sending.h"
#include "http/router.h"

namespace omzien::survey {
namespace {

void add_routes(http::Router& r, App& app) {
  using R = http::Request;
  // Staff: compose, send, close.
  r.get("/beheer/peilingen", [&app](R& q) { return show_surveys(app, q); });
  r.get("/beheer/peilingen/nieuw", [&app](R& q) { return show_new_survey_form(app, q); });
  r.post("/beheer/peilingen", [&app](R& q) { return create_survey(app, q); });
  r.get("/beheer/peilingen/{id}", [&app](R& q) { return show_survey(app, q); });
  r.get("/beheer/peilingen/{id}/bewerken", [&app](R& q) { return show_edit_survey_form(app, q); });
  r.post("/beheer/peilingen/{id}/bewerken", [&app](R& q) { return update_survey(app, q); });
  r.post("/beheer/peilingen/{id}/test", [&app](R& q) { return send_test(app, q); });
  r.post("/beheer/peilingen/{id}/versturen", [&app](R& q) { return send(app, q); });
  r.post("/beheer/peilingen/{id}/herinneren", [&app](R& q) { return send_reminder(app, q); });
  r.post("/beheer/peilingen/{id}/sluiten", [&app](R& q) { return close(app, q); });
  r.post("/beheer/peilingen/{id}/verwijderen", [&app](R& q) { return delete_survey(app, q); });
  // Staff: the questions of a draft.
  r.post("/beheer/peilingen/{id}/vragen", [&app](R& q) { return add_question(app, q); });
  r.get("/beheer/peilingen/{id}/vragen/{question}", [&app](R& q) { return show_edit_question_form(app, q); });
  r.post("/beheer/peilingen/{id}/vragen/{question}", [&app](R& q) { return update_question_text(app, q); });
  r.post("/beheer/peilingen/{id}/vragen/{question}/omhoog", [&app](R& q) { return move_question_up(app, q); });
  r.post("/beheer/peilingen/{id}/vragen/{question}/omlaag", [&app](R& q) { return move_question_down(app, q); });
  r.post("/beheer/peilingen/{id}/vragen/{question}/verwijderen", [&app](R& q) { return remove_question(app, q); });
  // Staff: results.
  r.get("/beheer/peilingen/{id}/uitkomsten", [&app](R& q) { return show_results(app, q); });
  r.get("/beheer/peilingen/{id}/antwoorden.csv", [&app](R& q) { return download_answers(app, q); });
  // The personal link: no login, the link is the key.
  r.get("/peiling", [&app](R& q) { return show_response_form(app, q); });
  r.post("/peiling", [&app](R& q) { return save_response(app, q); });
}

void start(App& app) { app.scheduled_jobs.push_back({"survey-mail", send_survey_batches}); }

}  // namespace

Feature feature() { return {"survey", kMigrations, add_routes, nullptr, start}; }

}  // namespace omzien::survey
