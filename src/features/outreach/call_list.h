// The call list: who a caller should phone next. First those to call back today (or earlier),
// then those never called, then those not reached yet (voicemail, no answer), oldest first in
// each group. Reached contacts, wrong numbers, people who said no and contacts whose profile
// runs leave the list; "terugbellen op" brings one back on that day.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "features/outreach/contact_state.h"

namespace omzien::outreach {

enum class CallReason { CallBackDue, NeverCalled, NotReachedYet };

// Why the contact is on the list today ("2026-12-03", Amsterdam), or nullopt when it is not.
std::optional<CallReason> call_reason(const ContactState& state, std::string_view today);

struct CallListEntry {
  const ContactState* state = nullptr;
  CallReason reason = CallReason::NeverCalled;
};
// The contacts to call, in order. Points into `states`.
std::vector<CallListEntry> order_call_list(const std::vector<ContactState>& states, std::string_view today);
// How many contacts have a call-back date after today.
int count_later_call_backs(const std::vector<ContactState>& states, std::string_view today);

// The date in Amsterdam as "2026-12-03".
std::string amsterdam_date(Seconds t);
// "2026-12-03" (a date field) or "3-12-2026" (typed by hand) -> "2026-12-03"; nullopt otherwise.
std::optional<std::string> parse_date(std::string_view text);
// "2026-12-03" -> "3 december 2026".
std::string format_date(std::string_view iso_date);

}  // namespace omzien::outreach
