// The fixture of HTTP tests: the real server on a free loopback port, a fresh SQLite file in a
// temporary data folder, and a real SMTP server (aiosmtpd) on loopback that receives the mail.
//
//   TEST_F(HttpTest, SomethingAUserWouldNotice) {
//     auto browser = new_browser();
//     auto page = browser.get("/inloggen");
//     EXPECT_EQ(page.status, 200);
//   }
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "app/app.h"
#include "http/router.h"
#include "http/server.h"
#include "testing/http_client.h"
#include "testing/mailbox.h"
#include "testing/smtp_sink.h"

namespace omzien::test {

class HttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite();
  void SetUp() override;
  void TearDown() override;

  // A fresh browser with no cookies.
  HttpClient new_browser() const { return HttpClient(base_url_); }
  App& app() { return *app_; }
  const std::string& base_url() const { return base_url_; }
  const std::string& data_dir() const { return data_dir_; }
  SmtpSink& smtp() { return *sink_; }

  // The newest mail to `address` that arrived at the SMTP server after this test started.
  std::optional<ReceivedMail> wait_for_mail_to(const std::string& address,
                                               std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // How many mails to `address` arrived since this test started.
  int mail_count_to(const std::string& address);

  // Logs `browser` in as `email` with the code from the mail; returns the last response.
  HttpResult log_in(HttpClient& browser, const std::string& email);
  // A browser logged in as staff `email` with the second factor done.
  HttpClient staff_browser(const std::string& email);

  // Stops and starts the server on a new port with the same data folder (restart tests).
  void restart_server();

 private:
  void start_server();
  void stop_server();
  static SmtpSink* sink_;
  std::string data_dir_;
  std::string base_url_;
  std::unique_ptr<App> app_;
  std::unique_ptr<http::Router> router_;
  std::unique_ptr<http::Server> server_;
  std::size_t mails_before_ = 0;
};

// A fresh temporary folder under /tmp, removed by remove_temp_dir.
std::string make_temp_dir(std::string_view prefix);
void remove_temp_dir(const std::string& dir);

}  // namespace omzien::test
