// Accounts: passwordless login by e-mail, sessions, one's own data, staff with a second factor
// and the staff's help for people who cannot get in.
#pragma once

#include "core/feature.h"

namespace omzien::accounts {

Feature feature();

}  // namespace omzien::accounts
