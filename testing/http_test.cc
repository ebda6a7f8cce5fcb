#include "testing/http_test.h"

#include <stdlib.h>

#include <filesystem>
#include <thread>

#include "app/bootstrap.h"
#include "core/log.h"
#include "features/accounts/account_store.h"
#include "features/accounts/totp.h"
#include "mail/sender.h"
#include "web/pipeline.h"

namespace omzien::test {

SmtpSink* HttpTest::sink_ = nullptr;

std::string make_temp_dir(std::string_view prefix) {
  std::string pattern = "/tmp/" + std::string(prefix) + "-XXXXXX";
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void remove_temp_dir(const std::string& dir) {
  std::error_code ec;
  if (dir.rfind("/tmp/", 0) == 0) std::filesystem::remove_all(dir, ec);
}

void HttpTest::SetUpTestSuite() {
  set_log_level(LogLevel::Warning);
  if (!sink_) sink_ = new SmtpSink();
}

void HttpTest::TearDownTestSuite() {
  delete sink_;
  sink_ = nullptr;
}

void HttpTest::SetUp() {
  if (!sink_->running()) sink_->start();
  sink_->accept_mail();
  mails_before_ = sink_->messages().size();
  data_dir_ = make_temp_dir("omzien-test");
  start_server();
}

void HttpTest::TearDown() {
  stop_server();
  remove_temp_dir(data_dir_);
}

void HttpTest::start_server() {
  Config config;
  config.data_dir = data_dir_;
  config.static_dir = std::string(OMZIEN_BINARY_DIR) + "/static";
  config.smtp = sink_->config();
  config.smtp.from = "Omzien <noreply@omzien.example>";
  auto opened = open_app(config);
  ASSERT_TRUE(opened) << opened.error().detail;
  app_ = std::move(*opened);
  router_ = build_router(*app_);
  http::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.threads = 2;
  options.request_timeout_seconds = 5;
  options.shutdown_grace_seconds = 2;
  options.max_body_bytes = app_->config.max_body_bytes;
  options.max_connections = app_->config.max_connections;
  server_ = std::make_unique<http::Server>(
      options, [this](http::Request& request) { return web::handle_request(*app_, *router_, request); },
      [this](http::ServerRefusal refusal) { return web::refusal_response(*app_, refusal); });
  auto port = server_->listen();
  ASSERT_TRUE(port) << port.error().detail;
  base_url_ = "http://127.0.0.1:" + std::to_string(*port);
  app_->config.base_url = base_url_;
  app_->config.listen = "127.0.0.1:" + std::to_string(*port);
  server_->start();
  app_->mail_sender->start();
}

void HttpTest::stop_server() {
  if (server_) server_->stop();
  server_.reset();
  if (app_ && app_->mail_sender) app_->mail_sender->stop();
  router_.reset();
  app_.reset();
}

void HttpTest::restart_server() {
  stop_server();
  start_server();
}

std::optional<ReceivedMail> HttpTest::wait_for_mail_to(const std::string& address, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto all = sink_->messages();
    std::optional<ReceivedMail> newest;
    auto matches = sent_to(address);
    for (std::size_t i = mails_before_; i < all.size(); ++i)
      if (matches(all[i])) newest = all[i];
    if (newest || std::chrono::steady_clock::now() > deadline) return newest;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

int HttpTest::mail_count_to(const std::string& address) {
  auto all = sink_->messages();
  auto matches = sent_to(address);
  int count = 0;
  for (std::size_t i = mails_before_; i < all.size(); ++i) count += matches(all[i]) ? 1 : 0;
  return count;
}

HttpResult HttpTest::log_in(HttpClient& browser, const std::string& email) {
  int before = mail_count_to(email);
  browser.get("/inloggen");
  auto asked = browser.post("/inloggen", {{"email", email}});
  EXPECT_EQ(asked.status, 303);
  // Wait for the new mail (not an older one to the same address).
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (mail_count_to(email) == before && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto mail = wait_for_mail_to(email);
  EXPECT_TRUE(mail.has_value());
  if (!mail) return {};
  browser.get("/inloggen/code");
  return browser.post("/inloggen/code", {{"code", find_code(mail->text)}});
}

HttpClient HttpTest::staff_browser(const std::string& email) {
  EXPECT_TRUE(accounts::set_role(app(), email, accounts::Role::Staff, true));
  HttpClient browser = new_browser();
  auto logged_in = log_in(browser, email);
  EXPECT_EQ(logged_in.status, 303);
  browser.get("/beheer/tweede-stap");
  auto secret = app().db->read([&](db::Connection& c) {
    auto account = accounts::find_account_by_email(c, email);
    return accounts::find_totp(c, account->id);
  });
  EXPECT_TRUE(secret.has_value());
  if (!secret) return browser;
  auto done = browser.post("/beheer/tweede-stap",
                           {{"code", accounts::totp_code(secret->secret, app().clock.now())}, {"next", "/beheer"}});
  // The first time, setting up the second factor shows the recovery codes; later it just goes on.
  EXPECT_EQ(done.status, secret->confirmed ? 303 : 200);
  return browser;
}

}  // namespace omzien::test
