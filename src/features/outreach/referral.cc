#include "features/outreach/referral.h"

#include "app/app.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "features/outreach/referral_store.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

// Easy to read out and type: no 0/o, 1/l/i.
constexpr std::string_view kCodeAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
constexpr int kCodeLength = 8;

std::string new_code() {
  std::string code;
  for (int i = 0; i < kCodeLength; ++i) code += kCodeAlphabet[random_below(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
  return code;
}

bool plausible_code(std::string_view code) {
  if (code.size() != kCodeLength) return false;
  for (char c : code)
    if (kCodeAlphabet.find(c) == std::string_view::npos) return false;
  return true;
}

}  // namespace

Result<std::string> referral_code_for(App& app, std::int64_t account_id) {
  auto known = app.db->read([&](db::Connection& c) { return find_referral_code(c, account_id); });
  if (known) return *known;
  return app.db->write<std::string>([&](db::Connection& c) -> Result<std::string> {
    if (auto again = find_referral_code(c, account_id)) return *again;
    for (int attempt = 0; attempt < 5; ++attempt) {
      std::string code = new_code();
      auto saved = insert_referral_code(c, account_id, code, app.clock.now());
      if (saved) return code;
      if (saved.error().kind != ErrorKind::Conflict) return saved.error();
    }
    return internal_error("no free referral code");
  });
}

std::optional<std::int64_t> referrer_of_code(App& app, std::string_view code) {
  if (!plausible_code(code)) return std::nullopt;
  return app.db->read([&](db::Connection& c) { return find_account_by_referral_code(c, code); });
}

Result<void> record_referral(App& app, db::Connection& c, std::int64_t account_id, std::int64_t referrer_id) {
  if (account_id == referrer_id || find_referral(c, account_id)) return {};
  if (auto r = insert_referral(c, account_id, referrer_id, app.clock.now()); !r) return r;
  return audit::record(c, {.at = app.clock.now(),
                           .actor_account_id = account_id,
                           .actor_label = std::string(texts::kAuditNewcomer),
                           .action = "referral.follow",
                           .subject = "account:" + std::to_string(account_id),
                           .detail = texts::kAuditFollowedInviteLink});
}

}  // namespace omzien::outreach
