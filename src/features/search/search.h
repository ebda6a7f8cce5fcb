// Search that understands Dutch: the results page (/zoeken), the JSON API (/api/v1/zoeken), the
// index kept in step with every profile, and the staff's list of searches that found little.
#pragma once

#include "core/feature.h"

namespace omzien::search_pages {

Feature feature();

}  // namespace omzien::search_pages
