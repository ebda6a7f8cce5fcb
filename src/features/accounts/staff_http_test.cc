// Staff: the second factor, who may open which staff page, and helping someone who cannot get in.
#include <gtest/gtest.h>

#include <thread>

#include "features/accounts/account_store.h"
#include "features/accounts/totp.h"
#include "mail/sender.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using StaffHttpTest = HttpTest;

std::int64_t account_id_of(App& app, const std::string& email) {
  return app.db->read([&](db::Connection& c) { return accounts::find_account_by_email(c, email)->id; });
}

TEST_F(StaffHttpTest, StaffSetUpTheSecondFactorWithAQrCodeAndGetRecoveryCodes) {
  ASSERT_TRUE(accounts::set_role(app(), "medewerker@voorbeeld.nl", accounts::Role::Staff, true));
  auto browser = new_browser();
  auto logged_in = log_in(browser, "medewerker@voorbeeld.nl");
  EXPECT_EQ(logged_in.location().rfind("/beheer/tweede-stap", 0), 0u);
  EXPECT_EQ(browser.get("/beheer").status, 303) << "no staff pages before the second factor";
  auto setup = browser.get("/beheer/tweede-stap");
  EXPECT_NE(setup.body.find("<svg"), std::string::npos);
  EXPECT_TRUE(page_says(setup.body, "Scan deze QR-code"));
  auto secret = app().db->read([&](db::Connection& c) {
    return accounts::find_totp(c, account_id_of(app(), "medewerker@voorbeeld.nl"));
  });
  ASSERT_TRUE(secret);
  auto wrong = browser.post("/beheer/tweede-stap", {{"code", "000000"}, {"next", "/beheer"}});
  EXPECT_EQ(wrong.status, 422);
  auto done = browser.post("/beheer/tweede-stap",
                           {{"code", accounts::totp_code(secret->secret, app().clock.now())}, {"next", "/beheer"}});
  EXPECT_EQ(done.status, 200);
  EXPECT_TRUE(page_says(done.body, "Je herstelcodes"));
  EXPECT_EQ(browser.get("/beheer").status, 200);
}

TEST_F(StaffHttpTest, TheSameAppCodeCannotBeUsedTwice) {
  auto first = staff_browser("dubbel@voorbeeld.nl");
  auto secret = app().db->read([&](db::Connection& c) {
    return accounts::find_totp(c, account_id_of(app(), "dubbel@voorbeeld.nl"));
  });
  std::string used = accounts::totp_code(secret->secret, app().clock.now());
  auto second = new_browser();
  log_in(second, "dubbel@voorbeeld.nl");
  second.get("/beheer/tweede-stap");
  EXPECT_EQ(second.post("/beheer/tweede-stap", {{"code", used}}).status, 422);
}

TEST_F(StaffHttpTest, ARecoveryCodeWorksOnceWhenThePhoneIsLost) {
  ASSERT_TRUE(accounts::set_role(app(), "kwijt@voorbeeld.nl", accounts::Role::Staff, true));
  auto browser = new_browser();
  log_in(browser, "kwijt@voorbeeld.nl");
  browser.get("/beheer/tweede-stap");
  auto secret = app().db->read([&](db::Connection& c) {
    return accounts::find_totp(c, account_id_of(app(), "kwijt@voorbeeld.nl"));
  });
  auto codes_page = browser.post("/beheer/tweede-stap", {{"code", accounts::totp_code(secret->secret, app().clock.now())}});
  auto at = codes_page.body.find("<code>");
  ASSERT_NE(at, std::string::npos);
  std::string recovery = codes_page.body.substr(at + 6, codes_page.body.find("</code>", at) - at - 6);

  auto other = new_browser();
  log_in(other, "kwijt@voorbeeld.nl");
  other.get("/beheer/tweede-stap");
  EXPECT_EQ(other.post("/beheer/tweede-stap", {{"code", recovery}, {"next", "/beheer"}}).status, 303);
  EXPECT_EQ(other.get("/beheer").status, 200);
  auto third = new_browser();
  log_in(third, "kwijt@voorbeeld.nl");
  third.get("/beheer/tweede-stap");
  EXPECT_EQ(third.post("/beheer/tweede-stap", {{"code", recovery}}).status, 422) << "used once only";
}

