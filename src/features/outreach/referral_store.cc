#include "features/outreach/referral_store.h"

namespace omzien::outreach {
namespace {

constexpr std::string_view kFindCode = "SELECT code FROM outreach_referral_codes WHERE account_id = :account_id";
constexpr std::string_view kInsertCode =
    "INSERT INTO outreach_referral_codes (account_id, code, created_at) VALUES (:account_id, :code, :now)";
constexpr std::string_view kAccountByCode = "SELECT account_id FROM outreach_referral_codes WHERE code = :code";
constexpr std::string_view kInsertReferral = R"sql(
  INSERT INTO outreach_referrals (account_id, referrer_id, at) VALUES (:account_id, :referrer_id, :now)
  ON CONFLICT (account_id) DO NOTHING
)sql";
constexpr std::string_view kFindReferral =
    "SELECT account_id, referrer_id, at FROM outreach_referrals WHERE account_id = :account_id";
constexpr std::string_view kInsertBroughtIn = R"sql(
  INSERT INTO outreach_brought_in (initiative_id, referrer_id, account_id, at)
  VALUES (:initiative_id, :referrer_id, :account_id, :at)
  ON CONFLICT (initiative_id) DO NOTHING
)sql";
constexpr std::string_view kIsBroughtIn = "SELECT 1 FROM outreach_brought_in WHERE initiative_id = :initiative_id";
constexpr std::string_view kListBroughtIn = R"sql(
  SELECT initiative_id, referrer_id, account_id, at FROM outreach_brought_in
  WHERE :referrer_id IS NULL OR referrer_id = :referrer_id
  ORDER BY at DESC, initiative_id DESC
)sql";

}  // namespace

std::optional<std::string> find_referral_code(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kFindCode);
  select.bind(":account_id", account_id);
  if (!select.next()) return std::nullopt;
  return select.text(0);
}

Result<void> insert_referral_code(db::Connection& c, std::int64_t account_id, std::string_view code, Seconds now) {
  return c.prepare(kInsertCode).bind(":account_id", account_id).bind(":code", code).bind(":now", now).run();
}

std::optional<std::int64_t> find_account_by_referral_code(db::Connection& c, std::string_view code) {
  return c.prepare(kAccountByCode).bind(":code", code).single_integer();
}

Result<void> insert_referral(db::Connection& c, std::int64_t account_id, std::int64_t referrer_id, Seconds now) {
  return c.prepare(kInsertReferral).bind(":account_id", account_id).bind(":referrer_id", referrer_id).bind(":now", now).run();
}

std::optional<Referral> find_referral(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kFindReferral);
  select.bind(":account_id", account_id);
  if (!select.next()) return std::nullopt;
  return Referral{select.integer(0), select.optional_integer(1), select.integer(2)};
}

Result<void> insert_brought_in(db::Connection& c, const BroughtIn& b) {
  auto insert = c.prepare(kInsertBroughtIn);
  insert.bind(":initiative_id", b.initiative_id).bind(":referrer_id", b.referrer_id);
  insert.bind(":account_id", b.account_id).bind(":at", b.at);
  return insert.run();
}

bool is_brought_in(db::Connection& c, std::int64_t initiative_id) {
  return c.prepare(kIsBroughtIn).bind(":initiative_id", initiative_id).single_integer().has_value();
}

std::vector<BroughtIn> list_brought_in(db::Connection& c, std::optional<std::int64_t> referrer_id) {
  auto select = c.prepare(kListBroughtIn);
  select.bind(":referrer_id", referrer_id);
  std::vector<BroughtIn> out;
  while (select.next())
    out.push_back({select.integer(0), select.optional_integer(1), select.optional_integer(2), select.integer(3)});
  return out;
}

}  // namespace omzien::outreach
