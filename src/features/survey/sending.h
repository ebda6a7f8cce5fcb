// Who gets a survey and how it goes out. Each invited initiative gets one personal link, mailed
// to its beheerders (or, when it has none, to its contact address). Addresses that opted out of
// the foundation's mail (outreach's opt-out list) are left out, and every mail carries an opt-out
// link of that same list. The outbox gets the mails at a gentle rate: a batch right away, then a
// batch a minute from the scheduled job. Staff can ask for one reminder to those who have not
// answered; it goes out the same way, with a new link (the first keeps working).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/viewer.h"
#include "db/db.h"
#include "features/survey/model.h"

namespace omzien {
struct App;
}

namespace omzien::survey {

inline constexpr int kMailsPerBatch = 20;   // initiatives per minute
inline constexpr Seconds kBatchInterval = 60;

enum class Delivery { WillReceive, OptedOut, NoEmail };
struct Recipient {
  std::int64_t initiative_id = 0;
  std::string name = {};
  std::string municipality_code = {};
  std::vector<std::string> addresses = {};  // those that will get the mail
  Delivery delivery = Delivery::WillReceive;
};

// True when `municipality` is "" or a known code, and `theme` is "" or a known theme.
bool is_valid_selection(db::Connection& c, std::string_view municipality, std::string_view theme);
// Published initiatives in the selection ("" means all), by name, each with where the mail goes.
std::vector<Recipient> select_recipients(App& app, db::Connection& c, std::string_view municipality,
                                         std::string_view theme);

// Opens the draft: an invitation for each recipient that can receive it, then the first batch.
// Returns how many initiatives are invited. Fails with Conflict when the survey is no draft.
Result<int> send_survey(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                        std::string_view theme, const Viewer& sender);

// Asks for a reminder to every initiative that got the survey and has not answered, then sends
// the first batch. Returns how many. Fails with Conflict when the survey is not open.
Result<int> remind(App& app, db::Connection& c, const Survey& survey, const Viewer& sender);

// The mail as a recipient gets it, with the links pointing nowhere (for the preview and the test).
struct MailPreview {
  std::string subject;
  std::string text;
  std::string example;  // the initiative whose name fills the mail
};
MailPreview preview_mail(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                         std::string_view theme);
// Sends the preview to the sender's own address, marked as a test.
Result<void> send_test_mail(App& app, db::Connection& c, const Survey& survey, std::string_view municipality,
                            std::string_view theme, const Viewer& sender);

// One batch of a survey's waiting invitations and reminders, in the caller's transaction.
Result<void> send_batch(App& app, db::Connection& c, const Survey& survey);
// The scheduled job: the next batch of every open survey with mail still waiting.
void send_survey_batches(App& app);

}  // namespace omzien::survey
