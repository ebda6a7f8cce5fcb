#include "features/survey/access.h"

#include "app/app.h"
#include "features/initiatives/taxonomy.h"
#include "features/survey/survey_store.h"
#include "features/survey/texts.h"
#include "geo/geo.h"

namespace omzien::survey {
namespace {

View option(std::string value, std::string label, bool selected) {
  return View().set("value", std::move(value)).set("label", std::move(label)).set("selected", selected);
}

}  // namespace

std::optional<std::int64_t> route_number(const http::Request& request, std::string_view name) {
  auto it = request.route.find(std::string(name));
  if (it == request.route.end() || it->second.empty() || it->second.size() > 15) return std::nullopt;
  std::int64_t value = 0;
  for (char c : it->second) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value <= 0) return std::nullopt;
  return value;
}

std::optional<Survey> survey_of(App& app, const http::Request& request) {
  auto id = route_number(request, "id");
  if (!id) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_survey(c, *id); });
}

std::string survey_path(std::int64_t id) { return "/beheer/peilingen/" + std::to_string(id); }

std::string_view status_label(Status status) { return texts::kStatusLabels[static_cast<int>(status)]; }

std::string municipality_label(std::string_view code) {
  if (code.empty()) return texts::kAllMunicipalities;
  if (code == geo::kProvinceCode) return texts::kProvinceWide;
  auto found = geo::find_municipality(code);
  return found ? std::string(found->name) : std::string(code);
}

View municipality_options(std::string_view chosen) {
  View options = View::list();
  options.push(option("", texts::kAllMunicipalities, chosen.empty()));
  for (const auto& m : geo::municipalities())
    options.push(option(std::string(m.code), std::string(m.name), chosen == m.code));
  options.push(option(std::string(geo::kProvinceCode), texts::kProvinceWide, chosen == geo::kProvinceCode));
  return options;
}

View theme_options(db::Connection& c, std::string_view chosen) {
  View options = View::list();
  options.push(option("", texts::kAllThemes, chosen.empty()));
  for (const auto& term : initiatives::list_terms(c, initiatives::Taxonomy::Themes))
    if (!term.retired || term.id == chosen) options.push(option(term.id, term.label, chosen == term.id));
  return options;
}

std::string theme_label(db::Connection& c, std::string_view id) {
  if (id.empty()) return texts::kAllThemes;
  return initiatives::term_label(initiatives::list_terms(c, initiatives::Taxonomy::Themes), id);
}

audit::Entry request_entry(const App& app, const http::Request& request, std::int64_t id, std::string action,
                           std::string detail) {
  return {.at = app.clock.now(),
          .actor_account_id = request.viewer.account_id,
          .actor_label = request.viewer.display_name(),
          .action = std::move(action),
          .subject = "survey:" + std::to_string(id),
          .detail = std::move(detail)};
}

}  // namespace omzien::survey
