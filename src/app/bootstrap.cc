#include "app/bootstrap.h"

#include <sys/stat.h>
#include <unistd.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <fstream>

#include "app/features.h"
#include "audit/audit.h"
#include "core/crypto.h"
#include "core/log.h"
#include "db/migrator.h"
#include "http/server.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "web/pipeline.h"

namespace omzien {
namespace fs = std::filesystem;
namespace {

// The server key signs CSRF tokens and flash cookies and keys the hashes of short codes.
// It lives in the data folder, readable by the owner only, and never in the repository.
Result<std::string> load_or_make_secret(const std::string& data_dir) {
  std::string path = data_dir + "/secret.key";
  std::ifstream in(path);
  std::string secret;
  if (in && std::getline(in, secret) && secret.size() >= 32) return secret;
  secret = hex_encode(random_bytes(32));
  std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << secret << "\n";
    if (!out) return internal_error("cannot write " + path);
  }
  ::chmod(temporary.c_str(), 0600);
  fs::rename(temporary, path);
  return secret;
}

}  // namespace

std::string default_static_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "static";
  return (exe.parent_path() / "static").string();
}

Result<std::unique_ptr<App>> open_app(Config config) {
  if (auto valid = validate_config(config); !valid) return valid.error();
  std::error_code ec;
  for (const char* sub : {"", "/mail", "/uploads"}) fs::create_directories(config.data_dir + sub, ec);
  if (ec) return internal_error("cannot create data folder: " + ec.message());
  ::chmod(config.data_dir.c_str(), 0700);

  auto app = std::make_unique<App>();
  app->config = std::move(config);
  auto secret = load_or_make_secret(app->config.data_dir);
  if (!secret) return secret.error();
  app->secret = std::move(*secret);

  auto db = db::Db::open(app->config.data_dir + "/omzien.db");
  if (!db) return db.error();
  app->db = std::move(*db);

  std::vector<Migration> migrations;
  for (const auto& step : mail::outbox_migrations()) migrations.push_back(step);
  for (const auto& step : audit::migrations()) migrations.push_back(step);
  for (const auto& feature : all_features())
    for (const auto& step : feature.migrations) migrations.push_back(step);
  auto migrated = db::apply_migrations(*app->db, std::move(migrations));
  if (!migrated) return migrated.error();

  std::string static_dir = app->config.static_dir.empty() ? default_static_dir() : app->config.static_dir;
  app->static_files = std::make_unique<http::StaticFiles>(static_dir);
  app->mail_sender = std::make_unique<mail::Sender>(*app->db, app->clock, app->config.smtp,
                                                    app->config.data_dir + "/mail");
  if (!app->config.pdok_url.empty())
    app->pdok = std::make_unique<geo::PdokClient>(geo::PdokOptions{.base_url = app->config.pdok_url});
  // Listeners and scheduled jobs belong to the data folder, not to the web server: a command
  // such as `omzien import` must keep the search index and the map up to date too.
  connect_features(*app);
  // Sent mail is listed for staff for a while, then forgotten (the privacy page says how long).
  app->scheduled_jobs.push_back({"mail-retention", [](App& a) {
                                   if (auto forgotten = mail::forget_old_mail(*a.db, a.clock.now()); !forgotten)
                                     log_error("mail: old mail not deleted: {}", forgotten.error().detail);
                                 }});
  for (const auto& feature : all_features())
    if (feature.start) feature.start(*app);
  return app;
}

std::unique_ptr<http::Router> build_router(App& app) {
  auto router = std::make_unique<http::Router>();
  app.navigation.clear();
  for (const auto& feature : all_features())
    if (feature.add_routes) feature.add_routes(*router, app);
  return router;
}

Result<void> serve(App& app) {
  auto router = build_router(app);
  http::ServerOptions options;
  auto colon = app.config.listen.rfind(':');
  options.host = app.config.listen.substr(0, colon);
  try {
    options.port = static_cast<unsigned short>(std::stoi(app.config.listen.substr(colon + 1)));
  } catch (...) {
    return Error{ErrorKind::Invalid, "listen must be HOST:PORT"};
  }
  options.threads = app.config.threads;
  options.max_connections = app.config.max_connections;
  options.request_timeout_seconds = app.config.request_timeout_seconds;
  options.max_body_bytes = app.config.max_body_bytes;
  options.shutdown_grace_seconds = app.config.shutdown_grace_seconds;
  http::Server server(
      options, [&app, &router](http::Request& request) { return web::handle_request(app, *router, request); },
      [&app](http::ServerRefusal refusal) { return web::refusal_response(app, refusal); });
  auto port = server.listen();
  if (!port) return port.error();

  app.mail_sender->start();  // first queues again what a crash left half-sent
  app.db->start_checkpointer(60);
  log_info("Omzien draait op {} (luistert op {}:{})", app.config.base_url, options.host, *port);
  if (app.mail_goes_to_files())
    log_info("Geen SMTP ingesteld: mail wordt als .eml-bestand bewaard in {}/mail", app.config.data_dir);

  // The scheduler: every scheduled job once a minute, on its own thread, until the server stops.
  std::mutex scheduler_mutex;
  std::condition_variable scheduler_wake;
  bool scheduler_stop = false;
  std::thread scheduler([&] {
    std::unique_lock lock(scheduler_mutex);
    while (!scheduler_wake.wait_for(lock, std::chrono::seconds(60), [&] { return scheduler_stop; })) {
      lock.unlock();
      app.run_scheduled_jobs();
      lock.lock();
    }
  });

  server.run();

  {
    std::lock_guard lock(scheduler_mutex);
    scheduler_stop = true;
  }
  scheduler_wake.notify_all();
  scheduler.join();

  log_info("stopping: sending the mail in progress, then closing the database");
  app.mail_sender->stop();
  app.db->stop_checkpointer();
  if (auto done = app.db->checkpoint(); !done) log_warning("final checkpoint: {}", done.error().detail);
  log_info("stopped");
  return {};
}

}  // namespace omzien
