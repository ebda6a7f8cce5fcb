// Invitation mails. Staff write a text with placeholders ({naam}, {initiatief}, {gemeente},
// {link}), see it for one contact, send a test to themselves, then send it to a selection. The
// outbox gets the mails at a gentle rate (a scheduled job, `per_minute` per campaign), and a
// reminder follows after N days for those who did nothing. Every mail carries a personal link
// (personal_link.h) and an opt-out link with one-click List-Unsubscribe-Post (RFC 8058); an
// address that opted out is never mailed again by any campaign, nor by hand.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "core/view.h"
#include "core/viewer.h"
#include "db/db.h"
#include "features/outreach/campaign_store.h"
#include "features/outreach/contact_state.h"
#include "features/outreach/opt_out.h"
#include "mail/message.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

inline constexpr int kDefaultPerMinute = 10;
inline constexpr Seconds kBatchInterval = 60;

// Who a campaign goes to: ids of the selection choice ("" is everyone without a profile).
inline constexpr std::string_view kSelections[] = {"", "nog-niet-benaderd", "gemaild", "gebeld", "wil-meedoen",
                                                   "twijfelt"};
bool is_selection(std::string_view id);
std::string_view selection_label(std::string_view id);

// True when the contact belongs to the campaign's selection (stage, municipality, LinkingPin).
// Contacts whose profile runs, and those who said no, never do.
bool in_selection(const ContactState& state, const Campaign& campaign);

enum class Delivery { WillReceive, OptedOut, NoEmail };
struct Recipient {
  const ContactState* state = nullptr;
  Delivery delivery = Delivery::WillReceive;
};
// The contacts of the selection, each with whether a mail can go to them.
std::vector<Recipient> select_recipients(const std::vector<ContactState>& states, const Campaign& campaign);
int count_receiving(const std::vector<Recipient>& recipients);

// The placeholders' values for a contact; `link` is the personal link's URL.
struct MailValues {
  std::string name;
  std::string initiative;
  std::string municipality;
  std::string link;
};
MailValues values_for(const Contact& contact, std::string link);
// `text` with every {naam}, {initiatief}, {gemeente} and {link} filled in (any case); other
// braces stay as they are.
std::string fill_placeholders(std::string_view text, const MailValues& values);
// Placeholders in `text` that we do not know ("{adres}"), to warn staff before sending.
std::vector<std::string> unknown_placeholders(std::string_view text);

// The text split in paragraphs (blank lines) and lines, with every http(s) URL as a link; a
// paragraph that is only a link becomes a button: [{button, url} or {lines: [{break_before,
// segments: [{is_link, text, url}]}]}]. Templates escape every piece.
View text_paragraphs(std::string_view text);

// The mail for one contact: text and HTML from the written text, the opt-out links (opt_out.h),
// and a reply address of the foundation.
mail::Message compose_campaign_mail(const App& app, const Contact& contact, std::string_view subject,
                                    std::string_view body, const std::string& link_url, const OptOutUrls& opt_out);

// The default texts (for a new campaign and for mails sent by hand).
Campaign default_campaign(const App& app);

// Queues a waiting send row's mail now, in the caller's transaction: a new personal link and
// opt-out link, the campaign's (or default) texts. Skips it (with the reason) when the address
// opted out, is missing, or the contact joined meanwhile. True when queued.
Result<bool> queue_send(App& app, db::Connection& c, const Send& send, const Campaign& texts);

// Sends an invitation to one contact right away (from the contact page or the call list).
// Fails with Conflict when the address opted out or there is none.
Result<void> send_invitation_now(App& app, db::Connection& c, const Contact& contact, const Campaign& texts,
                                 const Viewer& sender);

// A test of the campaign for `contact` to the sender's own address (links do not work).
Result<void> send_test_mail(App& app, db::Connection& c, const Campaign& campaign, const Contact& contact,
                            const Viewer& sender);

// Starts sending: a waiting row for every recipient who can receive it, then the first batch.
// Returns how many will be sent.
Result<int> start_campaign(App& app, db::Connection& c, const Campaign& campaign, const Viewer& sender);

// The scheduled job: for every sending campaign whose last batch is a minute old, the next
// `per_minute` mails, then reminders that are due; finished campaigns become "klaar".
void send_campaign_batches(App& app);
// One campaign's batch in the caller's transaction (also right after starting).
Result<void> send_batch(App& app, db::Connection& c, const Campaign& campaign);

}  // namespace omzien::outreach
