// Staff, around the survey's mail: a test to themselves before sending, and one reminder to the
// initiatives that have not answered. Both mail, so both are rate limited per staff member.
#include <fmt/core.h>

#include "app/app.h"
#include "core/text.h"
#include "features/survey/access.h"
#include "features/survey/handlers.h"
#include "features/survey/sending.h"
#include "features/survey/texts.h"
#include "web/guards.h"
#include "web/page.h"

namespace omzien::survey {
namespace {

constexpr int kTestsPerHour = 10;
constexpr int kRemindersPerHour = 5;

// Back to the draft with the same selection, so the page shows what the test showed.
std::string draft_path(std::int64_t id, const std::string& municipality, const std::string& theme) {
  return survey_path(id) + "?gemeente=" + url_encode(municipality) + "&thema=" + url_encode(theme) + "#mail";
}

}  // namespace

http::Response send_test(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  const std::string& municipality = request.form.get("filter_municipality");
  const std::string& theme = request.form.get("filter_theme");
  bool valid = app.db->read([&](db::Connection& c) { return is_valid_selection(c, municipality, theme); });
  if (!valid) return web::redirect_with_flash(app, survey_path(survey->id), texts::kBadSelection, "error");
  std::string back = draft_path(survey->id, municipality, theme);
  if (!app.rate_limiter.allow("survey-test:" + std::to_string(request.viewer.account_id), kTestsPerHour, 3600))
    return web::redirect_with_flash(app, back, texts::kTestTooOften, "error");
  auto done = app.db->write_void(
      [&](db::Connection& c) { return send_test_mail(app, c, *survey, municipality, theme, request.viewer); });
  if (!done) return web::page_for_error(app, request, done.error());
  return web::redirect_with_flash(app, back, fmt::format(fmt::runtime(texts::kTestSent), request.viewer.email));
}

http::Response send_reminder(App& app, const http::Request& request) {
  if (auto denied = web::require_staff(app, request)) return *denied;
  auto survey = survey_of(app, request);
  if (!survey) return web::error_page(app, request, 404);
  std::string path = survey_path(survey->id);
  if (!app.rate_limiter.allow("survey-remind:" + std::to_string(request.viewer.account_id), kRemindersPerHour, 3600))
    return web::redirect_with_flash(app, path, texts::kSendTooOften, "error");
  auto count = app.db->write<int>([&](db::Connection& c) { return remind(app, c, *survey, request.viewer); });
  if (!count && count.error().kind == ErrorKind::Conflict)
    return web::redirect_with_flash(app, path, texts::kNotOpen, "error");
  if (!count) return web::page_for_error(app, request, count.error());
  if (*count == 0) return web::redirect_with_flash(app, path, texts::kNobodyToRemind, "error");
  return web::redirect_with_flash(app, path, fmt::format(fmt::runtime(texts::kReminded), *count));
}

}  // namespace omzien::survey
