// Opening a data folder (database, migrations, server key, static files) and serving it.
// `omzien serve`, the other commands and the tests all start here.
#pragma once

#include <memory>
#include <string>

#include "app/app.h"
#include "core/result.h"
#include "http/router.h"

namespace omzien {

// Creates the data folder when needed, opens the database, applies every feature's schema
// steps, loads (or makes) the server key and finds the static files.
Result<std::unique_ptr<App>> open_app(Config config);

// Every feature's routes, plus the navigation, in one router.
std::unique_ptr<http::Router> build_router(App& app);

// Runs the server until SIGTERM/SIGINT: the mail sender, the WAL checkpointer, and HTTP.
Result<void> serve(App& app);

// The static folder: configured, or static/ beside the program.
std::string default_static_dir();

}  // namespace omzien
