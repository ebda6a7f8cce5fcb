#include "features/events/registration_store.h"

namespace omzien::events {
namespace {

#define REGISTRATION_COLUMNS                                                                              \
  "id, event_id, kind, name, email, account_id, status, may_mail, link_nonce, attended, checked_in_at, " \
  "confirmed_at, reminded_at, cancelled_at, created_at, updated_at"

constexpr std::string_view kSelectById = "SELECT " REGISTRATION_COLUMNS " FROM event_registrations WHERE id = :id";
constexpr std::string_view kSelectByToken =
    "SELECT " REGISTRATION_COLUMNS " FROM event_registrations WHERE token_hash = :token_hash";
constexpr std::string_view kSelectByEmail =
    "SELECT " REGISTRATION_COLUMNS " FROM event_registrations WHERE event_id = :event_id AND email = :email";
constexpr std::string_view kSelectByAccount =
    "SELECT " REGISTRATION_COLUMNS " FROM event_registrations "
    "WHERE event_id = :event_id AND account_id = :account_id AND status != 'cancelled' ORDER BY id LIMIT 1";
constexpr std::string_view kSelectNextWaiting =
    "SELECT " REGISTRATION_COLUMNS " FROM event_registrations "
    "WHERE event_id = :event_id AND status = 'waiting' ORDER BY created_at, id LIMIT 1";
constexpr std::string_view kSelectAll =
    "SELECT " REGISTRATION_COLUMNS " FROM event_registrations WHERE event_id = :event_id "
    "ORDER BY name COLLATE NOCASE, id";
#undef REGISTRATION_COLUMNS

constexpr std::string_view kInsert = R"sql(
  INSERT INTO event_registrations (event_id, kind, name, email, account_id, status, may_mail, link_nonce,
    token_hash, attended, checked_in_at, confirmed_at, created_at, updated_at)
  VALUES (:event_id, :kind, :name, :email, :account_id, :status, :may_mail, :link_nonce, :token_hash,
    :attended, :checked_in_at, :confirmed_at, :now, :now)
)sql";
constexpr std::string_view kUpdate = R"sql(
  UPDATE event_registrations SET name = :name, account_id = :account_id, status = :status, may_mail = :may_mail,
    link_nonce = :link_nonce, token_hash = CASE WHEN :token_hash = '' THEN token_hash ELSE :token_hash END,
    confirmed_at = :confirmed_at, reminded_at = :reminded_at, cancelled_at = :cancelled_at,
    created_at = :created_at, updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kCountConfirmed = R"sql(
  SELECT count(*) FROM event_registrations
  WHERE event_id = :event_id AND kind = 'registration' AND status = 'confirmed'
)sql";
constexpr std::string_view kSetAttended = R"sql(
  UPDATE event_registrations SET attended = :attended,
    checked_in_at = CASE WHEN :attended = 1 THEN :now ELSE NULL END, updated_at = :now
  WHERE id = :id AND status = 'confirmed'
)sql";
constexpr std::string_view kMarkReminded =
    "UPDATE event_registrations SET reminded_at = :now, updated_at = :now WHERE id = :id AND reminded_at IS NULL";
constexpr std::string_view kForgetReminders =
    "UPDATE event_registrations SET reminded_at = NULL WHERE event_id = :event_id";
constexpr std::string_view kDueReminders = R"sql(
  SELECT r.id, r.event_id FROM event_registrations r JOIN events e ON e.id = r.event_id
  WHERE r.status = 'confirmed' AND r.kind = 'registration' AND r.email != '' AND r.reminded_at IS NULL
    AND e.status IN ('scheduled', 'rescheduled')
    AND e.starts_at > :now AND e.starts_at <= :now + :window
    AND coalesce(r.confirmed_at, r.created_at) < e.starts_at - :confirmed_before_start
  ORDER BY e.starts_at, r.id
)sql";
constexpr std::string_view kDeleteOld = R"sql(
  DELETE FROM event_registrations WHERE event_id IN (SELECT id FROM events WHERE ends_at < :ended_before)
)sql";

RegistrationStatus parse_registration_status(std::string_view name) {
  if (name == "waiting") return RegistrationStatus::Waiting;
  if (name == "cancelled") return RegistrationStatus::Cancelled;
  return RegistrationStatus::Confirmed;
}

Registration read_registration(const db::Statement& row) {
  Registration r;
  int k = 0;
  r.id = row.integer(k++);
  r.event_id = row.integer(k++);
  r.kind = row.text(k++) == "walk_in" ? RegistrationKind::WalkIn : RegistrationKind::Registration;
  r.name = row.text(k++);
  r.email = row.text(k++);
  r.account_id = row.optional_integer(k++);
  r.status = parse_registration_status(row.text(k++));
  r.may_mail = row.integer(k++) != 0;
  r.link_nonce = row.text(k++);
  r.attended = row.integer(k++) != 0;
  r.checked_in_at = row.optional_integer(k++);
  r.confirmed_at = row.optional_integer(k++);
  r.reminded_at = row.optional_integer(k++);
  r.cancelled_at = row.optional_integer(k++);
  r.created_at = row.integer(k++);
  r.updated_at = row.integer(k++);
  return r;
}

std::optional<Registration> read_one(db::Statement& select) {
  if (!select.next()) return std::nullopt;
  return read_registration(select);
}

}  // namespace

