// The plain pages: home, about, privacy statement, accessibility statement, contact.
#pragma once

#include "core/feature.h"

namespace omzien::pages {

Feature feature();

}  // namespace omzien::pages
