// The map feature: /kaart with its GeoJSON, the embeddable map, near me, and finding the spot of
// a profile (issue 5).
#pragma once

#include "core/feature.h"

namespace omzien::map {

Feature feature();

}  // namespace omzien::map
