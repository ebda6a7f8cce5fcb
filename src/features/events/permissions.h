// Who may do what with bijeenkomsten. One place, tested as a table of routes x roles.
#pragma once

#include <vector>

#include "core/viewer.h"
#include "features/events/event.h"
#include "features/events/event_form.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// Beheerders of an initiative, LinkingPins and staff (with the second factor done).
bool can_create(App& app, const Viewer& viewer);
// The organiser's rights (edit, postpone, cancel, the list of people, messages, check-in): whoever
// made the event, the beheerders of the organising initiative, and staff.
bool can_organise(App& app, const Viewer& viewer, const Event& event);
// Whom `viewer` may name as organiser: the initiatives they run; LinkingPins and staff also the
// foundation; staff any published initiative. When editing, the event's own organiser stays a choice.
std::vector<OrganiserChoice> organiser_choices(App& app, const Viewer& viewer, const Event* existing = nullptr);

}  // namespace omzien::events
