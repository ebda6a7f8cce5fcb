// Handlers of the needs survey. Staff pages check require_staff at their start; the page behind
// the personal link needs no login (the link is the key) and only its POST saves.
#pragma once

#include "core/view.h"
#include "features/survey/model.h"
#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::survey {

// Staff: the list, a new survey, one survey (compose, send, close), its texts, deleting a draft.
http::Response show_surveys(App& app, const http::Request& request);
http::Response show_new_survey_form(App& app, const http::Request& request);
http::Response create_survey(App& app, const http::Request& request);
http::Response show_survey(App& app, const http::Request& request);
http::Response show_edit_survey_form(App& app, const http::Request& request);
http::Response update_survey(App& app, const http::Request& request);
http::Response send(App& app, const http::Request& request);
http::Response close(App& app, const http::Request& request);
http::Response delete_survey(App& app, const http::Request& request);

// Staff: a test mail to themselves (draft), a reminder to those who did not answer (open).
http::Response send_test(App& app, const http::Request& request);
http::Response send_reminder(App& app, const http::Request& request);

// The survey page (staff_handlers.cc); `view` may hold a question form with its errors, or
// "unconfirmed_removal": the id of a question whose removal needs the ticked box first.
http::Response render_survey(App& app, const http::Request& request, const Survey& survey, View view, int status);

// Staff, while the survey is a draft: questions.
http::Response add_question(App& app, const http::Request& request);
http::Response show_edit_question_form(App& app, const http::Request& request);
http::Response update_question_text(App& app, const http::Request& request);
http::Response move_question_up(App& app, const http::Request& request);
http::Response move_question_down(App& app, const http::Request& request);
http::Response remove_question(App& app, const http::Request& request);

// Staff: results as charts and tables, and the answers as CSV.
http::Response show_results(App& app, const http::Request& request);
http::Response download_answers(App& app, const http::Request& request);

// Anyone with a personal link: the form (GET) and saving it (POST).
http::Response show_response_form(App& app, const http::Request& request);
http::Response save_response(App& app, const http::Request& request);

}  // namespace omzien::survey
