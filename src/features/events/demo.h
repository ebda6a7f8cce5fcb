// Demo bijeenkomsten for `omzien demo`: offline, online and hybrid, in several municipalities,
// organised by demo initiatives and the foundation, and one past session with a verslag.
#pragma once

namespace omzien {
struct App;
}

namespace omzien::events {

void add_demo_content(App& app);

}  // namespace omzien::events
