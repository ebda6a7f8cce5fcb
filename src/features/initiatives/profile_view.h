// What a profile page shows, as template data: only public fields, the location only as
// precise as allowed. Shared by the profile page, the directory and other features' lists.
#pragma once

#include <vector>

#include "core/view.h"
#include "features/initiatives/directory_query.h"
#include "features/initiatives/initiative.h"
#include "features/initiatives/taxonomy.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// "Zeist", "Overvecht, Utrecht" or "Hele provincie".
std::string place_label(const std::string& place, const std::string& municipality_code);
// The public data of a profile (never the address unless precision is Exact, never the phone
// or e-mail unless marked public).
View public_profile_view(const App& app, const Initiative& initiative, const std::vector<Term>& themes,
                         const std::vector<Term>& groups);
// One card of the directory.
View directory_entry_view(const App& app, const DirectoryEntry& entry, const std::vector<Term>& themes);

}  // namespace omzien::initiatives
