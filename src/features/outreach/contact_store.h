// SQL of the address file: contacts, their calls, and lists waiting between preview and import.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"
#include "features/outreach/contact.h"

namespace omzien::outreach {

// Saves a new contact and returns its id. Fails with Conflict when the address is taken.
Result<std::int64_t> insert_contact(db::Connection& c, const Contact& contact, Seconds now);
// Saves the fields a person edits or an import merges (names, address, phone, municipality,
// notes, call-back date). Fails with Conflict when another contact has the address.
Result<void> update_contact_fields(db::Connection& c, const Contact& contact, Seconds now);
// Deletes the contact with its calls and mails (AVG); false when there was none.
Result<bool> delete_contact(db::Connection& c, std::int64_t id);

std::optional<Contact> find_contact(db::Connection& c, std::int64_t id);
std::optional<Contact> find_contact_by_email(db::Connection& c, std::string_view email);
// A contact without an address that has this (tidied) phone number.
std::optional<Contact> find_contact_by_phone_only(db::Connection& c, std::string_view phone);
// Contacts linked to the profile.
std::vector<Contact> contacts_of_initiative(db::Connection& c, std::int64_t initiative_id);
// Contacts not linked to any profile whose address is `email` or who used their personal link
// as `account_id` (so a profile they make can be linked to them).
std::vector<Contact> unlinked_contacts_of(db::Connection& c, std::string_view email, std::int64_t account_id);

Result<void> set_linking_pin(db::Connection& c, std::int64_t id, std::optional<std::int64_t> linking_pin_id, Seconds now);
Result<void> set_initiative(db::Connection& c, std::int64_t id, std::optional<std::int64_t> initiative_id, Seconds now);
Result<void> set_answer(db::Connection& c, std::int64_t id, Answer answer, Seconds now);
Result<void> set_call_back(db::Connection& c, std::int64_t id, std::string_view date, Seconds now);
// Remembers the first use of a personal link by `account_id`.
Result<void> record_link_use(db::Connection& c, std::int64_t id, std::int64_t account_id, Seconds now);
Result<void> set_profile_complete_at(db::Connection& c, std::int64_t id, Seconds at);

// A contact with what its calls and mails add up to, for lists and the pipeline.
struct ContactRow {
  Contact contact;
  std::optional<Seconds> first_mailed_at;
  std::optional<Seconds> first_called_at;
  std::optional<Seconds> last_called_at;
  std::optional<CallOutcome> last_outcome;
  bool ever_reached = false;  // some call had the outcome "bereikt"
};
struct ContactQuery {
  std::string municipality_code = {};                // empty: all
  std::optional<std::int64_t> linking_pin_id = {};   // only contacts of this LinkingPin
  bool without_linking_pin = false;                  // only contacts of no LinkingPin
  std::optional<std::int64_t> contact_id = {};       // only this contact
};
// Matching contacts, oldest first.
std::vector<ContactRow> list_contact_rows(db::Connection& c, const ContactQuery& query);
int count_contacts(db::Connection& c);

Result<std::int64_t> insert_call(db::Connection& c, const Call& call);
// The contact's calls, newest first.
std::vector<Call> list_calls(db::Connection& c, std::int64_t contact_id);

// Lists between preview and import, kept for one staff member only.
Result<std::int64_t> insert_import_draft(db::Connection& c, std::int64_t account_id, std::string_view text, Seconds now);
std::optional<std::string> find_import_draft(db::Connection& c, std::int64_t id, std::int64_t account_id);
Result<void> delete_import_drafts_of(db::Connection& c, std::int64_t account_id);
Result<void> delete_import_drafts_before(db::Connection& c, Seconds before);

}  // namespace omzien::outreach
