#include "features/accounts/account_store.h"

#include "app/app.h"
#include "audit/audit.h"
#include "core/text.h"

namespace omzien::accounts {
namespace {

constexpr std::string_view kSelectById = R"sql(
  SELECT id, email, name, created_at, last_login_at, is_staff, is_linking_pin, totp_confirmed_at IS NOT NULL
  FROM accounts WHERE id = :id
)sql";
constexpr std::string_view kSelectByEmail = R"sql(
  SELECT id, email, name, created_at, last_login_at, is_staff, is_linking_pin, totp_confirmed_at IS NOT NULL
  FROM accounts WHERE email = :email
)sql";
constexpr std::string_view kSearch = R"sql(
  SELECT id, email, name, created_at, last_login_at, is_staff, is_linking_pin, totp_confirmed_at IS NOT NULL
  FROM accounts
  WHERE instr(email, :query) > 0 OR instr(lower(name), :query) > 0
  ORDER BY id DESC LIMIT :limit
)sql";
constexpr std::string_view kListStaff = R"sql(
  SELECT id, email, name, created_at, last_login_at, is_staff, is_linking_pin, totp_confirmed_at IS NOT NULL
  FROM accounts WHERE is_staff = 1 ORDER BY name, email
)sql";
constexpr std::string_view kInsert = R"sql(
  INSERT INTO accounts (email, created_at) VALUES (:email, :now)
)sql";
constexpr std::string_view kRecordLogin = "UPDATE accounts SET last_login_at = :now WHERE id = :id";
constexpr std::string_view kRename = "UPDATE accounts SET name = :name WHERE id = :id";
constexpr std::string_view kChangeEmail = "UPDATE accounts SET email = :email WHERE id = :id";
constexpr std::string_view kSetStaff = "UPDATE accounts SET is_staff = :on WHERE id = :id";
constexpr std::string_view kSetLinkingPin = "UPDATE accounts SET is_linking_pin = :on WHERE id = :id";
constexpr std::string_view kDelete = "DELETE FROM accounts WHERE id = :id";
constexpr std::string_view kCount = "SELECT count(*) FROM accounts";
constexpr std::string_view kSelectTotp = R"sql(
  SELECT totp_secret, totp_confirmed_at IS NOT NULL, totp_last_step FROM accounts WHERE id = :id
)sql";
constexpr std::string_view kStorePendingTotp = R"sql(
  UPDATE accounts SET totp_secret = :secret, totp_confirmed_at = NULL WHERE id = :id
)sql";
constexpr std::string_view kConfirmTotp = R"sql(
  UPDATE accounts SET totp_confirmed_at = :now, totp_last_step = :step WHERE id = :id
)sql";
constexpr std::string_view kRecordStep = "UPDATE accounts SET totp_last_step = :step WHERE id = :id";
constexpr std::string_view kResetTotp = R"sql(
  UPDATE accounts SET totp_secret = NULL, totp_confirmed_at = NULL, totp_last_step = 0 WHERE id = :id
)sql";
constexpr std::string_view kDeleteRecovery = "DELETE FROM recovery_codes WHERE account_id = :id";
constexpr std::string_view kInsertRecovery = R"sql(
  INSERT INTO recovery_codes (account_id, code_hash) VALUES (:id, :hash)
)sql";
constexpr std::string_view kUseRecovery = R"sql(
  UPDATE recovery_codes SET used_at = :now
  WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL
)sql";

Account read_account(const db::Statement& row) {
  Account account;
  account.id = row.integer(0);
  account.email = row.text(1);
  account.name = row.text(2);
  account.created_at = row.integer(3);
  account.last_login_at = row.optional_integer(4);
  account.is_staff = row.integer(5) != 0;
  account.is_linking_pin = row.integer(6) != 0;
  account.totp_confirmed = row.integer(7) != 0;
  return account;
}

}  // namespace

std::optional<Account> find_account(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kSelectById);
  select.bind(":id", id);
  if (!select.next()) return std::nullopt;
  return read_account(select);
}

std::optional<Account> find_account_by_email(db::Connection& c, std::string_view email) {
  auto select = c.prepare(kSelectByEmail);
  select.bind(":email", normalize_email(email));
  if (!select.next()) return std::nullopt;
  return read_account(select);
}

Result<Account> find_or_create_account(db::Connection& c, std::string_view email, Seconds now) {
  if (auto existing = find_account_by_email(c, email)) return *existing;
  if (auto inserted = c.prepare(kInsert).bind(":email", normalize_email(email)).bind(":now", now).run(); !inserted)
    return inserted.error();
  auto created = find_account(c, c.last_insert_id());
  if (!created) return internal_error("account vanished after insert");
  return *created;
}

