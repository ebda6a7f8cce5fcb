#include "features/outreach/contact_store.h"

namespace omzien::outreach {
namespace {

#define OUTREACH_CONTACT_COLUMNS                                                                            \
  "id, initiative_name, person_name, email, phone, municipality_code, notes, initiative_id, linked_at, "   \
  "linking_pin_id, link_account_id, link_used_at, answer, answered_at, call_back_on, profile_complete_at, " \
  "source, created_at, updated_at"

constexpr std::string_view kInsert = R"sql(
  INSERT INTO outreach_contacts (initiative_name, person_name, email, phone, municipality_code, notes,
                                 linking_pin_id, source, created_at, updated_at)
  VALUES (:initiative_name, :person_name, :email, :phone, :municipality_code, :notes, :linking_pin_id, :source,
          :now, :now)
)sql";
constexpr std::string_view kUpdateFields = R"sql(
  UPDATE outreach_contacts
  SET initiative_name = :initiative_name, person_name = :person_name, email = :email, phone = :phone,
      municipality_code = :municipality_code, notes = :notes, call_back_on = :call_back_on, updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kDelete = "DELETE FROM outreach_contacts WHERE id = :id";
constexpr std::string_view kFind = "SELECT " OUTREACH_CONTACT_COLUMNS " FROM outreach_contacts WHERE id = :id";
constexpr std::string_view kFindByEmail =
    "SELECT " OUTREACH_CONTACT_COLUMNS " FROM outreach_contacts WHERE email = :email";
constexpr std::string_view kFindByPhoneOnly = "SELECT " OUTREACH_CONTACT_COLUMNS
                                              " FROM outreach_contacts WHERE email IS NULL AND phone = :phone "
                                              "ORDER BY id LIMIT 1";
constexpr std::string_view kOfInitiative =
    "SELECT " OUTREACH_CONTACT_COLUMNS " FROM outreach_contacts WHERE initiative_id = :initiative_id ORDER BY id";
constexpr std::string_view kUnlinkedOf = "SELECT " OUTREACH_CONTACT_COLUMNS
                                         " FROM outreach_contacts WHERE initiative_id IS NULL "
                                         "AND (email = :email OR link_account_id = :account_id) ORDER BY id";
constexpr std::string_view kSetLinkingPin =
    "UPDATE outreach_contacts SET linking_pin_id = :linking_pin_id, updated_at = :now WHERE id = :id";
constexpr std::string_view kSetInitiative = R"sql(
  UPDATE outreach_contacts
  SET initiative_id = :initiative_id, linked_at = CASE WHEN :initiative_id IS NULL THEN NULL ELSE :now END,
      profile_complete_at = NULL, updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kSetAnswer = R"sql(
  UPDATE outreach_contacts
  SET answer = :answer, answered_at = CASE WHEN :answer = '' THEN NULL ELSE :now END, updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kSetCallBack =
    "UPDATE outreach_contacts SET call_back_on = :date, updated_at = :now WHERE id = :id";
constexpr std::string_view kRecordLinkUse = R"sql(
  UPDATE outreach_contacts
  SET link_account_id = COALESCE(link_account_id, :account_id), link_used_at = COALESCE(link_used_at, :now),
      updated_at = :now
  WHERE id = :id
)sql";
constexpr std::string_view kSetCompleteAt =
    "UPDATE outreach_contacts SET profile_complete_at = :at WHERE id = :id AND profile_complete_at IS NULL";

// Each contact with its first mail, its calls and whether it was ever reached.
constexpr std::string_view kListRows = "SELECT " OUTREACH_CONTACT_COLUMNS R"sql(,
    (SELECT MIN(s.queued_at) FROM outreach_sends s WHERE s.contact_id = outreach_contacts.id AND s.status = 'verstuurd'),
    (SELECT MIN(k.at) FROM outreach_calls k WHERE k.contact_id = outreach_contacts.id),
    (SELECT MAX(k.at) FROM outreach_calls k WHERE k.contact_id = outreach_contacts.id),
    (SELECT k.outcome FROM outreach_calls k WHERE k.contact_id = outreach_contacts.id ORDER BY k.at DESC, k.id DESC LIMIT 1),
    EXISTS (SELECT 1 FROM outreach_calls k WHERE k.contact_id = outreach_contacts.id AND k.outcome = 'bereikt')
  FROM outreach_contacts
  WHERE (:municipality = '' OR municipality_code = :municipality)
    AND (:linking_pin IS NULL OR linking_pin_id = :linking_pin)
    AND (:without_linking_pin = 0 OR linking_pin_id IS NULL)
    AND (:contact_id IS NULL OR id = :contact_id)
  ORDER BY created_at, id
)sql";
constexpr std::string_view kCount = "SELECT COUNT(*) FROM outreach_contacts";

