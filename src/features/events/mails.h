// The mails of bijeenkomsten, queued in the caller's transaction (so they go out exactly when the
// change commits, and survive a mail server that is down): confirmations with a calendar file,
// waiting list, a freed place, changes, reminders and the organiser's messages. Each carries the
// person's own link to see or cancel their registration.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "db/db.h"
#include "features/events/event.h"
#include "features/events/registration.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// The secret in someone's personal link: derived from the registration's nonce with the server
// key, so it can be put in every mail while the database holds only its hash.
std::string registration_token(const App& app, const Registration& registration);
// The hash stored for looking a personal link up.
std::string registration_token_hash(const App& app, const Registration& registration);
// "https://…/aanmelding?t=…".
std::string manage_url(const App& app, const Registration& registration);

enum class RegistrationMail { Confirmed, Waiting, Promoted };
Result<void> queue_registration_mail(App& app, db::Connection& c, const Event& event, const Registration& registration,
                                     RegistrationMail kind);

// Confirms that someone cancelled their own registration. When they had a place, the mail carries
// a calendar file with STATUS:CANCELLED (same UID, higher SEQUENCE) that takes the entry of their
// confirmation out of their calendar.
enum class CalendarEntry { No, Yes };
Result<void> queue_cancellation_mail(App& app, db::Connection& c, const Event& event, const Registration& registration,
                                     CalendarEntry had_place);

enum class ChangeMail { Changed, Postponed, Cancelled };
// Mails everyone registered or waiting (with an address) about a change; `changes` are Dutch
// sentences saying what changed. Returns how many mails were queued.
Result<int> queue_change_mails(App& app, db::Connection& c, const Event& event, ChangeMail kind,
                               const std::vector<std::string>& changes);

Result<void> queue_reminder_mail(App& app, db::Connection& c, const Event& event, const Registration& registration);

struct OrganiserMessage {
  std::string subject;
  std::string body;      // plain text
  std::string reply_to;  // the sender's address when they allowed replies; else empty
};
// The people who may get a message: confirmed registrations and walk-ins who allowed mail.
std::vector<Registration> message_recipients(db::Connection& c, std::int64_t event_id);
Result<int> queue_organiser_message(App& app, db::Connection& c, const Event& event, const OrganiserMessage& message);

}  // namespace omzien::events
