// The event form: what was typed (kept as typed, also when wrong), its validation with a Dutch
// message per field, and the Event it becomes. Dates and times are Amsterdam wall-clock time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/view.h"
#include "features/events/event.h"
#include "features/initiatives/taxonomy.h"
#include "http/request.h"

namespace omzien::events {

// One choice of organiser: "stichting" (the foundation) or an initiative's id, with its name.
struct OrganiserChoice {
  std::string value;
  std::string label;
};
inline constexpr const char* kFoundationValue = "stichting";

struct EventForm {
  std::string title = {};
  std::string description = {};
  std::string audience = {};
  std::string organiser = {};
  std::string date = {};        // "2027-03-14"
  std::string start_time = {};  // "19:30"
  std::string end_time = {};
  std::string mode = "offline";
  std::string venue_name = {};
  std::string address = {};
  std::string postcode = {};
  std::string place = {};
  bool address_private = false;
  std::string online_url = {};
  std::string municipality_code = {};
  std::vector<std::string> themes = {};
  std::string capacity = {};
  bool waiting_list = true;
  std::string deadline_date = {};
  std::string deadline_time = {};
  bool step_free = false;
  bool hearing_loop = false;
  std::string accessibility_notes = {};
  std::string costs = {};
  std::map<std::string, std::string> errors = {};

  static EventForm from_request(const http::Request& request);
  static EventForm from_event(const Event& event);

  // Checks every field; fills `errors` (field -> Dutch message). True when there are none.
  // A start that changed (or a new event) must lie after `now`; `unchanged_start` is the saved
  // start of the event being edited, so fixing a typo after it began stays possible.
  bool validate(const std::vector<initiatives::Term>& themes_available, const std::vector<OrganiserChoice>& organisers,
                Seconds now, std::optional<Seconds> unchanged_start = std::nullopt);
  // Copies the fields onto `event` (after validate() said yes); keeps what the form does not hold.
  void apply_to(Event& event) const;
  // The fields and errors for the form template, with every choice marked.
  View to_view(const std::vector<initiatives::Term>& themes_available,
               const std::vector<OrganiserChoice>& organisers) const;

 private:
  Seconds starts_at_ = 0;
  Seconds ends_at_ = 0;
  std::optional<Seconds> deadline_;
};

// True for https:// URLs with a host: what a video link must be.
bool is_https_url(std::string_view url);

}  // namespace omzien::events
