// Who may do what with the address file. Contacts are personal data: only staff (with the second
// factor) and LinkingPins see them, and a LinkingPin only the contacts assigned to them. Tested as
// a table of routes x roles in outreach_rights_http_test.cc.
#pragma once

#include "core/viewer.h"
#include "features/outreach/contact.h"

namespace omzien::outreach {

// Staff see and work every contact; a LinkingPin only their own.
bool can_work_contact(const Viewer& viewer, const Contact& contact);
// Import, edit the list as a whole, link profiles, assign LinkingPins, campaigns, delete: staff.
bool can_manage_address_file(const Viewer& viewer);

}  // namespace omzien::outreach
