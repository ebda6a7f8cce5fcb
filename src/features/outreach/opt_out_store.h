// SQL of the opt-out links: a hashed secret per mail, pointing at the keyed hash of the address
// it was sent to (opt_out.h explains why addresses are kept only as keyed hashes).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "db/db.h"

namespace omzien::outreach {

struct OptOutLink {
  std::string email_hash;
  std::optional<std::int64_t> contact_id;
};

Result<void> insert_opt_out_link(db::Connection& c, std::string_view token_hash, std::string_view email_hash,
                                 std::optional<std::int64_t> contact_id, Seconds now);
std::optional<OptOutLink> find_opt_out_link(db::Connection& c, std::string_view token_hash);

}  // namespace omzien::outreach
