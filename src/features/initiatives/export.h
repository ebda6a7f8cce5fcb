// Exporting initiative profiles in the interchange format (import_format.h), complete, for staff
// and server operators: what `omzien export initiatives` writes, and what import reads back
// without changes. The public open data (open_data.h) leaves out what is private.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "features/initiatives/import_format.h"
#include "features/initiatives/initiative.h"
#include "features/initiatives/initiative_store.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

enum class ExportFormat { Json, Csv };
// "json" or "csv" (any case); nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name);

// "GM0355" -> "Zeist"; the province code -> "Hele provincie".
std::string municipality_name_for(std::string_view code);
// Every interchange field of `initiative` as stored (the contact address and the exact point too).
InterchangeRecord interchange_record(const Initiative& initiative);
// The profiles (published ones, or all) as a JSON or CSV file.
std::string export_initiatives(App& app, ExportFormat format, Which which);

}  // namespace omzien::initiatives
