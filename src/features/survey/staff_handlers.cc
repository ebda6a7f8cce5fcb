// Staff compose a survey, see who would get it, send it, and close it.
#include <fmt/core.h>

#include "app/app.h"
#include "core/clock.h"
#include "features/survey/access.h"
#include "features/survey/handlers.h"
#include "features/survey/reminder_store.h"
#include "features/survey/sending.h"
#include "features/survey/survey_form.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::survey {
namespace {

// Sending mails many initiatives at once: a slip of the finger should not do it twice an hour.
constexpr int kSendsPerHour = 5;

std::string_view delivery_label(Delivery d) {
  return d == Delivery::WillReceive ? texts::kDeliveryWill
         : d == Delivery::OptedOut  ? texts::kDeliveryOptedOut
                                    : texts::kDeliveryNoEmail;
}

// `unconfirmed_removal`: the id of the question whose removal came without the ticked box; only
// that question gets the message, by its own box.
View questions_view(const std::vector<Question>& questions, std::string_view unconfirmed_removal) {
  View list = View::list();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    bool refused = std::to_string(q.id) == unconfirmed_removal;
    View options = View::list();
    for (const auto& o : q.options) options.push(View(o));
    list.push(View().set("id", q.id).set("number", static_cast<int>(i + 1)).set("text", q.text)
                  .set("kind", texts::kKindLabels[static_cast<int>(q.kind)]).set("options", options)
                  .set("has_options", !q.options.empty()).set("is_scale", q.kind == Kind::Scale)
                  .set("scale_max", q.scale_max).set("first", i == 0).set("last", i + 1 == questions.size())
                  .set("remove_error", refused ? texts::kConfirmRemoveQuestion : ""));
  }
  return list;
}

// The draft's part of the page: who would get it with the chosen selection, and the mail as
// the first of them would get it.
void add_selection(App& app, const http::Request& request, db::Connection& c, const Survey& survey, View& view) {
  std::string municipality = request.query.get("gemeente");
  std::string theme = request.query.get("thema");
  if (!is_valid_selection(c, municipality, theme)) municipality.clear(), theme.clear();
  View list = View::list();
  int will = 0, opted_out = 0, no_email = 0;
  for (const auto& r : select_recipients(app, c, municipality, theme)) {
    will += r.delivery == Delivery::WillReceive;
    opted_out += r.delivery == Delivery::OptedOut;
    no_email += r.delivery == Delivery::NoEmail;
    list.push(View().set("name", r.name).set("municipality", municipality_label(r.municipality_code))
                  .set("delivery", delivery_label(r.delivery)).set("will_receive", r.delivery == Delivery::WillReceive)
                  .set("addresses", static_cast<int>(r.addresses.size())));
  }
  view.set("municipality_options", municipality_options(municipality)).set("theme_options", theme_options(c, theme));
  view.set("filter_municipality", municipality).set("filter_theme", theme);
  view.set("recipients", list).set("has_recipients", !list.empty_list()).set("will_receive", will);
  view.set("opted_out_count", opted_out).set("has_opted_out", opted_out > 0);
  view.set("no_email_count", no_email).set("has_no_email", no_email > 0);
  MailPreview preview = preview_mail(app, c, survey, municipality, theme);
  view.set("preview_subject", preview.subject).set("preview_text", preview.text).set("preview_for", preview.example);
}

// The sent survey's part of the page: who was invited and who answered.
void add_invitations(db::Connection& c, const Survey& survey, View& view) {
  View list = View::list();
  int answered = 0;
  auto invitations = list_invitations(c, survey.id);
  for (const auto& i : invitations) {
    answered += i.answered_at.has_value();
    list.push(View().set("name", i.initiative_name).set("municipality", municipality_label(i.municipality_code))
                  .set("answered", i.answered_at ? format_dutch_datetime(*i.changed_at) : std::string(texts::kNoAnswerYet))
                  .set("mailed", i.mailed_at.has_value()).set("addresses", i.addresses));
  }
  view.set("invitations", list).set("invited", static_cast<int>(invitations.size())).set("answered", answered);
  view.set("sent_to", municipality_label(survey.filter_municipality) + ", " + theme_label(c, survey.filter_theme));
  ReminderState reminders = reminder_state(c, survey.id);
  int remindable = count_remindable(c, survey.id);
  view.set("remindable", remindable).set("can_remind", remindable > 0 && survey.status == Status::Open);
  view.set("reminded", reminders.asked).set("reminders_sent", reminders.sent).set("has_reminded", reminders.asked > 0);
  if (reminders.last_asked_at) view.set("reminded_at", format_dutch_datetime(*reminders.last_asked_at));
}

}  // namespace

