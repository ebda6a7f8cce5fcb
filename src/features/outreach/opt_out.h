// The opt-out list: addresses that asked for no more mail from the foundation (invitations,
// reminders, surveys). Kept as keyed hashes, so an address stays opted out after its contact is
// deleted (AVG) while the list itself cannot be read back into addresses.
//
// One mechanism for every feature that mails on the foundation's behalf: ask for opt-out links
// for each mail (make_opt_out_urls), put the page URL in the text and both on the message
// (set_opt_out_headers), and check is_opted_out before mailing. An address opted out through
// any mail is then never mailed again by a campaign or a survey.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/db.h"

namespace omzien {
struct App;
}
namespace omzien::mail {
struct Message;
}

namespace omzien::outreach {

// True when `email` opted out. An empty address is never opted out (there is nothing to mail).
bool is_opted_out(const App& app, db::Connection& c, std::string_view email);
// The same, with its own read connection (for other features that are about to mail someone).
bool is_opted_out(App& app, std::string_view email);
// Adds `email` to the list in the caller's transaction; adding it twice changes nothing.
Result<void> add_opt_out(const App& app, db::Connection& c, std::string_view email);

// The two addresses of one mail's opt-out link: a page with a button (mail scanners open links,
// so a GET never opts out) and the RFC 8058 one-click URL that mail programs POST to.
struct OptOutUrls {
  std::string page;
  std::string one_click;
};
// A new opt-out link for one mail to `email`, saved (as a hash) in the caller's transaction.
// `contact_id` names the contact in the audit log when the address is in the address file.
Result<OptOutUrls> make_opt_out_urls(const App& app, db::Connection& c, std::string_view email,
                                     std::optional<std::int64_t> contact_id = std::nullopt);
// Sets List-Unsubscribe and List-Unsubscribe-Post on the message.
void set_opt_out_headers(mail::Message& message, const OptOutUrls& urls);

// Whom an opt-out link points at.
struct OptOutTarget {
  std::string email_hash;
  std::optional<std::int64_t> contact_id;
  bool already = false;  // the address is on the list already
};
// The target of the secret `token` from a link, nullopt when the link is unknown.
std::optional<OptOutTarget> find_opt_out_target(const App& app, db::Connection& c, std::string_view token);
// Puts the target's address on the list in the caller's transaction.
Result<void> add_opt_out(const App& app, db::Connection& c, const OptOutTarget& target);

}  // namespace omzien::outreach