constexpr std::string_view kInsertCall = R"sql(
  INSERT INTO outreach_calls (contact_id, caller_id, caller_label, at, outcome, answer, note, call_back_on)
  VALUES (:contact_id, :caller_id, :caller_label, :at, :outcome, :answer, :note, :call_back_on)
)sql";
constexpr std::string_view kListCalls = R"sql(
  SELECT id, contact_id, caller_id, caller_label, at, outcome, answer, note, call_back_on
  FROM outreach_calls WHERE contact_id = :contact_id ORDER BY at DESC, id DESC
)sql";

constexpr std::string_view kInsertDraft =
    "INSERT INTO outreach_import_drafts (account_id, text, created_at) VALUES (:account_id, :text, :now)";
constexpr std::string_view kFindDraft =
    "SELECT text FROM outreach_import_drafts WHERE id = :id AND account_id = :account_id";
constexpr std::string_view kDeleteDraftsOf = "DELETE FROM outreach_import_drafts WHERE account_id = :account_id";
constexpr std::string_view kDeleteDraftsBefore = "DELETE FROM outreach_import_drafts WHERE created_at < :before";

#undef OUTREACH_CONTACT_COLUMNS

std::optional<std::string> null_if_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

Contact read_contact(const db::Statement& s) {
  Contact c;
  c.id = s.integer(0);
  c.initiative_name = s.text(1);
  c.person_name = s.text(2);
  c.email = s.optional_text(3).value_or("");
  c.phone = s.text(4);
  c.municipality_code = s.text(5);
  c.notes = s.text(6);
  c.initiative_id = s.optional_integer(7);
  c.linked_at = s.optional_integer(8);
  c.linking_pin_id = s.optional_integer(9);
  c.link_account_id = s.optional_integer(10);
  c.link_used_at = s.optional_integer(11);
  c.answer = parse_answer(s.text(12)).value_or(Answer::None);
  c.answered_at = s.optional_integer(13);
  c.call_back_on = s.text(14);
  c.profile_complete_at = s.optional_integer(15);
  c.source = s.text(16);
  c.created_at = s.integer(17);
  c.updated_at = s.integer(18);
  return c;
}

std::vector<Contact> read_contacts(db::Statement& s) {
  std::vector<Contact> out;
  while (s.next()) out.push_back(read_contact(s));
  return out;
}

std::optional<Contact> first_contact(db::Statement& s) {
  if (!s.next()) return std::nullopt;
  return read_contact(s);
}

}  // namespace

Result<std::int64_t> insert_contact(db::Connection& c, const Contact& contact, Seconds now) {
  auto insert = c.prepare(kInsert);
  insert.bind(":initiative_name", contact.initiative_name).bind(":person_name", contact.person_name);
  insert.bind(":email", null_if_empty(contact.email)).bind(":phone", contact.phone);
  insert.bind(":municipality_code", contact.municipality_code).bind(":notes", contact.notes);
  insert.bind(":linking_pin_id", contact.linking_pin_id).bind(":source", contact.source).bind(":now", now);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

Result<void> update_contact_fields(db::Connection& c, const Contact& contact, Seconds now) {
  auto update = c.prepare(kUpdateFields);
  update.bind(":initiative_name", contact.initiative_name).bind(":person_name", contact.person_name);
  update.bind(":email", null_if_empty(contact.email)).bind(":phone", contact.phone);
  update.bind(":municipality_code", contact.municipality_code).bind(":notes", contact.notes);
  update.bind(":call_back_on", contact.call_back_on).bind(":now", now).bind(":id", contact.id);
  return update.run();
}

Result<bool> delete_contact(db::Connection& c, std::int64_t id) {
  if (auto done = c.prepare(kDelete).bind(":id", id).run(); !done) return done.error();
  return c.changes() > 0;
}

std::optional<Contact> find_contact(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kFind);
  select.bind(":id", id);
  return first_contact(select);
}

std::optional<Contact> find_contact_by_email(db::Connection& c, std::string_view email) {
  if (email.empty()) return std::nullopt;
  auto select = c.prepare(kFindByEmail);
  select.bind(":email", email);
  return first_contact(select);
}

std::optional<Contact> find_contact_by_phone_only(db::Connection& c, std::string_view phone) {
  if (phone.empty()) return std::nullopt;
  auto select = c.prepare(kFindByPhoneOnly);
  select.bind(":phone", phone);
  return first_contact(select);
}

std::vector<Contact> contacts_of_initiative(db::Connection& c, std::int64_t initiative_id) {
  auto select = c.prepare(kOfInitiative);
  select.bind(":initiative_id", initiative_id);
  return read_contacts(select);
}

