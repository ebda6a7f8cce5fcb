// Outreach: the foundation's cockpit for reaching initiatives. The address file (import by
// file or paste), the pipeline per contact, invitation mails with opt-out, the call list,
// LinkingPins and "who brought whom". Monitoring reads it through funnel.h.
#pragma once

#include "core/feature.h"

namespace omzien::outreach {

Feature feature();

}  // namespace omzien::outreach
