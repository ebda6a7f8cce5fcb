// The published profiles as open data (/open-data/initiatieven.json and .csv): the interchange
// format plus each profile's url and what its coordinates stand for, with only what the public
// profile page shows: no hidden profiles, the e-mail address only when public, and a point only
// as precise as the initiative allows (an area centre unless "exact").
#pragma once

#include <string>

#include "features/initiatives/export.h"
#include "features/initiatives/import_format.h"
#include "features/initiatives/initiative.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

// One profile as the public may have it.
InterchangeRecord open_data_record(const App& app, const Initiative& initiative);
// Every published profile as a JSON or CSV file.
std::string open_data_file(App& app, ExportFormat format);

}  // namespace omzien::initiatives
