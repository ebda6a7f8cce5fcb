// Initiative profiles: create in three minutes on a phone, run by several beheerders, found in
// the directory; imported profiles wait to be claimed.
#pragma once

#include "core/feature.h"

namespace omzien::initiatives {

Feature feature();

}  // namespace omzien::initiatives
