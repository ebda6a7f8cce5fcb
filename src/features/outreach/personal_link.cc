#include "features/outreach/personal_link.h"

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "features/initiatives/claim.h"
#include "features/initiatives/claim_store.h"
#include "features/outreach/campaign_store.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

bool plausible_token(std::string_view token) { return token.size() >= 20 && token.size() <= 100; }

JoinWay way_for(const Contact& contact, const std::optional<ProfileFacts>& profile) {
  if (!profile) return JoinWay::CreateProfile;
  if (!profile->claimed && !contact.email.empty()) return JoinWay::ClaimProfile;
  return JoinWay::OpenProfile;
}

// Claims the profile with a claim link of its own, made and used at once: the initiatives
// feature does the login, the beheerder, the claimed mark and its audit line.
Result<std::optional<initiatives::Claimed>> claim_now(App& app, db::Connection& c, const Contact& contact,
                                                      std::int64_t initiative_id, std::string_view user_agent) {
  Seconds now = app.clock.now();
  std::string token = random_token(32);
  initiatives::ClaimToken row{.initiative_id = initiative_id,
                              .email = contact.email,
                              .created_at = now,
                              .expires_at = now + initiatives::kClaimLinkLifetime};
  if (auto inserted = initiatives::insert_claim_token(c, row, hash_token(token)); !inserted) return inserted.error();
  return initiatives::claim_profile(app, c, token, user_agent);
}

audit::Entry use_entry(Seconds now, const accounts::Account& account, std::int64_t contact_id) {
  return {.at = now,
          .actor_account_id = account.id,
          .actor_label = account.name.empty() ? std::string(texts::kAuditContactPerson) : account.name,
          .action = "contact.link_used",
          .subject = "contact:" + std::to_string(contact_id),
          .detail = texts::kAuditLinkUsed};
}

}  // namespace

std::optional<PersonalLink> peek_personal_link(App& app, std::string_view token) {
  if (!plausible_token(token)) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<PersonalLink> {
    auto send = find_send_by_link_hash(c, hash_token(token));
    if (!send) return std::nullopt;
    auto contact = find_contact(c, send->contact_id);
    if (!contact) return std::nullopt;
    PersonalLink link{*contact};
    if (contact->initiative_id) link.profile = profile_facts(c, *contact->initiative_id);
    link.way = way_for(link.contact, link.profile);
    if (send->link_used_at) link.state = LinkState::Used;
    else if (!send->link_expires_at || *send->link_expires_at <= app.clock.now()) link.state = LinkState::Expired;
    return link;
  });
}

Result<std::optional<Joined>> use_personal_link(App& app, db::Connection& c, std::string_view token,
                                                std::string_view user_agent) {
  using Outcome = std::optional<Joined>;
  if (!plausible_token(token)) return Outcome();
  Seconds now = app.clock.now();
  auto send = find_send_by_link_hash(c, hash_token(token));
  if (!send || send->link_used_at || !send->link_expires_at || *send->link_expires_at <= now) return Outcome();
  auto contact = find_contact(c, send->contact_id);
  if (!contact || contact->email.empty()) return Outcome();
  std::optional<ProfileFacts> profile;
  if (contact->initiative_id) profile = profile_facts(c, *contact->initiative_id);
  auto marked = mark_link_used(c, send->id, now);
  if (!marked) return marked.error();
  if (!*marked) return conflict("personal link used at the same moment");

  Joined joined;
  joined.way = way_for(*contact, profile);
  if (joined.way == JoinWay::ClaimProfile) {
    auto claimed = claim_now(app, c, *contact, profile->id, user_agent);
    if (!claimed) return claimed.error();
    if (*claimed) {
      joined.login = std::move((*claimed)->login);
      joined.initiative_id = (*claimed)->initiative.id;
      joined.initiative_name = (*claimed)->initiative.name;
      joined.target = "/initiatieven/" + (*claimed)->initiative.slug;
    } else {
      joined.way = JoinWay::OpenProfile;  // claimed by someone else just now
    }
  }
  if (joined.way != JoinWay::ClaimProfile) {
    auto login = accounts::log_in(c, contact->email, user_agent, now);
    if (!login) return login.error();
    joined.login = std::move(*login);
    joined.target = joined.way == JoinWay::OpenProfile ? "/initiatieven/" + profile->slug : "/initiatieven/nieuw";
    if (profile) joined.initiative_name = profile->name;
  }
  if (auto r = record_link_use(c, contact->id, joined.login.account.id, now); !r) return r.error();
  // Following the invitation is a yes; an earlier "twijfelt" becomes "wil meedoen".
  if (contact->answer == Answer::None || contact->answer == Answer::Doubts)
    if (auto r = set_answer(c, contact->id, Answer::WantsToJoin, now); !r) return r.error();
  if (auto r = audit::record(c, use_entry(now, joined.login.account, contact->id)); !r) return r.error();
  return Outcome(std::move(joined));
}

}  // namespace omzien::outreach
