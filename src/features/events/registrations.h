// Registering, cancelling, the waiting list moving up, and checking people in. Each step is one
// write transaction with its mails, so a registration and its confirmation commit together and a
// freed place can never go to two people.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "db/db.h"
#include "features/events/event.h"
#include "features/events/registration.h"

namespace omzien {
struct App;
}

namespace omzien::events {

struct Registrant {
  std::string name;
  std::string email;  // normalised
  std::optional<std::int64_t> account_id;
};

enum class RegisterOutcome {
  Confirmed,          // a place, and a confirmation mail with a calendar file
  Waiting,            // on the waiting list, with a mail saying so
  AlreadyRegistered,  // this address is on the list already: nothing changed
  Full,               // full and no waiting list
  Closed,             // the deadline passed
  Started,            // the event began or is over
  Postponed,
  Cancelled,
};
// Puts `registrant` on the list of event `event_id` (someone who cancelled earlier comes back).
Result<RegisterOutcome> register_for_event(App& app, std::int64_t event_id, const Registrant& registrant);

enum class CancelOutcome { Cancelled, AlreadyCancelled };
// Cancels a registration and mails the person that it is done (with a calendar file that takes the
// entry out of their calendar when they had a place); a confirmed place goes to the first on the
// waiting list, who gets a mail.
Result<CancelOutcome> cancel_registration(App& app, std::int64_t registration_id);

// Changes the name on a registration (the personal page lets people fix a typo).
Result<void> rename_registration(App& app, std::int64_t registration_id, const std::string& name);

// Gives free places to people on the waiting list, in order, each with a mail, while the event is
// open (not postponed, cancelled or started). Call in the transaction that freed the places.
// Returns how many moved up.
Result<int> fill_free_places(App& app, db::Connection& c, std::int64_t event_id);

// Ticks someone as present (or not) at the door.
Result<Registration> set_presence(App& app, std::int64_t event_id, std::int64_t registration_id, bool attended,
                                  std::int64_t actor_account_id, const std::string& actor_label);

struct WalkIn {
  std::string name;
  std::string email;  // normalised; may be empty
  bool may_mail = false;
};
enum class WalkInOutcome { Added, WasRegistered };
// Adds someone who came without registering, ticked as present; an address already on the list
// is ticked instead.
Result<std::pair<WalkInOutcome, Registration>> add_walk_in(App& app, std::int64_t event_id, const WalkIn& walk_in,
                                                           std::int64_t actor_account_id, const std::string& actor_label);

}  // namespace omzien::events
