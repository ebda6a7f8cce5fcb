// Who may do what with an initiative's profile. One place, tested as a table of routes x roles.
#pragma once

#include <cstdint>

#include "core/viewer.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// Beheerders of this profile and staff (with the second factor done).
bool can_manage(App& app, const Viewer& viewer, std::int64_t initiative_id);
// Anyone logged in may put a new initiative on the platform.
bool can_create(const Viewer& viewer);

}  // namespace omzien::initiatives
