// Bijeenkomsten: neighbourhood sessions, online sessions and themed meetings, with registration
// without an account, a waiting list, reminders, calendars, and a kit for the day itself.
#pragma once

#include "core/feature.h"

namespace omzien::events {

Feature feature();

}  // namespace omzien::events
