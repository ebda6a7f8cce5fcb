// Every feature of the platform. To add one: make src/features/<name>/ and add its line here;
// nothing registers itself behind your back.
#include "app/features.h"

#include "app/app.h"
#include "features/accounts/sessions.h"
#include "features/accounts/accounts.h"
#include "features/events/events.h"
#include "features/initiatives/initiatives.h"
#include "features/map/map.h"
#include "features/monitoring/monitoring.h"
#include "features/outreach/outreach.h"
#include "features/pages/pages.h"
#include "features/search/search.h"
#include "features/survey/survey.h"

namespace omzien {

std::vector<Feature> all_features() {
  return {
      accounts::feature(),
      initiatives::feature(),
      events::feature(),
      map::feature(),
      monitoring::feature(),
      outreach::feature(),
      pages::feature(),
      search_pages::feature(),
      survey::feature(),
  };
}

void connect_features(App& app) { app.identify_viewer = accounts::identify_viewer; }

}  // namespace omzien
