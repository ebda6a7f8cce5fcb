#include "features/outreach/profile_listener.h"

#include "app/app.h"
#include "audit/audit.h"
#include "core/log.h"
#include "core/text.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/contact_state.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/referral_store.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

audit::Entry system_entry(Seconds now, std::string action, std::string subject, std::string detail) {
  return {.at = now,
          .actor_label = std::string(texts::kAuditPlatform),
          .action = std::move(action),
          .subject = std::move(subject),
          .detail = std::move(detail)};
}

Result<void> link_contact(db::Connection& c, const Contact& contact, std::int64_t initiative_id, Seconds now) {
  if (auto r = set_initiative(c, contact.id, initiative_id, now); !r) return r;
  return audit::record(c, system_entry(now, "contact.link", "contact:" + std::to_string(contact.id), texts::kAuditAutoLinked));
}

Result<void> note(App& app, db::Connection& c, std::int64_t initiative_id) {
  Seconds now = app.clock.now();
  auto initiative = initiatives::find_initiative(c, initiative_id);
  if (!initiative) return {};
  auto managers = initiatives::list_managers(c, initiative_id);
  for (const auto& manager : managers)
    for (const auto& contact : unlinked_contacts_of(c, normalize_email(manager.email), manager.account_id))
      if (auto r = link_contact(c, contact, initiative_id, now); !r) return r;
  for (const auto& contact : unlinked_contacts_of(c, normalize_email(initiative->contact_email), 0))
    if (auto r = link_contact(c, contact, initiative_id, now); !r) return r;

  auto facts = profile_facts(c, initiative_id);
  if (!facts || !facts->claimed) return {};
  if (facts->percent >= kCompletePercent)
    for (const auto& contact : contacts_of_initiative(c, initiative_id))
      if (!contact.profile_complete_at)
        if (auto r = set_profile_complete_at(c, contact.id, now); !r) return r;

  if (is_brought_in(c, initiative_id)) return {};
  for (const auto& manager : managers) {
    auto referral = find_referral(c, manager.account_id);
    if (!referral || !referral->referrer_id || manager.added_at < referral->at) continue;
    BroughtIn brought{initiative_id, referral->referrer_id, manager.account_id, now};
    if (auto r = insert_brought_in(c, brought); !r) return r;
    return audit::record(c, system_entry(now, "referral.brought_in", "initiative:" + std::to_string(initiative_id),
                                         texts::kAuditBroughtIn));
  }
  return {};
}

}  // namespace

void note_profile_changes(App& app, std::span<const ContentChange> changes) {
  std::vector<std::int64_t> saved;
  for (const auto& change : changes)
    if (change.kind == "initiative" && change.action == ContentChange::Action::Saved) saved.push_back(change.id);
  if (saved.empty()) return;
  // One transaction for the lot: an import saves hundreds of profiles, and a commit per profile
  // made it wait on the disk for each.
  auto all = app.db->write_void([&](db::Connection& c) -> Result<void> {
    for (auto id : saved)
      if (auto r = note(app, c, id); !r) return r;
    return {};
  });
  if (all || saved.size() == 1) {
    if (!all) log_error("outreach: noting profile {} failed: {}", saved.front(), all.error().detail);
    return;
  }
  // One profile's failure must not cost the others their notes: each on its own, as before.
  for (auto id : saved) {
    auto done = app.db->write_void([&](db::Connection& c) { return note(app, c, id); });
    if (!done) log_error("outreach: noting profile {} failed: {}", id, done.error().detail);
  }
}

}  // namespace omzien::outreach