std::string_view registration_status_name(RegistrationStatus status) {
  switch (status) {
    case RegistrationStatus::Confirmed: return "confirmed";
    case RegistrationStatus::Waiting: return "waiting";
    case RegistrationStatus::Cancelled: return "cancelled";
  }
  return "confirmed";
}

std::string_view registration_kind_name(RegistrationKind kind) {
  return kind == RegistrationKind::WalkIn ? "walk_in" : "registration";
}

Result<Registration> insert_registration(db::Connection& c, Registration r, std::string_view token_hash, Seconds now) {
  auto insert = c.prepare(kInsert);
  insert.bind(":event_id", r.event_id).bind(":kind", registration_kind_name(r.kind)).bind(":name", r.name);
  insert.bind(":email", r.email).bind(":account_id", r.account_id);
  insert.bind(":status", registration_status_name(r.status)).bind(":may_mail", r.may_mail);
  insert.bind(":link_nonce", r.link_nonce).bind(":token_hash", token_hash).bind(":attended", r.attended);
  insert.bind(":checked_in_at", r.checked_in_at).bind(":confirmed_at", r.confirmed_at).bind(":now", now);
  if (auto done = insert.run(); !done) return done.error();
  r.id = c.last_insert_id();
  r.created_at = r.updated_at = now;
  return r;
}

Result<void> update_registration(db::Connection& c, const Registration& r, std::string_view token_hash, Seconds now) {
  auto update = c.prepare(kUpdate);
  update.bind(":name", r.name).bind(":account_id", r.account_id);
  update.bind(":status", registration_status_name(r.status)).bind(":may_mail", r.may_mail);
  update.bind(":link_nonce", r.link_nonce).bind(":token_hash", token_hash);
  update.bind(":confirmed_at", r.confirmed_at).bind(":reminded_at", r.reminded_at);
  update.bind(":cancelled_at", r.cancelled_at).bind(":created_at", r.created_at);
  update.bind(":now", now).bind(":id", r.id);
  if (auto done = update.run(); !done) return done;
  if (c.changes() == 0) return not_found("registration " + std::to_string(r.id));
  return {};
}

std::optional<Registration> find_registration(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kSelectById);
  select.bind(":id", id);
  return read_one(select);
}

std::optional<Registration> find_registration_by_token_hash(db::Connection& c, std::string_view token_hash) {
  auto select = c.prepare(kSelectByToken);
  select.bind(":token_hash", token_hash);
  return read_one(select);
}

std::optional<Registration> find_registration_by_email(db::Connection& c, std::int64_t event_id,
                                                       std::string_view email) {
  auto select = c.prepare(kSelectByEmail);
  select.bind(":event_id", event_id).bind(":email", email);
  return read_one(select);
}

std::optional<Registration> find_active_registration_of_account(db::Connection& c, std::int64_t event_id,
                                                                std::int64_t account_id) {
  auto select = c.prepare(kSelectByAccount);
  select.bind(":event_id", event_id).bind(":account_id", account_id);
  return read_one(select);
}

int count_confirmed(db::Connection& c, std::int64_t event_id) {
  return static_cast<int>(c.prepare(kCountConfirmed).bind(":event_id", event_id).single_integer().value_or(0));
}

std::optional<Registration> next_waiting(db::Connection& c, std::int64_t event_id) {
  auto select = c.prepare(kSelectNextWaiting);
  select.bind(":event_id", event_id);
  return read_one(select);
}

std::vector<Registration> list_registrations(db::Connection& c, std::int64_t event_id) {
  auto select = c.prepare(kSelectAll);
  select.bind(":event_id", event_id);
  std::vector<Registration> out;
  while (select.next()) out.push_back(read_registration(select));
  return out;
}

Result<void> set_attended(db::Connection& c, std::int64_t id, bool attended, Seconds now) {
  auto update = c.prepare(kSetAttended);
  update.bind(":attended", attended).bind(":now", now).bind(":id", id);
  if (auto done = update.run(); !done) return done;
  if (c.changes() == 0) return not_found("confirmed registration " + std::to_string(id));
  return {};
}

Result<void> mark_reminded(db::Connection& c, std::int64_t id, Seconds now) {
  auto update = c.prepare(kMarkReminded);
  update.bind(":now", now).bind(":id", id);
  if (auto done = update.run(); !done) return done;
  if (c.changes() == 0) return conflict("registration " + std::to_string(id) + " was reminded already");
  return {};
}

Result<void> forget_reminders(db::Connection& c, std::int64_t event_id) {
  return c.prepare(kForgetReminders).bind(":event_id", event_id).run();
}

std::vector<DueReminder> due_reminders(db::Connection& c, Seconds now, Seconds window, Seconds confirmed_before_start) {
  auto select = c.prepare(kDueReminders);
  select.bind(":now", now).bind(":window", window).bind(":confirmed_before_start", confirmed_before_start);
  std::vector<DueReminder> out;
  while (select.next()) out.push_back({select.integer(0), select.integer(1)});
  return out;
}

Result<int> delete_registrations_of_events_ended_before(db::Connection& c, Seconds ended_before) {
  if (auto done = c.prepare(kDeleteOld).bind(":ended_before", ended_before).run(); !done) return done.error();
  return c.changes();
}

}  // namespace omzien::events
