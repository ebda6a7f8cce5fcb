// Everything a handler may use, passed by reference (no singletons): settings, the clock,
// the database, mail, rate limits, static files, the page cache.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/content_change.h"
#include "core/result.h"
#include "db/db.h"
#include "geo/pdok.h"
#include "http/rate_limiter.h"
#include "http/request.h"
#include "http/static_files.h"
#include "mail/message.h"
#include "web/page_cache.h"

namespace omzien {
namespace mail {
class Sender;
}
namespace search {
class Index;
}

// One item of the main menu.
struct NavItem {
  std::string label;  // "Initiatieven"
  std::string path;   // "/initiatieven"
};

struct App {
  Config config;
  Clock clock;
  std::unique_ptr<db::Db> db;
  std::string secret;  // server key (var/secret.key): signs CSRF tokens and flash cookies, keys code hashes
  http::RateLimiter rate_limiter{clock};
  std::unique_ptr<http::StaticFiles> static_files;
  std::unique_ptr<mail::Sender> mail_sender;
  // The search index (DATA/search), opened by the search feature's start.
  std::unique_ptr<search::Index> search_index;
  // PDOK Locatieserver (config.pdok_url), shared so its cache serves every request; null when no
  // URL is configured (offline: the gazetteer answers alone).
  std::unique_ptr<geo::PdokClient> pdok;
  web::PageCache page_cache;
  // Who is asking: set up in app/features.cc from the accounts feature.
  std::function<void(App&, http::Request&)> identify_viewer;
  // The main menu, in order; each feature adds its own item in its add_routes.
  std::vector<NavItem> navigation;
  // Told after every committed change to public content (the search index listens). A listener
  // hears all changes of one commit at once (an import commits hundreds of profiles), so it can
  // follow them in one transaction of its own. Features add their listener in their start, visibly.
  std::vector<std::function<void(App&, std::span<const ContentChange>)>> content_listeners;
  // Asked before a person deletes their account: a Dutch reason why not yet (for example,
  // they are the last beheerder of an initiative), or nullopt. Features add theirs in add_routes.
  std::vector<std::function<std::optional<std::string>(App&, std::int64_t account_id)>> account_deletion_checks;
  // Work the server does by itself now and then (event reminders, campaign reminders): each
  // job looks at the clock and the database and does what is due, so running it twice is
  // harmless. The scheduler calls every job once a minute; tests call run_scheduled_jobs().
  struct ScheduledJob {
    std::string name;
    std::function<void(App&)> run;
  };
  std::vector<ScheduledJob> scheduled_jobs;

  App();
  ~App();

  // An absolute URL from the configured base URL (never from the request's Host header).
  std::string url(std::string_view path) const { return config.base_url + std::string(path); }
  // Queues a mail in the caller's transaction (see mail/outbox.h) and wakes the sender.
  Result<std::int64_t> queue_mail(db::Connection& c, const mail::Message& message);
  // Runs every scheduled job once, now (the scheduler thread and tests call this).
  void run_scheduled_jobs();
  // Tells every content listener; call after the change committed.
  void notify_content_changed(const ContentChange& change);
  // The same for many changes that committed together: each listener hears them in one call.
  void notify_content_changed(std::span<const ContentChange> changes);
  // True when mail is written to files (no SMTP configured): local development.
  bool mail_goes_to_files() const { return config.smtp.url.empty(); }
};

}  // namespace omzien
