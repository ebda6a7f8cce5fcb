#include "features/events/event_store.h"

#include <map>

#include "core/crypto.h"
#include "core/text.h"

namespace omzien::events {
namespace {

// Columns read into an Event, in the order read_event expects.
#define EVENT_COLUMNS                                                                                          \
  "id, slug, short_code, title, description, audience, starts_at, ends_at, previous_starts_at, mode, "        \
  "venue_name, address, postcode, place, address_private, lat, lon, online_url, organiser_initiative_id, "    \
  "created_by, municipality_code, capacity, waiting_list, registration_deadline, step_free, hearing_loop, "   \
  "accessibility_notes, costs, status, status_note, report, report_at, sequence, registered_count, "          \
  "waiting_count, attended_count, walk_in_count, created_at, updated_at"

constexpr std::string_view kSelectById = "SELECT " EVENT_COLUMNS " FROM events WHERE id = :id";
constexpr std::string_view kSelectBySlug = "SELECT " EVENT_COLUMNS " FROM events WHERE slug = :slug";
constexpr std::string_view kSelectByCode = "SELECT " EVENT_COLUMNS " FROM events WHERE short_code = :code";
constexpr std::string_view kSelectUpcoming =
    "SELECT " EVENT_COLUMNS " FROM events WHERE ends_at > :now ORDER BY starts_at, id";
constexpr std::string_view kSelectPast =
    "SELECT " EVENT_COLUMNS " FROM events WHERE ends_at <= :now ORDER BY starts_at DESC, id DESC";
constexpr std::string_view kSelectAll = "SELECT " EVENT_COLUMNS " FROM events ORDER BY starts_at, id";
#undef EVENT_COLUMNS

constexpr std::string_view kInsert = R"sql(
  INSERT INTO events (slug, short_code, title, description, audience, starts_at, ends_at, previous_starts_at,
    mode, venue_name, address, postcode, place, address_private, lat, lon, online_url, organiser_initiative_id,
    created_by, municipality_code, capacity, waiting_list, registration_deadline, step_free, hearing_loop,
    accessibility_notes, costs, status, status_note, report, report_at, sequence, created_at, updated_at)
  VALUES (:slug, :short_code, :title, :description, :audience, :starts_at, :ends_at, :previous_starts_at,
    :mode, :venue_name, :address, :postcode, :place, :address_private, :lat, :lon, :online_url,
    :organiser_initiative_id, :created_by, :municipality_code, :capacity, :waiting_list, :registration_deadline,
    :step_free, :hearing_loop, :accessibility_notes, :costs, :status, :status_note, :report, :report_at,
    :sequence, :now, :now)
)sql";
constexpr std::string_view kUpdate = R"sql(
  UPDATE events SET title = :title, description = :description, audience = :audience, starts_at = :starts_at,
    ends_at = :ends_at, previous_starts_at = :previous_starts_at, mode = :mode, venue_name = :venue_name,
    address = :address, postcode = :postcode, place = :place, address_private = :address_private, lat = :lat,
    lon = :lon, online_url = :online_url, organiser_initiative_id = :organiser_initiative_id,
    created_by = :created_by, municipality_code = :municipality_code, capacity = :capacity,
    waiting_list = :waiting_list, registration_deadline = :registration_deadline, step_free = :step_free,
    hearing_loop = :hearing_loop, accessibility_notes = :accessibility_notes, costs = :costs, status = :status,
    status_note = :status_note, report = :report, report_at = :report_at, sequence = :sequence,
    updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kSlugTaken = "SELECT count(*) FROM events WHERE slug = :slug";
constexpr std::string_view kCodeTaken = "SELECT count(*) FROM events WHERE short_code = :code";
constexpr std::string_view kThemesOf = "SELECT theme_id FROM event_themes WHERE event_id = :id ORDER BY theme_id";
constexpr std::string_view kAllThemes = "SELECT event_id, theme_id FROM event_themes ORDER BY event_id, theme_id";
constexpr std::string_view kClearThemes = "DELETE FROM event_themes WHERE event_id = :id";
constexpr std::string_view kAddTheme = "INSERT OR IGNORE INTO event_themes (event_id, theme_id) VALUES (:id, :theme)";
constexpr std::string_view kRefreshAttendance = R"sql(
  UPDATE events SET
    registered_count = (SELECT count(*) FROM event_registrations
                        WHERE event_id = :id AND kind = 'registration' AND status = 'confirmed'),
    waiting_count = (SELECT count(*) FROM event_registrations WHERE event_id = :id AND status = 'waiting'),
    attended_count = (SELECT count(*) FROM event_registrations
                      WHERE event_id = :id AND status = 'confirmed' AND attended = 1),
    walk_in_count = (SELECT count(*) FROM event_registrations
                     WHERE event_id = :id AND kind = 'walk_in' AND status = 'confirmed')
  WHERE id = :id
)sql";

