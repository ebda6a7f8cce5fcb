// What pages, mails and calendars show of an event, for whom. The public sees no video link and,
// when the organiser asked, no street address; registered people see both.
#pragma once

#include <string>
#include <vector>

#include "core/ical.h"
#include "core/view.h"
#include "db/db.h"
#include "features/events/event.h"
#include "features/initiatives/taxonomy.h"

namespace omzien {
struct App;
}

namespace omzien::events {

enum class Audience { Public, Registered };

// The organiser as shown: an initiative (with its profile's slug) or the foundation.
struct Organiser {
  std::string name;
  std::string slug;  // empty for the foundation
};
Organiser find_organiser(db::Connection& c, const Event& event);

// Whether someone can register now, and if not, why.
enum class RegistrationState { Open, WaitingList, Full, Closed, Started, Postponed, Cancelled };
RegistrationState registration_state(const Event& event, Seconds now);
// Free places left (capacity minus confirmed registrations); nullopt without a limit.
std::optional<int> places_left(const Event& event);

// "zaterdag 5 december 2026".
std::string date_label(const Event& event);
// "19:30 – 21:00".
std::string time_label(const Event& event);
// One line for the place: "Buurthuis De Linde, Slotlaan 1, 3701 GA Zeist", "Zeist" when the
// address is private for this audience, "Online", or both.
std::string where_label(const Event& event, Audience audience);

// The template data of an event (public fields, or everything a registered person may see).
View event_view(const App& app, const Event& event, const Organiser& organiser,
                const std::vector<initiatives::Term>& themes, Audience audience, Seconds now);
// schema.org Event JSON-LD for the page's <head>, escaped for a <script> element. Never holds the
// video link or a private address.
std::string event_json_ld(const App& app, const Event& event, const Organiser& organiser);
// The event for a calendar file. For Registered the video link, the full address and
// `manage_url` are in it; Public never has them.
ical::Event calendar_event(const App& app, const Event& event, const Organiser& organiser,
                           const std::vector<initiatives::Term>& themes, Audience audience, Seconds now,
                           const std::string& manage_url = "");

}  // namespace omzien::events
