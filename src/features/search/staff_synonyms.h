// Hands staff's synonym groups from the database to the search index, at start, after every
// change on this server and once a minute (for changes made on another server): synonyms are
// looked up while a query is planned, so a change counts for the next search without rebuilding
// the index.
#pragma once

#include "core/result.h"

namespace omzien {
struct App;
}

namespace omzien::search_pages {

// Gives the index the groups as they are in the database now. Does nothing without an index (a
// command beside the running server); the server gives them at its start.
Result<void> apply_staff_synonyms(App& app);

}  // namespace omzien::search_pages
