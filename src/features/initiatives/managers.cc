#include "features/initiatives/managers.h"

#include <fmt/core.h>

#include "app/app.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/managers_store.h"
#include "features/initiatives/texts.h"

namespace omzien::initiatives {

Result<Removal> remove_manager_keeping_one(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id) {
  if (!is_manager(c, initiative_id, account_id)) return Removal::NotAManager;
  if (count_managers(c, initiative_id) <= 1) return Removal::LastManager;
  if (auto done = remove_manager(c, initiative_id, account_id); !done) return done.error();
  return Removal::Removed;
}

std::optional<std::string> last_manager_reason(App& app, std::int64_t account_id) {
  auto names = app.db->read([&](db::Connection& c) { return initiatives_only_managed_by(c, account_id); });
  if (names.empty()) return std::nullopt;
  std::string list;
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (k > 0) list += k + 1 == names.size() ? " en " : ", ";
    list += names[k];
  }
  return fmt::format(fmt::runtime(texts::kLastManagerCannotDeleteAccount), list);
}

}  // namespace omzien::initiatives
