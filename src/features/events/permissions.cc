#include "features/events/permissions.h"

#include <algorithm>

#include "app/app.h"
#include "features/events/texts.h"
#include "features/initiatives/initiative_store.h"

namespace omzien::events {

bool can_create(App& app, const Viewer& viewer) {
  if (!viewer.logged_in()) return false;
  if (viewer.is_staff() || viewer.is_linking_pin()) return true;
  return app.db->read([&](db::Connection& c) { return !initiatives::initiatives_managed_by(c, viewer.account_id).empty(); });
}

bool can_organise(App& app, const Viewer& viewer, const Event& event) {
  if (!viewer.logged_in()) return false;
  if (viewer.is_staff()) return true;
  if (event.created_by && *event.created_by == viewer.account_id) return true;
  if (!event.organiser_initiative_id) return false;
  return app.db->read([&](db::Connection& c) {
    return initiatives::is_manager(c, *event.organiser_initiative_id, viewer.account_id);
  });
}

std::vector<OrganiserChoice> organiser_choices(App& app, const Viewer& viewer, const Event* existing) {
  std::vector<OrganiserChoice> choices;
  if (!viewer.logged_in()) return choices;
  bool foundation = viewer.is_staff() || viewer.is_linking_pin() || (existing && !existing->organiser_initiative_id);
  if (foundation) choices.push_back({kFoundationValue, texts::kFoundationName});
  app.db->read([&](db::Connection& c) {
    auto initiatives = viewer.is_staff() ? initiatives::list_initiatives(c, initiatives::Which::Published)
                                         : initiatives::initiatives_managed_by(c, viewer.account_id);
    if (existing && existing->organiser_initiative_id) {
      bool listed = std::any_of(initiatives.begin(), initiatives.end(),
                                [&](const auto& i) { return i.id == *existing->organiser_initiative_id; });
      if (!listed)
        if (auto own = initiatives::find_initiative(c, *existing->organiser_initiative_id)) initiatives.push_back(*own);
    }
    std::sort(initiatives.begin(), initiatives.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const auto& i : initiatives) choices.push_back({std::to_string(i.id), i.name});
    return 0;
  });
  return choices;
}

}  // namespace omzien::events