Result<void> record_login(db::Connection& c, std::int64_t account_id, Seconds now) {
  return c.prepare(kRecordLogin).bind(":now", now).bind(":id", account_id).run();
}

Result<void> rename_account(db::Connection& c, std::int64_t account_id, std::string_view name) {
  return c.prepare(kRename).bind(":name", name).bind(":id", account_id).run();
}

Result<void> change_email(db::Connection& c, std::int64_t account_id, std::string_view new_email) {
  return c.prepare(kChangeEmail).bind(":email", normalize_email(new_email)).bind(":id", account_id).run();
}

Result<void> set_role_flag(db::Connection& c, std::int64_t account_id, Role role, bool on) {
  return c.prepare(role == Role::Staff ? kSetStaff : kSetLinkingPin).bind(":on", on).bind(":id", account_id).run();
}

Result<void> delete_account(db::Connection& c, std::int64_t account_id) {
  return c.prepare(kDelete).bind(":id", account_id).run();
}

std::vector<Account> search_accounts(db::Connection& c, std::string_view query, int limit) {
  auto select = c.prepare(kSearch);
  select.bind(":query", to_lower_ascii(trim(query))).bind(":limit", limit);
  std::vector<Account> found;
  while (select.next()) found.push_back(read_account(select));
  return found;
}

std::vector<Account> list_staff(db::Connection& c) {
  auto select = c.prepare(kListStaff);
  std::vector<Account> found;
  while (select.next()) found.push_back(read_account(select));
  return found;
}

int count_accounts(db::Db& db) {
  return db.read([](db::Connection& c) { return static_cast<int>(c.prepare(kCount).single_integer().value_or(0)); });
}

Result<void> set_role(App& app, std::string_view email, Role role, bool on) {
  if (!is_valid_email(normalize_email(email))) return Error{ErrorKind::Invalid, "not a valid e-mail address"};
  return app.db->write_void([&](db::Connection& c) -> Result<void> {
    std::optional<Account> account = find_account_by_email(c, email);
    if (!account && !on) return not_found("no account with that address");
    if (!account) {
      auto created = find_or_create_account(c, email, app.clock.now());
      if (!created) return created.error();
      account = *created;
    }
    if (auto done = set_role_flag(c, account->id, role, on); !done) return done;
    std::string role_name = role == Role::Staff ? "medewerker" : "LinkingPin";
    return audit::record(c, {.at = app.clock.now(),
                             .actor_label = "opdrachtregel",
                             .action = on ? "role.grant" : "role.revoke",
                             .subject = "account:" + std::to_string(account->id),
                             .detail = (on ? "Rol gegeven: " : "Rol afgenomen: ") + role_name});
  });
}

std::optional<TotpState> find_totp(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kSelectTotp);
  select.bind(":id", account_id);
  if (!select.next() || select.is_null(0)) return std::nullopt;
  return TotpState{select.blob(0), select.integer(1) != 0, select.integer(2)};
}

Result<void> store_pending_totp(db::Connection& c, std::int64_t account_id, std::string_view secret) {
  return c.prepare(kStorePendingTotp).bind_blob(":secret", secret).bind(":id", account_id).run();
}

Result<void> confirm_totp(db::Connection& c, std::int64_t account_id, std::int64_t step, Seconds now) {
  return c.prepare(kConfirmTotp).bind(":now", now).bind(":step", step).bind(":id", account_id).run();
}

Result<void> record_totp_step(db::Connection& c, std::int64_t account_id, std::int64_t step) {
  return c.prepare(kRecordStep).bind(":step", step).bind(":id", account_id).run();
}

Result<void> reset_totp(db::Connection& c, std::int64_t account_id) {
  if (auto done = c.prepare(kResetTotp).bind(":id", account_id).run(); !done) return done;
  return c.prepare(kDeleteRecovery).bind(":id", account_id).run();
}

Result<void> replace_recovery_codes(db::Connection& c, std::int64_t account_id,
                                    const std::vector<std::string>& code_hashes) {
  if (auto done = c.prepare(kDeleteRecovery).bind(":id", account_id).run(); !done) return done;
  for (const auto& hash : code_hashes) {
    if (auto done = c.prepare(kInsertRecovery).bind(":id", account_id).bind(":hash", hash).run(); !done) return done;
  }
  return {};
}

Result<bool> use_recovery_code(db::Connection& c, std::int64_t account_id, std::string_view code_hash, Seconds now) {
  auto done = c.prepare(kUseRecovery).bind(":now", now).bind(":id", account_id).bind(":hash", code_hash).run();
  if (!done) return done.error();
  return c.changes() == 1;
}

}  // namespace omzien::accounts