// Words that are pages of the agenda itself, never an event's slug.
constexpr std::string_view kReservedSlugs[] = {"nieuw", "eerder"};
// Letters and digits nobody mixes up when typing a short link from paper (no 0/o, 1/l/i).
constexpr std::string_view kCodeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";

Event read_event(const db::Statement& row) {
  Event e;
  int k = 0;
  e.id = row.integer(k++);
  e.slug = row.text(k++);
  e.short_code = row.text(k++);
  e.title = row.text(k++);
  e.description = row.text(k++);
  e.audience = row.text(k++);
  e.starts_at = row.integer(k++);
  e.ends_at = row.integer(k++);
  e.previous_starts_at = row.optional_integer(k++);
  e.mode = parse_mode(row.text(k++)).value_or(Mode::Offline);
  e.venue_name = row.text(k++);
  e.address = row.text(k++);
  e.postcode = row.text(k++);
  e.place = row.text(k++);
  e.address_private = row.integer(k++) != 0;
  e.lat = row.optional_real(k++);
  e.lon = row.optional_real(k++);
  e.online_url = row.text(k++);
  e.organiser_initiative_id = row.optional_integer(k++);
  e.created_by = row.optional_integer(k++);
  e.municipality_code = row.text(k++);
  if (auto capacity = row.optional_integer(k++)) e.capacity = static_cast<int>(*capacity);
  e.waiting_list = row.integer(k++) != 0;
  e.registration_deadline = row.optional_integer(k++);
  e.step_free = row.integer(k++) != 0;
  e.hearing_loop = row.integer(k++) != 0;
  e.accessibility_notes = row.text(k++);
  e.costs = row.text(k++);
  e.status = parse_status(row.text(k++)).value_or(Status::Scheduled);
  e.status_note = row.text(k++);
  e.report = row.text(k++);
  e.report_at = row.optional_integer(k++);
  e.sequence = static_cast<int>(row.integer(k++));
  e.registered_count = static_cast<int>(row.integer(k++));
  e.waiting_count = static_cast<int>(row.integer(k++));
  e.attended_count = static_cast<int>(row.integer(k++));
  e.walk_in_count = static_cast<int>(row.integer(k++));
  e.created_at = row.integer(k++);
  e.updated_at = row.integer(k++);
  return e;
}

void load_themes(db::Connection& c, Event& e) {
  auto themes = c.prepare(kThemesOf);
  themes.bind(":id", e.id);
  while (themes.next()) e.themes.push_back(themes.text(0));
}

std::optional<Event> read_one(db::Connection& c, db::Statement& select) {
  if (!select.next()) return std::nullopt;
  Event e = read_event(select);
  load_themes(c, e);
  return e;
}

std::vector<Event> read_all(db::Connection& c, db::Statement& select) {
  std::vector<Event> events;
  while (select.next()) events.push_back(read_event(select));
  std::map<std::int64_t, std::vector<std::string>> themes;
  auto all = c.prepare(kAllThemes);
  while (all.next()) themes[all.integer(0)].push_back(all.text(1));
  for (auto& e : events)
    if (auto it = themes.find(e.id); it != themes.end()) e.themes = it->second;
  return events;
}

