// Every feature of the platform. To add one: make src/features/<name>/ and add its line here;
// nothing registers itself behind your back.
#include "app/features.h"

#include "app/app.h"
#include "features/accounts/sessions.h"
#include "features/accounts/accounts.h"
#include "features/initiatives/initiatives.h"
#include "features/pages/pages.h"

namespace omzien {

std::vector<Feature> all_features() {
  return {
      accounts::feature(),
      initiatives::feature(),
      pages::feature(),
  };
}

void connect_features(App& app) { app.identify_viewer = accounts::identify_viewer; }

}  // namespace omzien
