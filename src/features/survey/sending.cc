#include "features/survey/sending.h"

#include <fmt/core.h>

#include <algorithm>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/log.h"
#include "core/text.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/taxonomy.h"
#include "features/outreach/opt_out.h"
#include "features/survey/reminder_store.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "geo/geo.h"
#include "web/compose_mail.h"

namespace omzien::survey {
namespace {

// Every address of the initiative, opted-out ones left out; `had_any` tells whether it had any.
std::vector<std::string> addresses_of(App& app, db::Connection& c, const initiatives::Initiative& initiative,
                                      bool& had_any) {
  std::vector<std::string> candidates;
  for (const auto& manager : initiatives::list_managers(c, initiative.id))
    if (!manager.email.empty()) candidates.push_back(normalize_email(manager.email));
  // An initiative nobody runs yet (imported, unclaimed) is reached at its contact address.
  if (candidates.empty() && is_valid_email(initiative.contact_email))
    candidates.push_back(normalize_email(initiative.contact_email));
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  had_any = !candidates.empty();
  std::vector<std::string> out;
  for (const auto& address : candidates)
    if (!outreach::is_opted_out(app, c, address)) out.push_back(address);
  return out;
}

bool in_selection(const initiatives::Initiative& i, std::string_view municipality, std::string_view theme) {
  if (!municipality.empty() && i.municipality_code != municipality) return false;
  if (!theme.empty() && std::find(i.themes.begin(), i.themes.end(), theme) == i.themes.end()) return false;
  return true;
}

audit::Entry entry(const App& app, const Viewer& who, std::int64_t survey_id, std::string action, std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = who.account_id ? std::optional(who.account_id) : std::nullopt,
          .actor_label = who.display_name(),
          .action = std::move(action),
          .subject = "survey:" + std::to_string(survey_id),
          .detail = std::move(detail)};
}

enum class MailKind { Invitation, Reminder, Test };

mail::Message compose_invitation(const App& app, const Survey& survey, std::string_view initiative_name,
                                 const std::string& address, const std::string& link,
                                 const outreach::OptOutUrls& opt_out, MailKind kind) {
  View view;
  view.set("initiative", initiative_name).set("title", survey.title).set("intro", survey.intro);
  view.set("has_intro", !survey.intro.empty()).set("link", link).set("unsubscribe_url", opt_out.page);
  view.set("reminder", kind == MailKind::Reminder);
  std::string subject =
      fmt::format(fmt::runtime(kind == MailKind::Reminder ? texts::kReminderSubject : texts::kMailSubject), survey.title);
  if (kind == MailKind::Test) subject = texts::kTestSubjectPrefix + subject;
  mail::Message message = web::compose_mail(app, address, subject, "survey/mail_invitation", view);
  message.reply_to = app.config.contact_email;
  message.kind = kind == MailKind::Reminder ? "survey-reminder" : kind == MailKind::Test ? "test" : "survey";
  outreach::set_opt_out_headers(message, opt_out);
  return message;
}

struct Queued {
  std::string token_hash;
  int addresses = 0;
};

// Queues one invitation's mail (with a new personal link) to every address that may get it.
// The addresses are looked up now: someone may have opted out since the survey went out.
Result<Queued> queue_mails(App& app, db::Connection& c, const Survey& survey, const Invitation& invitation,
                           MailKind kind) {
  std::vector<std::string> addresses;
  if (invitation.initiative_id) {
    if (auto initiative = initiatives::find_initiative(c, *invitation.initiative_id)) {
      bool had_any = false;
      addresses = addresses_of(app, c, *initiative, had_any);
    }
  }
  std::string token = random_token(32);
  std::string link = app.url("/peiling?t=" + token);
  for (const auto& address : addresses) {
    auto opt_out = outreach::make_opt_out_urls(app, c, address);
    if (!opt_out) return opt_out.error();
    mail::Message message = compose_invitation(app, survey, invitation.initiative_name, address, link, *opt_out, kind);
    if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  }
  return Queued{hash_token(token), static_cast<int>(addresses.size())};
}

}  // namespace

bool is_valid_selection(db::Connection& c, std::string_view municipality, std::string_view theme) {
  if (!municipality.empty() && municipality != geo::kProvinceCode) {
    auto found = geo::find_municipality(municipality);
    if (!found || found->code != municipality) return false;
  }
  if (theme.empty()) return true;
  auto themes = initiatives::list_terms(c, initiatives::Taxonomy::Themes);
  return std::any_of(themes.begin(), themes.end(), [&](const initiatives::Term& t) { return t.id == theme; });
}