void bind_fields(db::Statement& s, const Event& e, Seconds now) {
  s.bind(":title", e.title).bind(":description", e.description).bind(":audience", e.audience);
  s.bind(":starts_at", e.starts_at).bind(":ends_at", e.ends_at).bind(":previous_starts_at", e.previous_starts_at);
  s.bind(":mode", mode_name(e.mode)).bind(":venue_name", e.venue_name).bind(":address", e.address);
  s.bind(":postcode", e.postcode).bind(":place", e.place).bind(":address_private", e.address_private);
  s.bind(":lat", e.lat).bind(":lon", e.lon).bind(":online_url", e.online_url);
  s.bind(":organiser_initiative_id", e.organiser_initiative_id).bind(":created_by", e.created_by);
  s.bind(":municipality_code", e.municipality_code);
  s.bind(":capacity", e.capacity ? std::optional<std::int64_t>(*e.capacity) : std::nullopt);
  s.bind(":waiting_list", e.waiting_list).bind(":registration_deadline", e.registration_deadline);
  s.bind(":step_free", e.step_free).bind(":hearing_loop", e.hearing_loop);
  s.bind(":accessibility_notes", e.accessibility_notes).bind(":costs", e.costs);
  s.bind(":status", status_name(e.status)).bind(":status_note", e.status_note);
  s.bind(":report", e.report).bind(":report_at", e.report_at).bind(":sequence", e.sequence);
  s.bind(":now", now);
}

Result<void> save_themes(db::Connection& c, const Event& e) {
  if (auto r = c.prepare(kClearThemes).bind(":id", e.id).run(); !r) return r;
  for (const auto& theme : e.themes)
    if (auto r = c.prepare(kAddTheme).bind(":id", e.id).bind(":theme", theme).run(); !r) return r;
  return {};
}

bool taken(db::Connection& c, std::string_view sql, std::string_view name, std::string_view value) {
  return c.prepare(sql).bind(name, value).single_integer().value_or(0) > 0;
}

std::string free_slug(db::Connection& c, std::string_view title) {
  std::string base = slugify(title);
  if (base.size() > 70) base.resize(70);
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (base.empty()) base = "bijeenkomst";
  for (auto reserved : kReservedSlugs)
    if (base == reserved) base += "-bijeenkomst";
  std::string slug = base;
  for (int n = 2; taken(c, kSlugTaken, ":slug", slug); ++n) slug = base + "-" + std::to_string(n);
  return slug;
}

std::string free_short_code(db::Connection& c) {
  std::string code;
  do {
    code.clear();
    for (int i = 0; i < 6; ++i)
      code += kCodeAlphabet[random_below(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
  } while (taken(c, kCodeTaken, ":code", code));
  return code;
}

}  // namespace

Result<Event> insert_event(db::Connection& c, Event event, Seconds now) {
  event.slug = free_slug(c, event.title);
  event.short_code = free_short_code(c);
  auto insert = c.prepare(kInsert);
  bind_fields(insert, event, now);
  insert.bind(":slug", event.slug).bind(":short_code", event.short_code);
  if (auto r = insert.run(); !r) return r.error();
  event.id = c.last_insert_id();
  event.created_at = event.updated_at = now;
  if (auto r = save_themes(c, event); !r) return r.error();
  return event;
}

Result<Event> update_event(db::Connection& c, Event event, Seconds now) {
  auto update = c.prepare(kUpdate);
  bind_fields(update, event, now);
  update.bind(":id", event.id);
  if (auto r = update.run(); !r) return r.error();
  if (c.changes() == 0) return not_found("event " + std::to_string(event.id));
  if (auto r = save_themes(c, event); !r) return r.error();
  event.updated_at = now;
  return event;
}

std::optional<Event> find_event(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kSelectById);
  select.bind(":id", id);
  return read_one(c, select);
}

std::optional<Event> find_event_by_slug(db::Connection& c, std::string_view slug) {
  auto select = c.prepare(kSelectBySlug);
  select.bind(":slug", slug);
  return read_one(c, select);
}

std::optional<Event> find_event_by_short_code(db::Connection& c, std::string_view code) {
  auto select = c.prepare(kSelectByCode);
  select.bind(":code", to_lower_ascii(code));
  return read_one(c, select);
}

std::vector<Event> list_upcoming_events(db::Connection& c, Seconds now) {
  auto select = c.prepare(kSelectUpcoming);
  select.bind(":now", now);
  return read_all(c, select);
}

std::vector<Event> list_past_events(db::Connection& c, Seconds now) {
  auto select = c.prepare(kSelectPast);
  select.bind(":now", now);
  return read_all(c, select);
}

std::vector<Event> list_all_events(db::Connection& c) {
  auto select = c.prepare(kSelectAll);
  return read_all(c, select);
}

Result<void> refresh_attendance(db::Connection& c, std::int64_t event_id) {
  return c.prepare(kRefreshAttendance).bind(":id", event_id).run();
}

}  // namespace omzien::events
