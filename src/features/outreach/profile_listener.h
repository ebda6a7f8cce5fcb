// What the address file learns when a profile is saved (a content listener, see app.h):
// contacts whose person now runs the profile are linked to it, the moment a linked profile
// first counts as complete is noted, and a profile made by someone who came through a member's
// invite link is recorded as brought in by that member.
#pragma once

#include <span>

#include "core/content_change.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The content listener: notes every saved profile among `changes`.
void note_profile_changes(App& app, std::span<const ContentChange> changes);

}  // namespace omzien::outreach
