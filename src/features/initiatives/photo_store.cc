#include "features/initiatives/photo_store.h"

namespace omzien::initiatives {
namespace {

constexpr std::string_view kCountProfilesWithPhoto = "SELECT count(*) FROM initiatives WHERE photo = :photo";

}  // namespace

bool photo_in_use(db::Connection& c, std::string_view base) {
  return c.prepare(kCountProfilesWithPhoto).bind(":photo", base).single_integer().value_or(0) > 0;
}

}  // namespace omzien::initiatives
