// Monitoring: how the outreach goes and what initiatives need, for the foundation's staff
// (/beheer/monitor). Reads outreach, initiatives, search and events through their headers; keeps
// no tables of its own.
#pragma once

#include "core/feature.h"

namespace omzien::monitoring {

Feature feature();

}  // namespace omzien::monitoring
