#include "features/initiatives/invitation.h"

#include <fmt/core.h>

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/text.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/invitation_store.h"
#include "features/initiatives/texts.h"
#include "web/compose_mail.h"

namespace omzien::initiatives {
namespace {

bool plausible_token(std::string_view token) { return !token.empty() && token.size() <= 100; }

}  // namespace

Result<std::int64_t> queue_invitation(App& app, db::Connection& c, const Initiative& initiative,
                                      std::string_view email_input, const Viewer& inviter) {
  std::string email = normalize_email(email_input);
  Seconds now = app.clock.now();
  std::string token = random_token(32);
  Invitation invitation{.initiative_id = initiative.id,
                        .email = email,
                        .invited_by = inviter.account_id,
                        .created_at = now,
                        .expires_at = now + kInvitationLifetime};
  auto id = insert_invitation(c, invitation, hash_token(token));
  if (!id) return id.error();
  (void)delete_old_invitations(c, now);
  View view;
  view.set("initiative_name", initiative.name);
  // Only the inviter's name, never their address: the invitee may not know it.
  view.set("inviter", inviter.name);
  view.set("link", app.url("/uitnodiging?t=" + token));
  view.set("days", static_cast<int>(kInvitationLifetime / 86400));
  mail::Message message =
      web::compose_mail(app, email, fmt::format(fmt::runtime(texts::kInvitationMailSubject), initiative.name),
                        "initiatives/mail_invitation", view);
  message.kind = "invitation";
  if (auto queued = app.queue_mail(c, message); !queued) return queued.error();
  return *id;
}

std::optional<InvitationState> peek_invitation(App& app, std::string_view token) {
  if (!plausible_token(token)) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<InvitationState> {
    auto invitation = find_invitation_by_token_hash(c, hash_token(token));
    if (!invitation) return std::nullopt;
    auto initiative = find_initiative(c, invitation->initiative_id);
    if (!initiative) return std::nullopt;
    bool usable = !invitation->used_at && invitation->expires_at > app.clock.now();
    return InvitationState{std::move(*initiative), invitation->email, usable};
  });
}

Result<std::optional<AcceptedInvitation>> accept_invitation(App& app, db::Connection& c, std::string_view token,
                                                            std::string_view user_agent) {
  using Outcome = std::optional<AcceptedInvitation>;
  if (!plausible_token(token)) return Outcome();
  Seconds now = app.clock.now();
  auto invitation = find_invitation_by_token_hash(c, hash_token(token));
  if (!invitation || invitation->used_at || invitation->expires_at <= now) return Outcome();
  auto initiative = find_initiative(c, invitation->initiative_id);
  if (!initiative) return Outcome();
  auto login = accounts::log_in(c, invitation->email, user_agent, now);
  if (!login) return login.error();
  auto marked = mark_invitation_used(c, invitation->id, login->account.id, now);
  if (!marked) return marked.error();
  if (!*marked) return Error{ErrorKind::Conflict, "invitation used at the same moment"};  // rolls the login back
  if (auto added = add_manager(c, initiative->id, login->account.id, now); !added) return added.error();
  if (auto logged =
          audit::record(c, {.at = now,
                            .actor_account_id = login->account.id,
                            .actor_label = login->account.name.empty() ? texts::kAuditInvitee : login->account.name,
                            .action = "initiative.manager_join",
                            .subject = "initiative:" + std::to_string(initiative->id),
                            .detail = texts::kAuditManagerJoined});
      !logged)
    return logged.error();
  return Outcome(AcceptedInvitation{std::move(*login), std::move(*initiative)});
}

}  // namespace omzien::initiatives
