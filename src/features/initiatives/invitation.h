// Inviting someone by e-mail to run a profile too. The mail's link opens a page with a button;
// only pressing it (a POST) logs the invitee in and makes them beheerder, because mail scanners
// open every link. Links work once, for 14 days, and are stored only as a hash.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "core/viewer.h"
#include "db/db.h"
#include "features/accounts/sessions.h"
#include "features/initiatives/initiative.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

inline constexpr Seconds kInvitationLifetime = 14 * 86400;
inline constexpr int kInvitationsPerPersonPerDay = 10;
inline constexpr int kInvitationsPerInitiativePerDay = 20;

// Creates an invitation for `email` and queues its mail, in the caller's transaction. Returns
// the invitation's id.
Result<std::int64_t> queue_invitation(App& app, db::Connection& c, const Initiative& initiative, std::string_view email,
                                      const Viewer& inviter);

// What a link points at, without using it.
struct InvitationState {
  Initiative initiative;
  std::string email;
  bool usable = false;  // unused and not expired
};
std::optional<InvitationState> peek_invitation(App& app, std::string_view token);

// Uses the invitation in the caller's transaction: marks it used, logs the invitee in (their
// account is made on first use) and makes them beheerder. nullopt when the link is unknown,
// used or expired; then nothing changed.
struct AcceptedInvitation {
  accounts::LoggedIn login;
  Initiative initiative;
};
Result<std::optional<AcceptedInvitation>> accept_invitation(App& app, db::Connection& c, std::string_view token,
                                                            std::string_view user_agent);

}  // namespace omzien::initiatives