TEST_F(StaffHttpTest, AStaffSessionEndsAfterHalfAnHourWithoutActivity) {
  auto browser = staff_browser("idle@voorbeeld.nl");
  app().clock.advance(25 * 60);
  EXPECT_EQ(browser.get("/beheer").status, 200);
  app().clock.advance(31 * 60);
  EXPECT_EQ(browser.get("/beheer").status, 303);
}

TEST_F(StaffHttpTest, AStaffSessionEndsAfterTwelveHoursEvenWhenActive) {
  auto browser = staff_browser("lang@voorbeeld.nl");
  for (int i = 0; i < 25; ++i) {
    app().clock.advance(29 * 60);
    browser.get("/beheer");
  }
  EXPECT_EQ(browser.get("/beheer").status, 303);
}

// Every staff route for every kind of visitor: anonymous visitors are sent to the login page,
// members get 403, staff without the second factor go to the second step, staff get in.
TEST_F(StaffHttpTest, RightsTableOfStaffRoutes) {
  auto person = new_browser();
  log_in(person, "lid@voorbeeld.nl");
  std::int64_t member_id = account_id_of(app(), "lid@voorbeeld.nl");
  ASSERT_TRUE(accounts::set_role(app(), "halfstaf@voorbeeld.nl", accounts::Role::Staff, true));
  auto half = new_browser();
  log_in(half, "halfstaf@voorbeeld.nl");
  auto staff = staff_browser("staf@voorbeeld.nl");
  auto anonymous = new_browser();
  anonymous.get("/inloggen");

  std::string id = std::to_string(member_id);
  const std::vector<std::pair<std::string, std::string>> routes = {
      {"GET", "/beheer"},
      {"GET", "/beheer/mensen"},
      {"GET", "/beheer/mensen/" + id},
      {"GET", "/beheer/mail"},
      {"GET", "/beheer/logboek"},
      {"POST", "/beheer/mensen/" + id + "/inlogmail"},
      {"POST", "/beheer/mensen/" + id + "/telefooncode"},
      {"POST", "/beheer/mensen/" + id + "/e-mailadres"},
      {"POST", "/beheer/mensen/" + id + "/rollen"},
  };
  for (const auto& [method, path] : routes) {
    auto call = [&](HttpClient& who) { return method == "GET" ? who.get(path) : who.post(path, {}); };
    auto for_anonymous = call(anonymous);
    EXPECT_EQ(for_anonymous.status, 303) << method << " " << path;
    EXPECT_EQ(for_anonymous.location().rfind("/inloggen", 0), 0u) << method << " " << path;
    EXPECT_EQ(call(person).status, 403) << method << " " << path;
    auto for_half = call(half);
    EXPECT_EQ(for_half.status, 303) << method << " " << path;
    EXPECT_EQ(for_half.location(), "/beheer/tweede-stap") << method << " " << path;
    int staff_status = call(staff).status;
    EXPECT_TRUE(staff_status == 200 || staff_status == 303 || staff_status == 422) << method << " " << path << " " << staff_status;
  }
}

TEST_F(StaffHttpTest, StaffReadOutAPhoneCodeThatLogsThePersonIn) {
  auto person = new_browser();
  log_in(person, "telefoon@voorbeeld.nl");
  std::int64_t id = account_id_of(app(), "telefoon@voorbeeld.nl");
  auto staff = staff_browser("helper@voorbeeld.nl");
  staff.get("/beheer/mensen?q=telefoon");
  auto shown = staff.post("/beheer/mensen/" + std::to_string(id) + "/telefooncode", {});
  EXPECT_EQ(shown.status, 200);
  auto at = shown.body.find("omzien-phone-code__digits\">");
  ASSERT_NE(at, std::string::npos);
  std::string code = shown.body.substr(at + 27, 7);  // "123 456"

  auto phone = new_browser();  // the person on another device, without any mail
  phone.get("/inloggen/code");
  auto logged_in = phone.post("/inloggen/code", {{"email", "telefoon@voorbeeld.nl"}, {"code", code}});
  EXPECT_EQ(logged_in.status, 303);
  EXPECT_EQ(phone.get("/account").status, 200);
  auto log = staff.get("/beheer/logboek");
  EXPECT_TRUE(page_says(log.body, "Code gemaakt om voor te lezen"));
}

