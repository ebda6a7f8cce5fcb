#include "features/outreach/opt_out.h"

#include "app/app.h"
#include "core/crypto.h"
#include "core/text.h"
#include "features/outreach/campaign_store.h"

namespace omzien::outreach {
namespace {

// Keyed with the server key: a plain hash of an address could be found again by hashing a
// list of guessed addresses.
std::string opt_out_hash(const App& app, std::string_view email) {
  return keyed_hash(app.secret, "outreach-opt-out:" + normalize_email(email));
}

}  // namespace

bool is_opted_out(const App& app, db::Connection& c, std::string_view email) {
  if (trim(email).empty()) return false;
  return is_opted_out_hash(c, opt_out_hash(app, email));
}

bool is_opted_out(App& app, std::string_view email) {
  return app.db->read([&](db::Connection& c) { return is_opted_out(app, c, email); });
}

Result<void> add_opt_out(const App& app, db::Connection& c, std::string_view email) {
  if (trim(email).empty()) return {};
  return insert_opt_out(c, opt_out_hash(app, email), app.clock.now());
}

}  // namespace omzien::outreach
