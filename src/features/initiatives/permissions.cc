#include "features/initiatives/permissions.h"

#include "app/app.h"
#include "features/initiatives/initiative_store.h"

namespace omzien::initiatives {

bool can_manage(App& app, const Viewer& viewer, std::int64_t initiative_id) {
  if (!viewer.logged_in()) return false;
  if (viewer.is_staff()) return true;
  return app.db->read([&](db::Connection& c) { return is_manager(c, initiative_id, viewer.account_id); });
}

bool can_create(const Viewer& viewer) { return viewer.logged_in(); }

}  // namespace omzien::initiatives