// The survey page; `view` may already hold a question form with errors (status 422).
http::Response render_survey(App& app, const http::Request& request, const Survey& survey, View view, int status) {
  app.db->read([&](db::Connection& c) {
    auto questions = list_questions(c, survey.id);
    const View* unconfirmed = view.find("unconfirmed_removal");
    view.set("questions", questions_view(questions, unconfirmed ? unconfirmed->text() : ""));
    view.set("has_questions", !questions.empty());
    if (survey.status == Status::Draft) add_selection(app, request, c, survey, view);
    else add_invitations(c, survey, view);
    return 0;
  });
  view.set("id", survey.id).set("survey_id", survey.id).set("title", survey.title).set("intro", survey.intro).set("has_intro", !survey.intro.empty());
  view.set("status", status_label(survey.status)).set("draft", survey.status == Status::Draft);
  view.set("open", survey.status == Status::Open).set("closed", survey.status == Status::Closed);
  if (survey.sent_at) view.set("sent_at", format_dutch_datetime(*survey.sent_at));
  if (survey.closed_at) view.set("closed_at", format_dutch_datetime(*survey.closed_at));
  if (!view.find("question")) view.set("question", QuestionForm{.kind = "een"}.to_view());
  return web::render_page(app, request, "survey/survey", std::move(view), {.title = survey.title, .status = status});
}

namespace {

http::Response render_survey_form(App& app, const http::Request& request, const SurveyForm& form,
                                  std::optional<std::int64_t> id, int status) {
  View view = form.to_view();
  web::add_form_errors(view, form.errors);
  view.set("editing", id.has_value()).set("action", id ? survey_path(*id) + "/bewerken" : std::string("/beheer/peilingen"));
  if (id) view.set("id", *id);
  return web::render_page(app, request, "survey/survey_form", std::move(view),
                          {.title = id ? texts::kEditSurveyTitle : texts::kNewSurveyTitle, .status = status});
}

}  // namespace

http::Response show_surveys(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  View list = View::list();
  app.db->read([&](db::Connection& c) {
    for (const auto& s : list_surveys(c)) {
      auto invitations = list_invitations(c, s.id);
      int answered = 0;
      for (const auto& i : invitations) answered += i.answered_at.has_value();
      list.push(View().set("id", s.id).set("title", s.title).set("status", status_label(s.status))
                    .set("created", format_dutch_date(s.created_at)).set("draft", s.status == Status::Draft)
                    .set("invited", static_cast<int>(invitations.size())).set("answered", answered));
    }
    return 0;
  });
  View view;
  view.set("surveys", list).set("none", list.empty_list());
  return web::render_page(app, request, "survey/surveys", std::move(view), {.title = texts::kSurveysTitle});
}

http::Response show_new_survey_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  return render_survey_form(app, request, SurveyForm{}, std::nullopt, 200);
}

http::Response create_survey(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  SurveyForm form = SurveyForm::from_request(request);
  if (!form.validate()) return render_survey_form(app, request, form, std::nullopt, 422);
  Survey survey{.title = form.title, .intro = form.intro, .created_by = request.viewer.account_id,
                .created_at = app.clock.now()};
  auto id = app.db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
    auto saved = insert_survey(c, survey);
    if (!saved) return saved;
    if (auto r = audit::record(c, request_entry(app, request, *saved, "survey.create", texts::kAuditCreated)); !r)
      return r.error();
    return saved;
  });
  if (!id) return web::page_for_error(app, request, id.error());
  return web::redirect_with_flash(app, survey_path(*id), texts::kSurveySaved);
}

http::Response show_survey(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  return render_survey(app, request, *survey, View(), 200);
}

