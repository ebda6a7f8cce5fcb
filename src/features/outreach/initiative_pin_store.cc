#include "features/outreach/initiative_pin_store.h"

namespace omzien::outreach {
namespace {

constexpr std::string_view kFindPin =
    "SELECT account_id FROM outreach_initiative_linking_pins WHERE initiative_id = :initiative_id";
constexpr std::string_view kSetPin = R"sql(
  INSERT INTO outreach_initiative_linking_pins (initiative_id, account_id, assigned_at)
  VALUES (:initiative_id, :account_id, :now)
  ON CONFLICT (initiative_id) DO UPDATE SET account_id = excluded.account_id, assigned_at = excluded.assigned_at
)sql";
constexpr std::string_view kRemovePin =
    "DELETE FROM outreach_initiative_linking_pins WHERE initiative_id = :initiative_id";
constexpr std::string_view kOfPin = R"sql(
  SELECT initiative_id FROM outreach_initiative_linking_pins WHERE account_id = :account_id
  ORDER BY assigned_at DESC, initiative_id DESC
)sql";
constexpr std::string_view kCountByPin =
    "SELECT account_id, count(*) FROM outreach_initiative_linking_pins GROUP BY account_id";

}  // namespace

std::optional<std::int64_t> find_initiative_linking_pin(db::Connection& c, std::int64_t initiative_id) {
  auto select = c.prepare(kFindPin);
  select.bind(":initiative_id", initiative_id);
  if (!select.next()) return std::nullopt;
  return select.integer(0);
}

Result<void> set_initiative_linking_pin(db::Connection& c, std::int64_t initiative_id,
                                        std::optional<std::int64_t> account_id, Seconds now) {
  if (!account_id) return c.prepare(kRemovePin).bind(":initiative_id", initiative_id).run();
  return c.prepare(kSetPin)
      .bind(":initiative_id", initiative_id)
      .bind(":account_id", *account_id)
      .bind(":now", now)
      .run();
}

std::vector<std::int64_t> initiatives_of_linking_pin(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kOfPin);
  select.bind(":account_id", account_id);
  std::vector<std::int64_t> ids;
  while (select.next()) ids.push_back(select.integer(0));
  return ids;
}

std::map<std::int64_t, int> count_initiatives_by_linking_pin(db::Connection& c) {
  auto select = c.prepare(kCountByPin);
  std::map<std::int64_t, int> counts;
  while (select.next()) counts[select.integer(0)] = static_cast<int>(select.integer(1));
  return counts;
}

}  // namespace omzien::outreach
