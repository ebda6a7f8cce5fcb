// SQL for accounts: find, create, rename, roles, e-mail change, delete.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/db.h"
#include "features/accounts/account.h"

namespace omzien {
struct App;
}

namespace omzien::accounts {

std::optional<Account> find_account(db::Connection& c, std::int64_t id);
std::optional<Account> find_account_by_email(db::Connection& c, std::string_view email);
// The account of `email`, created when it does not exist yet (first login).
Result<Account> find_or_create_account(db::Connection& c, std::string_view email, Seconds now);
Result<void> record_login(db::Connection& c, std::int64_t account_id, Seconds now);
Result<void> rename_account(db::Connection& c, std::int64_t account_id, std::string_view name);
// Fails with Conflict when another account has `new_email`.
Result<void> change_email(db::Connection& c, std::int64_t account_id, std::string_view new_email);
Result<void> set_role_flag(db::Connection& c, std::int64_t account_id, Role role, bool on);
Result<void> delete_account(db::Connection& c, std::int64_t account_id);
// Accounts whose address or name contains `query` (case-insensitive), newest first.
std::vector<Account> search_accounts(db::Connection& c, std::string_view query, int limit);
std::vector<Account> list_staff(db::Connection& c);
int count_accounts(db::Db& db);

// Gives or takes a role by e-mail address from the command line; creates the account for a
// grant when needed. Written to the audit log as done by the command line.
Result<void> set_role(App& app, std::string_view email, Role role, bool on);

// TOTP secret of a staff account (raw bytes), and whether it is confirmed.
struct TotpState {
  std::string secret;
  bool confirmed = false;
  std::int64_t last_step = 0;
};
std::optional<TotpState> find_totp(db::Connection& c, std::int64_t account_id);
Result<void> store_pending_totp(db::Connection& c, std::int64_t account_id, std::string_view secret);
Result<void> confirm_totp(db::Connection& c, std::int64_t account_id, std::int64_t step, Seconds now);
// Records the last used time step so a code cannot be used twice.
Result<void> record_totp_step(db::Connection& c, std::int64_t account_id, std::int64_t step);
Result<void> reset_totp(db::Connection& c, std::int64_t account_id);
Result<void> replace_recovery_codes(db::Connection& c, std::int64_t account_id,
                                    const std::vector<std::string>& code_hashes);
// Uses a recovery code (by hash); true when it was valid and unused.
Result<bool> use_recovery_code(db::Connection& c, std::int64_t account_id, std::string_view code_hash, Seconds now);

}  // namespace omzien::accounts