TEST_F(StaffHttpTest, StaffChangeTheAddressOfSomeoneWhoseMailboxIsGone) {
  auto person = new_browser();
  log_in(person, "oud@voorbeeld.nl");
  std::int64_t id = account_id_of(app(), "oud@voorbeeld.nl");
  auto staff = staff_browser("balie@voorbeeld.nl");
  std::string path = "/beheer/mensen/" + std::to_string(id) + "/e-mailadres";
  staff.get("/beheer/mensen/" + std::to_string(id));
  auto unchecked = staff.post(path, {{"new_email", "nieuw@voorbeeld.nl"}});
  EXPECT_EQ(unchecked.status, 422);
  EXPECT_EQ(input_value(unchecked.body, "new_email"), "nieuw@voorbeeld.nl");
  auto taken = staff.post(path, {{"new_email", "balie@voorbeeld.nl"}, {"identity_checked", "ja"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(page_says(taken.body, "Er is al een account met dit e-mailadres"));
  EXPECT_EQ(staff.post(path, {{"new_email", "nieuw@voorbeeld.nl"}, {"identity_checked", "ja"}}).status, 303);
  EXPECT_EQ(person.get("/account").status, 303) << "the old sessions end";
  auto again = new_browser();
  log_in(again, "nieuw@voorbeeld.nl");
  EXPECT_TRUE(page_says(again.get("/account").body, "nieuw@voorbeeld.nl"));
  EXPECT_EQ(account_id_of(app(), "nieuw@voorbeeld.nl"), id) << "the same account, with a new address";
}

TEST_F(StaffHttpTest, StaffSendAFreshLoginMail) {
  auto person = new_browser();
  log_in(person, "vergeten@voorbeeld.nl");
  int before = mail_count_to("vergeten@voorbeeld.nl");
  auto staff = staff_browser("stuur@voorbeeld.nl");
  std::int64_t id = account_id_of(app(), "vergeten@voorbeeld.nl");
  staff.get("/beheer/mensen/" + std::to_string(id));
  EXPECT_EQ(staff.post("/beheer/mensen/" + std::to_string(id) + "/inlogmail", {}).status, 303);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (mail_count_to("vergeten@voorbeeld.nl") == before && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(mail_count_to("vergeten@voorbeeld.nl"), before + 1);
}

TEST_F(StaffHttpTest, MailWaitsWhileTheSmtpServerIsDownAndArrivesWhenItIsBack) {
  smtp().stop();
  auto browser = new_browser();
  browser.get("/inloggen");
  EXPECT_EQ(browser.post("/inloggen", {{"email", "geduld@voorbeeld.nl"}}).status, 303)
      << "the person is not bothered by a mail server that is down";
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  smtp().start();
  app().clock.advance(3600);  // past the retry back-off
  app().mail_sender->notify();
  auto mail = wait_for_mail_to("geduld@voorbeeld.nl", std::chrono::seconds(10));
  ASSERT_TRUE(mail);
  EXPECT_EQ(find_code(mail->text).size(), 6u);
}

TEST_F(StaffHttpTest, AMailTheServerRefusesShowsUpAsFailedWithTheReason) {
  auto staff = staff_browser("post@voorbeeld.nl");
  smtp().reply_with("550 5.1.1 mailbox unavailable", SinkStage::Recipient);
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "bestaatniet@voorbeeld.nl"}});
  bool failed = false;
  for (int i = 0; i < 250 && !failed; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    failed = page_says(staff.get("/beheer/mail?status=mislukt").body, "bestaatniet@voorbeeld.nl");
  }
  smtp().accept_mail();
  EXPECT_TRUE(failed);
  auto page = staff.get("/beheer/mail?status=mislukt");
  EXPECT_TRUE(page_says(page.body, "mailbox unavailable"));
}

}  // namespace
}  // namespace omzien::test
