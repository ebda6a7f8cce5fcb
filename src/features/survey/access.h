// What the survey handlers share: finding the survey of a route, its path, labels, the
// selection choices and an audit line by the person asking.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "audit/audit.h"
#include "core/view.h"
#include "db/db.h"
#include "features/survey/model.h"
#include "http/request.h"

namespace omzien {
struct App;
}

namespace omzien::survey {

// The positive number in route capture `name`; nullopt when missing or not a number.
std::optional<std::int64_t> route_number(const http::Request& request, std::string_view name);
// The survey of route {id}, if it exists.
std::optional<Survey> survey_of(App& app, const http::Request& request);
std::string survey_path(std::int64_t id);  // "/beheer/peilingen/12"
std::string_view status_label(Status status);
std::string municipality_label(std::string_view code);  // "" -> all municipalities

// [{value, label, selected}] for the selection's selects.
View municipality_options(std::string_view chosen);
View theme_options(db::Connection& c, std::string_view chosen);
std::string theme_label(db::Connection& c, std::string_view id);  // "" -> all themes

// An audit line by the person asking about survey `id`.
audit::Entry request_entry(const App& app, const http::Request& request, std::int64_t id, std::string action,
                           std::string detail);

}  // namespace omzien::survey
