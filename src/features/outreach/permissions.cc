#include "features/outreach/permissions.h"

namespace omzien::outreach {

bool can_work_contact(const Viewer& viewer, const Contact& contact) {
  if (viewer.is_staff()) return true;
  return viewer.is_linking_pin() && contact.linking_pin_id && *contact.linking_pin_id == viewer.account_id;
}

bool can_manage_address_file(const Viewer& viewer) { return viewer.is_staff(); }

}  // namespace omzien::outreach
