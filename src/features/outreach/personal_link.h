// The personal link in an invitation mail ("/meedoen?t=..."): it claims the profile staff set up
// for the contact, or, when there is none yet, logs the contact in and opens the form to create
// it. Like the claim links it reuses, the link opens a page with a button (mail scanners open
// links) and only the POST acts; it works once, for 30 days, and is stored only as a hash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/accounts/sessions.h"
#include "features/outreach/contact.h"
#include "features/outreach/contact_state.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

inline constexpr Seconds kPersonalLinkLifetime = 30 * 86400;

enum class LinkState { Usable, Used, Expired };
// What pressing the button will do.
enum class JoinWay { ClaimProfile, OpenProfile, CreateProfile };

struct PersonalLink {
  Contact contact;
  std::optional<ProfileFacts> profile;
  LinkState state = LinkState::Usable;
  JoinWay way = JoinWay::CreateProfile;
};
// What a link points at, without using it; nullopt when the link is unknown.
std::optional<PersonalLink> peek_personal_link(App& app, std::string_view token);

struct Joined {
  accounts::LoggedIn login;
  JoinWay way = JoinWay::CreateProfile;
  std::string target;                          // where to go now: the profile or the new-profile form
  std::optional<std::int64_t> initiative_id;   // the claimed profile (to tell the search index)
  std::string initiative_name;
};
// Uses the link in the caller's transaction: claims the set-up profile through the initiatives'
// claim links (login, beheerder, claimed), or logs the contact's address in; records the use on
// the contact (it moves along the pipeline) and in the audit log. nullopt when the link is not
// usable; then nothing changed.
Result<std::optional<Joined>> use_personal_link(App& app, db::Connection& c, std::string_view token,
                                                std::string_view user_agent);

}  // namespace omzien::outreach