http::Response show_edit_survey_form(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  if (survey->status != Status::Draft)
    return web::redirect_with_flash(app, survey_path(survey->id), texts::kNotADraft, "error");
  return render_survey_form(app, request, SurveyForm::from_survey(*survey), survey->id, 200);
}

http::Response update_survey(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  if (survey->status != Status::Draft)
    return web::redirect_with_flash(app, survey_path(survey->id), texts::kNotADraft, "error");
  SurveyForm form = SurveyForm::from_request(request);
  if (!form.validate()) return render_survey_form(app, request, form, survey->id, 422);
  survey->title = form.title;
  survey->intro = form.intro;
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = update_survey_texts(c, *survey); !r) return r;
    return audit::record(c, request_entry(app, request, survey->id, "survey.update", texts::kAuditChanged));
  });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, survey_path(survey->id), texts::kSurveySaved);
}

http::Response send(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  std::string path = survey_path(survey->id);
  if (survey->status != Status::Draft) return web::redirect_with_flash(app, path, texts::kNotADraft, "error");
  const std::string& municipality = request.form.get("filter_municipality");
  const std::string& theme = request.form.get("filter_theme");
  bool valid = app.db->read([&](db::Connection& c) { return is_valid_selection(c, municipality, theme); });
  if (!valid) return web::redirect_with_flash(app, path, texts::kBadSelection, "error");
  bool has_questions = app.db->read([&](db::Connection& c) { return !list_questions(c, survey->id).empty(); });
  if (!has_questions) return web::redirect_with_flash(app, path, texts::kNoQuestions, "error");
  if (!app.rate_limiter.allow("survey-send:" + std::to_string(request.viewer.account_id), kSendsPerHour, 3600))
    return web::redirect_with_flash(app, path, texts::kSendTooOften, "error");
  auto sent = app.db->write<int>([&](db::Connection& c) -> Result<int> {
    // Nobody to send to: roll back, so the survey stays a draft and the selection can change.
    auto count = send_survey(app, c, *survey, municipality, theme, request.viewer);
    if (count && *count == 0) return Error{ErrorKind::Invalid, "no recipients"};
    return count;
  });
  if (!sent && sent.error().kind == ErrorKind::Invalid) return web::redirect_with_flash(app, path, texts::kNoRecipients, "error");
  if (!sent && sent.error().kind == ErrorKind::Conflict) return web::redirect_with_flash(app, path, texts::kNotADraft, "error");
  if (!sent) return web::page_for_error(app, request, sent.error());
  return web::redirect_with_flash(app, path, fmt::format(fmt::runtime(texts::kSent), *sent));
}

namespace {

// Closing and deleting cannot be undone: without the ticked box the page comes back with a
// message by it (a confirmation step that needs no JavaScript).
http::Response ask_to_confirm(App& app, const http::Request& request, const Survey& survey, const char* field,
                              const char* message) {
  View view;
  view.set(field, message);
  return render_survey(app, request, survey, std::move(view), 422);
}

}  // namespace

http::Response close(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  if (survey->status == Status::Open && request.form.get("confirm") != "ja")
    return ask_to_confirm(app, request, *survey, "close_error", texts::kConfirmClose);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = close_survey(c, survey->id, app.clock.now()); !r) return r;
    return audit::record(c, request_entry(app, request, survey->id, "survey.close", texts::kAuditClosed));
  });
  if (!done && done.error().kind == ErrorKind::Conflict)
    return web::redirect_with_flash(app, survey_path(survey->id), texts::kNotOpen, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, survey_path(survey->id), texts::kClosed);
}

http::Response delete_survey(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  if (survey->status == Status::Draft && request.form.get("confirm") != "ja")
    return ask_to_confirm(app, request, *survey, "delete_error", texts::kConfirmDelete);
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    if (auto r = delete_draft(c, survey->id); !r) return r;
    return audit::record(c, request_entry(app, request, survey->id, "survey.delete", texts::kAuditDeleted));
  });
  if (!done && done.error().kind == ErrorKind::Conflict)
    return web::redirect_with_flash(app, survey_path(survey->id), texts::kNotADraft, "error");
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, "/beheer/peilingen", texts::kDeleted);
}

}  // namespace omzien::survey
