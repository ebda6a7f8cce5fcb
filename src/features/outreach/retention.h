// How long the address file keeps a contact: personal data kept for outreach is deleted when
// there has been no contact for two years (the privacy page promises this). "Contact" is any
// change to the row, a call, a mail sent, or the personal link used.
#pragma once

#include "core/clock.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

inline constexpr Seconds kContactRetention = 2 * 365 * 86400;

// The scheduled job: deletes, for good and with a line in the audit log each, every contact
// without contact for kContactRetention. Opt-outs stay (they are keyed hashes, opt_out.h).
void delete_untouched_contacts(App& app);

}  // namespace omzien::outreach
