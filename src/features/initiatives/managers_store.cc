#include "features/initiatives/managers_store.h"

namespace omzien::initiatives {
namespace {

constexpr std::string_view kCountManagers =
    "SELECT count(*) FROM initiative_managers WHERE initiative_id = :initiative_id";
constexpr std::string_view kOnlyManagedBy = R"sql(
  SELECT i.name FROM initiative_managers m JOIN initiatives i ON i.id = m.initiative_id
  WHERE m.account_id = :account_id
    AND (SELECT count(*) FROM initiative_managers o WHERE o.initiative_id = m.initiative_id) = 1
  ORDER BY i.sort_key
)sql";

}  // namespace

int count_managers(db::Connection& c, std::int64_t initiative_id) {
  return static_cast<int>(c.prepare(kCountManagers).bind(":initiative_id", initiative_id).single_integer().value_or(0));
}

std::vector<std::string> initiatives_only_managed_by(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kOnlyManagedBy);
  select.bind(":account_id", account_id);
  std::vector<std::string> names;
  while (select.next()) names.push_back(select.text(0));
  return names;
}

}  // namespace omzien::initiatives
