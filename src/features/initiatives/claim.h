// Claiming an imported profile: staff send its contact address a personal link; the link opens
// a page with a button, and only pressing it (a POST) logs the person in and makes them the
// profile's first beheerder, because mail scanners open every link. A link works once, for 30
// days, is stored only as a hash, and a newer link or a claim ends the older ones.
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

inline constexpr Seconds kClaimLinkLifetime = 30 * 86400;
inline constexpr int kClaimLinksPerInitiativePerDay = 3;
inline constexpr int kClaimLinksPerStaffPerHour = 100;

// Makes a link for the profile's contact address and queues the mail, in the caller's
// transaction; earlier unused links of the profile stop working.
Result<void> queue_claim_link(App& app, db::Connection& c, const Initiative& initiative, const Viewer& sender);

enum class ClaimLinkState { Usable, Used, Expired, AlreadyClaimed };
struct ClaimLink {
  Initiative initiative;
  std::string email;
  ClaimLinkState state = ClaimLinkState::Usable;
};
// What a link points at, without using it; nullopt when the link is unknown.
std::optional<ClaimLink> peek_claim_link(App& app, std::string_view token);

// Uses the link in the caller's transaction: logs the person in (as the address the link went
// to; an account is made on first use), makes them beheerder, marks the profile claimed and
// writes the audit log. nullopt when the link is not usable; then nothing changed.
struct Claimed {
  accounts::LoggedIn login;
  Initiative initiative;
};
Result<std::optional<Claimed>> claim_profile(App& app, db::Connection& c, std::string_view token,
                                             std::string_view user_agent);

}  // namespace omzien::initiatives
