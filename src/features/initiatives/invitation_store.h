// SQL for invitations to become beheerder of a profile. Tokens are stored only as hashes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::initiatives {

struct Invitation {
  std::int64_t id = 0;
  std::int64_t initiative_id = 0;
  std::string email;  // the invitee's address: shown to the profile's beheerders only
  std::optional<std::int64_t> invited_by;
  Seconds created_at = 0;
  Seconds expires_at = 0;
  std::optional<Seconds> used_at;
};

// Saves a new invitation and returns its id.
Result<std::int64_t> insert_invitation(db::Connection& c, const Invitation& invitation, std::string_view token_hash);
std::optional<Invitation> find_invitation_by_token_hash(db::Connection& c, std::string_view token_hash);
// Marks the invitation used by `account_id`. False when it was used already (a second press,
// or two at once), so it can only ever work once.
Result<bool> mark_invitation_used(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now);
// Unused, unexpired invitations of a profile, oldest first.
std::vector<Invitation> list_open_invitations(db::Connection& c, std::int64_t initiative_id, Seconds now);
// Deletes an invitation of this profile; false when there was none with that id.
Result<bool> delete_invitation(db::Connection& c, std::int64_t initiative_id, std::int64_t id);
// Forgets invitations that expired or were used more than 30 days ago (their e-mail addresses too).
Result<void> delete_old_invitations(db::Connection& c, Seconds now);

}  // namespace omzien::initiatives