std::vector<Recipient> select_recipients(App& app, db::Connection& c, std::string_view municipality,
                                         std::string_view theme) {
  std::vector<Recipient> out;
  for (const auto& initiative : initiatives::list_initiatives(c, initiatives::Which::Published)) {
    if (!in_selection(initiative, municipality, theme)) continue;
    bool had_any = false;
    Recipient r{.initiative_id = initiative.id, .name = initiative.name,
                .municipality_code = initiative.municipality_code};
    r.addresses = addresses_of(app, c, initiative, had_any);
    r.delivery = !had_any ? Delivery::NoEmail : r.addresses.empty() ? Delivery::OptedOut : Delivery::WillReceive;
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const Recipient& a, const Recipient& b) {
    return dutch_sort_key(a.name) < dutch_sort_key(b.name);
  });
  return out;
}

Result<int> send_survey(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                        std::string_view theme, const Viewer& sender) {
  Seconds now = app.clock.now();
  if (auto r = open_survey(c, survey.id, municipality, theme, now); !r) return r.error();
  int count = 0;
  for (const auto& r : select_recipients(app, c, municipality, theme)) {
    if (r.delivery != Delivery::WillReceive) continue;
    Invitation invitation{.survey_id = survey.id, .initiative_id = r.initiative_id, .initiative_name = r.name,
                          .municipality_code = r.municipality_code, .created_at = now};
    if (auto id = insert_invitation(c, invitation); !id) return id.error();
    ++count;
  }
  if (auto r = audit::record(c, entry(app, sender, survey.id, "survey.send",
                                      fmt::format(fmt::runtime(texts::kAuditSent), count)));
      !r)
    return r.error();
  if (auto r = send_batch(app, c, survey); !r) return r.error();
  return count;
}

Result<void> send_batch(App& app, db::Connection& c, const Survey& survey) {
  Seconds now = app.clock.now();
  int budget = kMailsPerBatch;
  for (const auto& invitation : waiting_invitations(c, survey.id, budget)) {
    auto queued = queue_mails(app, c, survey, invitation, MailKind::Invitation);
    if (!queued) return queued.error();
    if (auto r = mark_invitation_mailed(c, invitation.id, queued->token_hash, queued->addresses, now); !r) return r;
    --budget;
  }
  // Reminders wait for the first mails: nobody gets a reminder before the invitation.
  for (const auto& invitation : budget > 0 ? due_reminders(c, survey.id, budget) : std::vector<Invitation>{}) {
    auto queued = queue_mails(app, c, survey, invitation, MailKind::Reminder);
    if (!queued) return queued.error();
    if (auto r = mark_reminded(c, invitation.id, queued->token_hash, now); !r) return r;
  }
  return set_last_batch(c, survey.id, now);
}

Result<int> remind(App& app, db::Connection& c, const Survey& survey, const Viewer& sender) {
  if (survey.status != Status::Open) return conflict("survey is not open");
  auto count = request_reminders(c, survey.id, app.clock.now());
  if (!count) return count.error();
  if (auto r = audit::record(c, entry(app, sender, survey.id, "survey.remind",
                                      fmt::format(fmt::runtime(texts::kAuditReminded), *count)));
      !r)
    return r.error();
  if (auto r = send_batch(app, c, survey); !r) return r.error();
  return *count;
}

namespace {

// The example recipient: the first initiative of the selection that will get the mail.
std::string example_initiative(App& app, db::Connection& c, std::string_view municipality, std::string_view theme) {
  for (const auto& r : select_recipients(app, c, municipality, theme))
    if (r.delivery == Delivery::WillReceive) return r.name;
  return texts::kExampleInitiative;
}

// A test's links point nowhere: opening them must not answer for, or opt out, anyone.
outreach::OptOutUrls test_opt_out(const App& app) {
  return {app.url("/afmelden?t=test"), app.url("/afmelden/een-klik?t=test")};
}

}  // namespace

MailPreview preview_mail(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                         std::string_view theme) {
  std::string example = example_initiative(app, c, municipality, theme);
  auto message = compose_invitation(app, survey, example, "", app.url("/peiling?t=test"), test_opt_out(app),
                                    MailKind::Invitation);
  return {message.subject, message.text, example};
}

Result<void> send_test_mail(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                            std::string_view theme, const Viewer& sender) {
  std::string example = example_initiative(app, c, municipality, theme);
  auto message = compose_invitation(app, survey, example, sender.email, app.url("/peiling?t=test"), test_opt_out(app),
                                    MailKind::Test);
  message.to_name = sender.name;
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  return audit::record(c, entry(app, sender, survey.id, "survey.test", texts::kAuditTestSent));
}

void send_survey_batches(App& app) {
  Seconds now = app.clock.now();
  auto surveys = app.db->read([](db::Connection& c) { return list_surveys_with_waiting_mail(c); });
  for (const auto& survey : surveys) {
    if (survey.last_batch_at && now - *survey.last_batch_at < kBatchInterval) continue;
    auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
      auto fresh = find_survey(c, survey.id);  // it may have been closed meanwhile
      if (!fresh || fresh->status != Status::Open) return {};
      return send_batch(app, c, *fresh);
    });
    if (!done) log_error("survey {} batch failed: {}", survey.id, done.error().detail);
  }
}

}  // namespace omzien::survey
