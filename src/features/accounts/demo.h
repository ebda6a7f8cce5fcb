// Fictional people for a demo platform (`omzien demo`).
#pragma once

namespace omzien {
struct App;
}

namespace omzien::accounts {

void add_demo_content(App& app);

}  // namespace omzien::accounts
