#include "features/outreach/opt_out.h"

#include "app/app.h"
#include "core/crypto.h"
#include "core/text.h"
#include "features/outreach/campaign_store.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/opt_out_store.h"
#include "mail/message.h"

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

Result<OptOutUrls> make_opt_out_urls(const App& app, db::Connection& c, std::string_view email,
                                     std::optional<std::int64_t> contact_id) {
  std::string token = random_token(32);
  if (auto r = insert_opt_out_link(c, hash_token(token), opt_out_hash(app, email), contact_id, app.clock.now()); !r)
    return r.error();
  return OptOutUrls{app.url("/afmelden?t=" + token), app.url("/afmelden/een-klik?t=" + token)};
}

void set_opt_out_headers(mail::Message& message, const OptOutUrls& urls) {
  message.unsubscribe_url = urls.page;
  message.unsubscribe_post_url = urls.one_click;
}

std::optional<OptOutTarget> find_opt_out_target(const App& app, db::Connection& c, std::string_view token) {
  if (token.size() < 20 || token.size() > 100) return std::nullopt;
  std::string token_hash = hash_token(token);
  OptOutTarget target;
  if (auto link = find_opt_out_link(c, token_hash)) {
    target = {link->email_hash, link->contact_id};
  } else {
    // Invitations mailed before the shared links kept their opt-out secret on the send row.
    auto send = find_send_by_optout_hash(c, token_hash);
    auto contact = send ? find_contact(c, send->contact_id) : std::nullopt;
    if (!contact || trim(contact->email).empty()) return std::nullopt;
    target = {opt_out_hash(app, contact->email), contact->id};
  }
  target.already = is_opted_out_hash(c, target.email_hash);
  return target;
}

Result<void> add_opt_out(const App& app, db::Connection& c, const OptOutTarget& target) {
  return insert_opt_out(c, target.email_hash, app.clock.now());
}

}  // namespace omzien::outreach
