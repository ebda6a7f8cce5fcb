// The list of features the platform is made of.
#pragma once

#include <vector>

#include "core/feature.h"

namespace omzien {
struct App;
}

namespace omzien {

std::vector<Feature> all_features();

// Connects what the web layer needs from features: who is asking (accounts' sessions).
void connect_features(App& app);

}  // namespace omzien