std::vector<Contact> unlinked_contacts_of(db::Connection& c, std::string_view email, std::int64_t account_id) {
  auto select = c.prepare(kUnlinkedOf);
  select.bind(":email", email.empty() ? std::string_view("\x01") : email).bind(":account_id", account_id);
  return read_contacts(select);
}

Result<void> set_linking_pin(db::Connection& c, std::int64_t id, std::optional<std::int64_t> linking_pin_id,
                             Seconds now) {
  return c.prepare(kSetLinkingPin).bind(":linking_pin_id", linking_pin_id).bind(":now", now).bind(":id", id).run();
}

Result<void> set_initiative(db::Connection& c, std::int64_t id, std::optional<std::int64_t> initiative_id, Seconds now) {
  return c.prepare(kSetInitiative).bind(":initiative_id", initiative_id).bind(":now", now).bind(":id", id).run();
}

Result<void> set_answer(db::Connection& c, std::int64_t id, Answer answer, Seconds now) {
  return c.prepare(kSetAnswer).bind(":answer", answer_id(answer)).bind(":now", now).bind(":id", id).run();
}

Result<void> set_call_back(db::Connection& c, std::int64_t id, std::string_view date, Seconds now) {
  return c.prepare(kSetCallBack).bind(":date", date).bind(":now", now).bind(":id", id).run();
}

Result<void> record_link_use(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now) {
  return c.prepare(kRecordLinkUse).bind(":account_id", account_id).bind(":now", now).bind(":id", id).run();
}

Result<void> set_profile_complete_at(db::Connection& c, std::int64_t id, Seconds at) {
  return c.prepare(kSetCompleteAt).bind(":at", at).bind(":id", id).run();
}

std::vector<ContactRow> list_contact_rows(db::Connection& c, const ContactQuery& query) {
  auto select = c.prepare(kListRows);
  select.bind(":municipality", query.municipality_code).bind(":linking_pin", query.linking_pin_id);
  select.bind(":without_linking_pin", query.without_linking_pin).bind(":contact_id", query.contact_id);
  std::vector<ContactRow> rows;
  while (select.next()) {
    ContactRow row{read_contact(select)};
    row.first_mailed_at = select.optional_integer(19);
    row.first_called_at = select.optional_integer(20);
    row.last_called_at = select.optional_integer(21);
    if (auto outcome = select.optional_text(22)) row.last_outcome = parse_outcome(*outcome);
    row.ever_reached = select.integer(23) != 0;
    rows.push_back(std::move(row));
  }
  return rows;
}

int count_contacts(db::Connection& c) { return static_cast<int>(c.prepare(kCount).single_integer().value_or(0)); }

Result<std::int64_t> insert_call(db::Connection& c, const Call& call) {
  auto insert = c.prepare(kInsertCall);
  insert.bind(":contact_id", call.contact_id).bind(":caller_id", call.caller_id).bind(":caller_label", call.caller_label);
  insert.bind(":at", call.at).bind(":outcome", outcome_id(call.outcome)).bind(":answer", answer_id(call.answer));
  insert.bind(":note", call.note).bind(":call_back_on", call.call_back_on);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

std::vector<Call> list_calls(db::Connection& c, std::int64_t contact_id) {
  auto select = c.prepare(kListCalls);
  select.bind(":contact_id", contact_id);
  std::vector<Call> calls;
  while (select.next()) {
    calls.push_back({.id = select.integer(0),
                     .contact_id = select.integer(1),
                     .caller_id = select.optional_integer(2),
                     .caller_label = select.text(3),
                     .at = select.integer(4),
                     .outcome = parse_outcome(select.text(5)).value_or(CallOutcome::Reached),
                     .answer = parse_answer(select.text(6)).value_or(Answer::None),
                     .note = select.text(7),
                     .call_back_on = select.text(8)});
  }
  return calls;
}

Result<std::int64_t> insert_import_draft(db::Connection& c, std::int64_t account_id, std::string_view text, Seconds now) {
  auto insert = c.prepare(kInsertDraft);
  insert.bind(":account_id", account_id).bind(":text", text).bind(":now", now);
  if (auto done = insert.run(); !done) return done.error();
  return c.last_insert_id();
}

std::optional<std::string> find_import_draft(db::Connection& c, std::int64_t id, std::int64_t account_id) {
  auto select = c.prepare(kFindDraft);
  select.bind(":id", id).bind(":account_id", account_id);
  if (!select.next()) return std::nullopt;
  return select.text(0);
}

Result<void> delete_import_drafts_of(db::Connection& c, std::int64_t account_id) {
  return c.prepare(kDeleteDraftsOf).bind(":account_id", account_id).run();
}

Result<void> delete_import_drafts_before(db::Connection& c, Seconds before) {
  return c.prepare(kDeleteDraftsBefore).bind(":before", before).run();
}

}  // namespace omzien::outreach
