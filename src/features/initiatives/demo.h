// Demo content (`omzien demo`): a few dozen made-up initiatives spread over the province, imported
// through the importer; some are run by the demo people of the accounts feature.
#pragma once

#include <string_view>

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// The demo initiatives in the interchange format (a JSON array, compiled into the program).
std::string_view demo_initiatives_json();
// Imports them; gives some a beheerder from the accounts feature's demo people and marks a few
// "aangesloten bij de beweging". Run after the accounts feature's demo content.
void add_demo_content(App& app);

}  // namespace omzien::initiatives
