#include "features/initiatives/claim.h"

#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/text.h"
#include "features/initiatives/claim_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/texts.h"
#include "web/compose_mail.h"

namespace omzien::initiatives {
namespace {

bool plausible_token(std::string_view token) { return !token.empty() && token.size() <= 100; }

ClaimLinkState state_of(const ClaimToken& token, const Initiative& initiative, Seconds now) {
  if (token.used_at) return ClaimLinkState::Used;
  if (token.expires_at <= now) return ClaimLinkState::Expired;
  if (initiative.claimed) return ClaimLinkState::AlreadyClaimed;
  return ClaimLinkState::Usable;
}

audit::Entry claim_entry(Seconds now, const accounts::Account& account, const Initiative& initiative) {
  return {.at = now,
          .actor_account_id = account.id,
          // Never the address: the audit log holds names and ids only.
          .actor_label = account.name.empty() ? std::string(texts::kAuditNewManager) : account.name,
          .action = "initiative.claim",
          .subject = "initiative:" + std::to_string(initiative.id),
          .detail = texts::kAuditClaimed};
}

}  // namespace

Result<void> queue_claim_link(App& app, db::Connection& c, const Initiative& initiative, const Viewer& sender) {
  Seconds now = app.clock.now();
  std::string email = normalize_email(initiative.contact_email);
  std::string token = random_token(32);
  if (auto ended = end_claim_tokens(c, initiative.id, now); !ended) return ended;
  ClaimToken row{.initiative_id = initiative.id,
                 .email = email,
                 .sent_by = sender.account_id ? std::optional(sender.account_id) : std::nullopt,
                 .created_at = now,
                 .expires_at = now + kClaimLinkLifetime};
  if (auto inserted = insert_claim_token(c, row, hash_token(token)); !inserted) return inserted.error();
  View view;
  view.set("initiative_name", initiative.name);
  view.set("profile_url", app.url("/initiatieven/" + initiative.slug));
  view.set("link", app.url("/claimen?t=" + token));
  view.set("days", static_cast<int>(kClaimLinkLifetime / 86400));
  view.set("contact_email", app.config.contact_email);
  mail::Message message = web::compose_mail(app, email, fmt::format(fmt::runtime(texts::kClaimMailSubject), initiative.name),
                                            "initiatives/mail_claim", view);
  message.kind = "claim";
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  return {};
}

std::optional<ClaimLink> peek_claim_link(App& app, std::string_view token) {
  if (!plausible_token(token)) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<ClaimLink> {
    auto found = find_claim_token(c, hash_token(token));
    if (!found) return std::nullopt;
    auto initiative = find_initiative(c, found->initiative_id);
    if (!initiative) return std::nullopt;
    ClaimLinkState state = state_of(*found, *initiative, app.clock.now());
    return ClaimLink{std::move(*initiative), found->email, state};
  });
}

Result<std::optional<Claimed>> claim_profile(App& app, db::Connection& c, std::string_view token,
                                             std::string_view user_agent) {
  using Outcome = std::optional<Claimed>;
  if (!plausible_token(token)) return Outcome();
  Seconds now = app.clock.now();
  auto found = find_claim_token(c, hash_token(token));
  if (!found) return Outcome();
  auto initiative = find_initiative(c, found->initiative_id);
  if (!initiative || state_of(*found, *initiative, now) != ClaimLinkState::Usable) return Outcome();
  auto login = accounts::log_in(c, found->email, user_agent, now);
  if (!login) return login.error();
  auto marked = mark_claim_token_used(c, found->id, login->account.id, now);
  if (!marked) return marked.error();
  if (!*marked) return conflict("claim link used at the same moment");  // rolls the login back
  if (auto r = add_manager(c, initiative->id, login->account.id, now); !r) return r.error();
  if (auto r = set_claimed(c, initiative->id, true, now); !r) return r.error();
  if (auto r = end_claim_tokens(c, initiative->id, now); !r) return r.error();
  if (auto r = audit::record(c, claim_entry(now, login->account, *initiative)); !r) return r.error();
  initiative->claimed = true;
  return Outcome(Claimed{std::move(*login), std::move(*initiative)});
}

}  // namespace omzien::initiatives
