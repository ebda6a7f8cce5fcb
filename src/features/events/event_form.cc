#include "features/events/event_form.h"

#include <algorithm>

#include "core/amsterdam_time.h"
#include "core/text.h"
#include "features/events/texts.h"
#include "geo/geo.h"
#include "geo/postcode.h"

namespace omzien::events {
namespace {

constexpr std::size_t kMaxTitle = 120;
constexpr std::size_t kMaxDescription = 5000;
constexpr std::size_t kMaxShortText = 500;
constexpr std::size_t kMaxCosts = 100;
constexpr int kMaxCapacity = 10000;
constexpr Seconds kMaxAhead = 2 * 366 * 86400;

// Text fields must not carry control characters (they end up in mails, calendars and exports).
std::string without_controls(std::string_view text, bool keep_newlines) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == '\r') continue;
    if (u == '\n' && keep_newlines) out += c;
    else if (u < 0x20 && u != '\t') out += ' ';
    else if (u != 0x7F) out += c;
  }
  return out;
}

std::string line(const http::Params& f, std::string_view name) {
  return without_controls(normalize_nfc(trim(f.get(name))), false);
}
std::string block(const http::Params& f, std::string_view name) {
  return without_controls(normalize_nfc(trim(f.get(name))), true);
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// The moment of `date` + `time`, or the message for the field that is wrong.
struct Moment {
  std::optional<Seconds> at;
  std::string date_error;
  std::string time_error;
};
Moment read_moment(std::string_view date, std::string_view time) {
  Moment m;
  auto day = parse_local_date(date);
  if (date.empty()) m.date_error = texts::kDateRequired;
  else if (!day) m.date_error = texts::kDateInvalid;
  if (time.empty()) m.time_error = texts::kTimeRequired;
  if (!day || time.empty()) return m;
  auto local = parse_local_time(time, *day);
  if (!local) {
    m.time_error = texts::kTimeInvalid;
    return m;
  }
  auto resolved = from_amsterdam(*local);
  if (!resolved) m.time_error = texts::kTimeInvalid;
  else if (resolved->kind == LocalTimeKind::Skipped) m.time_error = texts::kTimeSkipped;
  else m.at = resolved->utc;
  return m;
}

std::optional<int> read_capacity(std::string_view text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool is_https_url(std::string_view url) { return url.rfind("https://", 0) == 0 && is_http_url(url); }

EventForm EventForm::from_request(const http::Request& request) {
  const auto& f = request.form;
  EventForm form;
  form.title = line(f, "title");
  form.description = block(f, "description");
  form.audience = line(f, "audience");
  form.organiser = trim(f.get("organiser"));
  form.date = trim(f.get("date"));
  form.start_time = trim(f.get("start_time"));
  form.end_time = trim(f.get("end_time"));
  form.mode = f.get("mode");
  form.venue_name = line(f, "venue_name");
  form.address = line(f, "address");
  form.postcode = trim(f.get("postcode"));
  form.place = line(f, "place");
  form.address_private = f.get("address_private") == "ja";
  form.online_url = trim(f.get("online_url"));
  form.municipality_code = trim(f.get("municipality_code"));
  form.themes = f.all("themes");
  form.capacity = trim(f.get("capacity"));
  form.waiting_list = f.get("waiting_list") == "ja";
  form.deadline_date = trim(f.get("deadline_date"));
  form.deadline_time = trim(f.get("deadline_time"));
  form.step_free = f.get("step_free") == "ja";
  form.hearing_loop = f.get("hearing_loop") == "ja";
  form.accessibility_notes = block(f, "accessibility_notes");
  form.costs = line(f, "costs");
  return form;
}

EventForm EventForm::from_event(const Event& e) {
  EventForm form;
  form.title = e.title;
  form.description = e.description;
  form.audience = e.audience;
  form.organiser = e.organiser_initiative_id ? std::to_string(*e.organiser_initiative_id) : kFoundationValue;
  form.date = format_date_input(e.starts_at);
  form.start_time = format_time_input(e.starts_at);
  form.end_time = format_time_input(e.ends_at);
  form.mode = std::string(mode_name(e.mode));
  form.venue_name = e.venue_name;
  form.address = e.address;
  form.postcode = e.postcode;
  form.place = e.place;
  form.address_private = e.address_private;
  form.online_url = e.online_url;
  form.municipality_code = e.municipality_code;
  form.themes = e.themes;
  form.capacity = e.capacity ? std::to_string(*e.capacity) : "";
  form.waiting_list = e.waiting_list;
  if (e.registration_deadline) {
    form.deadline_date = format_date_input(*e.registration_deadline);
    form.deadline_time = format_time_input(*e.registration_deadline);
  }
  form.step_free = e.step_free;
  form.hearing_loop = e.hearing_loop;
  form.accessibility_notes = e.accessibility_notes;
  form.costs = e.costs;
  return form;
}

bool EventForm::validate(const std::vector<initiatives::Term>& themes_available,
                         const std::vector<OrganiserChoice>& organisers, Seconds now,
                         std::optional<Seconds> unchanged_start) {
  errors.clear();
  if (title.empty()) errors["title"] = texts::kTitleRequired;
  else if (utf8_length(title) > kMaxTitle) errors["title"] = texts::kTitleTooLong;
  if (description.empty()) errors["description"] = texts::kDescriptionRequired;
  else if (utf8_length(description) > kMaxDescription) errors["description"] = texts::kDescriptionTooLong;
  if (utf8_length(audience) > kMaxShortText) errors["audience"] = texts::kTextTooLong;
  bool organiser_known = std::any_of(organisers.begin(), organisers.end(),
                                     [&](const OrganiserChoice& c) { return c.value == organiser; });
  if (!organiser_known) errors["organiser"] = texts::kOrganiserRequired;

  Moment start = read_moment(date, start_time);
  if (!start.date_error.empty()) errors["date"] = start.date_error;
  if (!start.time_error.empty()) errors["start_time"] = start.time_error;
  Moment end = read_moment(date, end_time);
  if (!end.time_error.empty() && end.date_error.empty()) errors["end_time"] = end.time_error;
  if (start.at && end.at && *end.at <= *start.at) errors["end_time"] = texts::kEndBeforeStart;
  if (start.at) {
    bool moved = !unchanged_start || *unchanged_start != *start.at;
    if (moved && *start.at <= now) errors["date"] = texts::kDateInPast;
    else if (*start.at > now + kMaxAhead) errors["date"] = texts::kDateTooFar;
  }
  starts_at_ = start.at.value_or(0);
  ends_at_ = end.at.value_or(0);

  auto parsed_mode = parse_mode(mode);
  if (!parsed_mode) errors["mode"] = texts::kModeRequired;
  bool venue = parsed_mode && *parsed_mode != Mode::Online;
  bool video = parsed_mode && *parsed_mode != Mode::Offline;
  if (venue && venue_name.empty()) errors["venue_name"] = texts::kVenueRequired;
  if (venue && address.empty()) errors["address"] = texts::kAddressRequired;
  if (venue && place.empty()) errors["place"] = texts::kPlaceRequired;
  if (!postcode.empty() && !geo::normalize_postcode(postcode)) errors["postcode"] = texts::kPostcodeInvalid;
  for (const auto& [field, text] : {std::pair{"venue_name", &venue_name}, std::pair{"address", &address},
                                    std::pair{"place", &place}, std::pair{"accessibility_notes", &accessibility_notes}})
    if (utf8_length(*text) > kMaxShortText) errors[field] = texts::kTextTooLong;
  if (video && online_url.empty()) errors["online_url"] = texts::kVideoLinkRequired;
  else if (!online_url.empty() && !is_https_url(online_url)) errors["online_url"] = texts::kVideoLinkNotHttps;

  if (municipality_code.empty() ||
      (municipality_code != geo::kProvinceCode && !geo::find_municipality(municipality_code)))
    errors["municipality_code"] = texts::kMunicipalityRequired;
  for (const auto& theme : themes)
    if (!initiatives::is_choosable(themes_available, theme)) errors["themes"] = texts::kThemeUnknown;

  if (!capacity.empty()) {
    auto number = read_capacity(capacity);
    if (!number || *number < 1 || *number > kMaxCapacity) errors["capacity"] = texts::kCapacityInvalid;
  }
  deadline_.reset();
  if (!deadline_date.empty() || !deadline_time.empty()) {
    Moment deadline = read_moment(deadline_date, deadline_time);
    if (!deadline.at) errors["deadline_date"] = texts::kDeadlineInvalid;
    else if (start.at && *deadline.at > *start.at) errors["deadline_date"] = texts::kDeadlineAfterStart;
    deadline_ = deadline.at;
  }
  if (utf8_length(costs) > kMaxCosts) errors["costs"] = texts::kCostsTooLong;
  return errors.empty();
}

void EventForm::apply_to(Event& e) const {
  e.title = title;
  e.description = description;
  e.audience = audience;
  e.organiser_initiative_id.reset();
  if (organiser != kFoundationValue) e.organiser_initiative_id = std::stoll(organiser);
  e.starts_at = starts_at_;
  e.ends_at = ends_at_;
  e.mode = parse_mode(mode).value_or(Mode::Offline);
  bool venue = e.mode != Mode::Online;
  e.venue_name = venue ? venue_name : "";
  e.address = venue ? address : "";
  auto normalized = geo::normalize_postcode(postcode);
  e.postcode = venue && normalized ? geo::format_postcode(*normalized) : "";
  e.place = venue ? place : "";
  e.address_private = venue && address_private;
  e.online_url = e.mode != Mode::Offline ? online_url : "";
  e.municipality_code = municipality_code;
  e.themes = themes;
  std::sort(e.themes.begin(), e.themes.end());
  e.themes.erase(std::unique(e.themes.begin(), e.themes.end()), e.themes.end());
  e.capacity = capacity.empty() ? std::nullopt : read_capacity(capacity);
  e.waiting_list = waiting_list;
  e.registration_deadline = deadline_;
  e.step_free = step_free;
  e.hearing_loop = hearing_loop;
  e.accessibility_notes = accessibility_notes;
  e.costs = costs;
}

View EventForm::to_view(const std::vector<initiatives::Term>& themes_available,
                        const std::vector<OrganiserChoice>& organisers) const {
  View v;
  v.set("title", title).set("description", description).set("audience", audience);
  v.set("date", date).set("start_time", start_time).set("end_time", end_time);
  v.set("venue_name", venue_name).set("address", address).set("postcode", postcode).set("place", place);
  v.set("address_private", address_private).set("online_url", online_url);
  v.set("capacity", capacity).set("waiting_list", waiting_list);
  v.set("deadline_date", deadline_date).set("deadline_time", deadline_time);
  v.set("step_free", step_free).set("hearing_loop", hearing_loop);
  v.set("accessibility_notes", accessibility_notes).set("costs", costs);
  v.set("mode_offline", mode == "offline").set("mode_online", mode == "online").set("mode_hybrid", mode == "hybrid");
  View organiser_list = View::list();
  for (const auto& choice : organisers)
    organiser_list.push(View().set("value", choice.value).set("label", choice.label).set("selected", choice.value == organiser));
  v.set("organisers", organiser_list);
  v.set("one_organiser", organisers.size() == 1);
  if (organisers.size() == 1) v.set("only_organiser_value", organisers[0].value).set("only_organiser_label", organisers[0].label);
  View theme_list = View::list();
  for (const auto& term : themes_available) {
    bool chosen = contains(themes, term.id);
    if (term.retired && !chosen) continue;
    theme_list.push(View().set("id", term.id).set("label", term.label).set("checked", chosen));
  }
  v.set("themes", theme_list);
  View municipalities = View::list();
  municipalities.push(View().set("code", std::string(geo::kProvinceCode)).set("name", texts::kProvinceWide)
                          .set("selected", municipality_code == geo::kProvinceCode));
  for (const auto& m : geo::municipalities())
    municipalities.push(View().set("code", m.code).set("name", m.name).set("selected", municipality_code == m.code));
  v.set("municipalities", municipalities);
  return v;
}

}  // namespace omzien::events
