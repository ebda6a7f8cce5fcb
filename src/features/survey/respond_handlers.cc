// The page behind the personal link. The link is the key, so no login is needed; opening it
// only shows the form (mail scanners open links), and only sending the form saves. The same
// link shows and changes the initiative's one answer until staff close the survey.
#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "features/survey/answer_form.h"
#include "features/survey/handlers.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "web/page.h"

namespace omzien::survey {
namespace {

constexpr int kSavesPerHour = 60;  // per IP address: plenty for people, little for guessing

struct Found {
  Invitation invitation;
  Survey survey;
  std::vector<Question> questions;
};

std::optional<Found> find_by_token(App& app, std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<Found> {
    auto invitation = find_invitation_by_token_hash(c, hash_token(token));
    if (!invitation) return std::nullopt;
    auto survey = find_survey(c, invitation->survey_id);
    if (!survey) return std::nullopt;
    return Found{*invitation, *survey, list_questions(c, survey->id)};
  });
}

http::Response render_unknown(App& app, const http::Request& request) {
  View view;
  view.set("unknown", true).set("contact_email", app.config.contact_email);
  return web::render_page(app, request, "survey/respond", std::move(view),
                          {.title = texts::kLinkUnknownTitle, .status = 404, .no_referrer = true});
}

http::Response render_form(App& app, const http::Request& request, const Found& found, std::string_view token,
                           const Answers& answers, const std::map<std::string, std::string>& errors, int status) {
  View view;
  view.set("initiative", found.invitation.initiative_name).set("survey_title", found.survey.title);
  view.set("intro", found.survey.intro).set("has_intro", !found.survey.intro.empty());
  view.set("contact_email", app.config.contact_email);
  if (found.survey.status != Status::Open) {
    view.set("closed", true).set("answered", found.invitation.answered_at.has_value());
    return web::render_page(app, request, "survey/respond", std::move(view),
                            {.title = texts::kClosedTitle, .status = status, .no_referrer = true});
  }
  view.set("open", true).set("token", std::string(token)).set("answered", found.invitation.answered_at.has_value());
  if (found.invitation.changed_at) view.set("changed_at", format_dutch_datetime(*found.invitation.changed_at));
  view.set("fields", question_fields(found.questions, answers, errors));
  std::map<std::string, std::string> listed = errors;
  web::add_form_errors(view, listed);
  if (auto it = errors.find("form"); it != errors.end()) view.set("form_error", it->second);
  return web::render_page(app, request, "survey/respond", std::move(view),
                          {.title = found.survey.title, .status = status, .no_referrer = true});
}

}  // namespace

http::Response show_response_form(App& app, const http::Request& request) {
  std::string token = request.query.get("t");
  auto found = find_by_token(app, token);
  if (!found) return render_unknown(app, request);
  Answers answers = app.db->read([&](db::Connection& c) { return load_answers(c, found->invitation.id); });
  return render_form(app, request, *found, token, answers, {}, 200);
}

http::Response save_response(App& app, const http::Request& request) {
  if (!app.rate_limiter.allow("survey-answer:" + request.remote_ip, kSavesPerHour, 3600))
    return web::error_page(app, request, 429);
  std::string token = request.form.get("t");
  auto found = find_by_token(app, token);
  if (!found) return render_unknown(app, request);
  if (found->survey.status != Status::Open) return render_form(app, request, *found, token, {}, {}, 409);
  AnswerForm form = AnswerForm::from_request(request, found->questions);
  if (!form.validate(found->questions))
    return render_form(app, request, *found, token, form.answers, form.errors, 422);
  auto saved = app.db->write_void([&](db::Connection& c) -> Result<void> {
    // Closed between showing the form and saving it: the answer no longer counts.
    auto survey = find_survey(c, found->survey.id);
    if (!survey || survey->status != Status::Open) return conflict("survey closed");
    if (auto r = replace_answers(c, found->invitation.id, form.answers, app.clock.now()); !r) return r;
    // Whoever holds the link answers for the initiative; the log names the initiative (public),
    // never the person or an address.
    return audit::record(c, {.at = app.clock.now(),
                             .actor_label = std::string(texts::kAuditRecipient),
                             .action = "survey.answer",
                             .subject = "survey:" + std::to_string(found->survey.id),
                             .detail = fmt::format(fmt::runtime(texts::kAuditAnswered), found->invitation.initiative_name)});
  });
  if (!saved && saved.error().kind == ErrorKind::Conflict) {
    found->survey.status = Status::Closed;
    return render_form(app, request, *found, token, {}, {}, 409);
  }
  if (!saved) return web::page_for_error(app, request, saved.error());
  return web::redirect_with_flash(app, "/peiling?t=" + token, texts::kAnswerSaved);
}

}  // namespace omzien::survey
