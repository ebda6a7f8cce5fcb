// SQL about stored photos: whether a photo file is still shown by some profile.
#pragma once

#include <string_view>

#include "db/db.h"

namespace omzien::initiatives {

// True when any profile (hidden ones too) shows the photo `base`; its files must then stay.
bool photo_in_use(db::Connection& c, std::string_view base);

}  // namespace omzien::initiatives
