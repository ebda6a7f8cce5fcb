#include "features/outreach/retention.h"

#include <vector>

#include "app/app.h"
#include "audit/audit.h"
#include "core/log.h"
#include "features/outreach/contact_access.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/texts.h"

namespace omzien::outreach {
namespace {

constexpr std::string_view kUntouched = R"sql(
  SELECT id FROM outreach_contacts AS c
  WHERE MAX(c.updated_at, COALESCE(c.link_used_at, 0),
            COALESCE((SELECT MAX(at) FROM outreach_calls WHERE contact_id = c.id), 0),
            COALESCE((SELECT MAX(queued_at) FROM outreach_sends WHERE contact_id = c.id), 0)) < :before
  LIMIT 500
)sql";

}  // namespace

void delete_untouched_contacts(App& app) {
  Seconds now = app.clock.now();
  auto done = app.db->write_void([&](db::Connection& c) -> Result<void> {
    std::vector<std::int64_t> ids;
    auto select = c.prepare(kUntouched);
    select.bind(":before", now - kContactRetention);
    while (select.next()) ids.push_back(select.integer(0));
    for (auto id : ids) {
      if (auto r = delete_contact(c, id); !r) return r.error();
      if (auto r = audit::record(c, {.at = now,
                                     .actor_label = std::string(texts::kAuditPlatform),
                                     .action = "contact.delete",
                                     .subject = contact_subject(id),
                                     .detail = texts::kAuditDeletedAfterRetention});
          !r)
        return r;
    }
    return {};
  });
  if (!done) log_error("deleting untouched contacts failed: {}", done.error().detail);
}

}  // namespace omzien::outreach
