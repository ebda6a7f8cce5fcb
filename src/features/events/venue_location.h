// The point of an event's venue, for its small map: looked up at PDOK when the address changes.
// Only a found address counts; a fallback to the middle of a town would put the pin in the wrong
// street, so then there is no map (the address text is always there).
#pragma once

#include "features/events/event.h"

namespace omzien {
struct App;
}

namespace omzien::events {

// Sets event.lat/lon from the address, or clears them. Keeps the point of `before` when the
// address did not change. Without a PDOK URL in the settings nothing is looked up.
void locate_venue(const App& app, Event& event, const Event* before = nullptr);

}  // namespace omzien::events
