// Initiatives that staff give a LinkingPin directly, as her call list shows them.
#pragma once

#include <cstdint>

#include "core/view.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The initiatives given to this LinkingPin:
// [{name, slug, municipality, contacts: [{id, name, phone, tel, mine}], no_contact}].
// A linked contact shows so she can call its beheerder; `mine` when it is assigned to her too.
View assigned_initiatives_view(App& app, std::int64_t account_id);

}  // namespace omzien::outreach
