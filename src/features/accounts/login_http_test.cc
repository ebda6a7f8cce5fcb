// Logging in by e-mail over real HTTP, with mail through a real SMTP server.
#include <gtest/gtest.h>

#include <thread>

#include "features/accounts/login.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using LoginHttpTest = HttpTest;

TEST_F(LoginHttpTest, APersonLogsInWithTheCodeFromTheMail) {
  auto browser = new_browser();
  auto done = log_in(browser, "ria@voorbeeld.nl");
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.location(), "/account/welkom?verder=%2F") << "a new account is asked for a name first";
  auto account = browser.get("/account");
  EXPECT_EQ(account.status, 200);
  EXPECT_TRUE(page_says(account.body, "ria@voorbeeld.nl"));
}

TEST_F(LoginHttpTest, TheMailHasACodeAndALinkBuiltFromTheBaseUrl) {
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "Henk@Voorbeeld.nl "}});
  auto mail = wait_for_mail_to("henk@voorbeeld.nl");
  ASSERT_TRUE(mail);
  EXPECT_EQ(mail->subject(), "Je inlogcode voor Omzien");
  EXPECT_EQ(find_code(mail->text).size(), 6u);
  EXPECT_FALSE(find_link(mail->text, base_url() + "/inloggen/link?t=").empty());
  EXPECT_FALSE(mail->html.empty());
}

TEST_F(LoginHttpTest, TheLinkFromTheMailOnlyLogsInAfterPressingTheButton) {
  auto scanner = new_browser();
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "ans@voorbeeld.nl"}});
  auto mail = wait_for_mail_to("ans@voorbeeld.nl");
  ASSERT_TRUE(mail);
  std::string link = find_link(mail->text, base_url());
  std::string path = link.substr(base_url().size());

  // A mail scanner opens the link (GET and HEAD): that must not use it up or log anyone in.
  EXPECT_EQ(scanner.head(path).status, 200);
  auto scanned = scanner.get(path);
  EXPECT_EQ(scanned.status, 200);
  EXPECT_EQ(scanner.get("/account").status, 303) << "opening the link alone does not log in";

  auto page = browser.get(path);
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Je logt in als ans@voorbeeld.nl"));
  EXPECT_EQ(page.header("Referrer-Policy"), "no-referrer");
  auto pressed = browser.post("/inloggen/link", {{"t", input_value(page.body, "t")}});
  EXPECT_EQ(pressed.status, 303);
  EXPECT_EQ(browser.get("/account").status, 200);
}

TEST_F(LoginHttpTest, ALinkWorksOnlyOnce) {
  auto first = new_browser();
  first.get("/inloggen");
  first.post("/inloggen", {{"email", "joost@voorbeeld.nl"}});
  auto mail = wait_for_mail_to("joost@voorbeeld.nl");
  ASSERT_TRUE(mail);
  std::string path = find_link(mail->text, base_url()).substr(base_url().size());
  std::string token = path.substr(path.find("t=") + 2);
  first.get(path);
  EXPECT_EQ(first.post("/inloggen/link", {{"t", token}}).status, 303);

  auto second = new_browser();
  auto again = second.get(path);
  EXPECT_TRUE(page_says(again.body, "Deze link werkt niet meer"));
  auto reused = second.post("/inloggen/link", {{"t", token}});
  EXPECT_EQ(reused.status, 410);
  EXPECT_EQ(second.get("/account").status, 303);
}

TEST_F(LoginHttpTest, ACodeStopsWorkingAfterTenMinutes) {
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "fatima@voorbeeld.nl"}});
  auto mail = wait_for_mail_to("fatima@voorbeeld.nl");
  ASSERT_TRUE(mail);
  app().clock.advance(accounts::kTokenLifetime + 1);
  browser.get("/inloggen/code");
  auto late = browser.post("/inloggen/code", {{"code", find_code(mail->text)}});
  EXPECT_EQ(late.status, 422);
  EXPECT_TRUE(page_says(late.body, "Deze code werkt niet meer"));
  EXPECT_TRUE(page_says(late.body, "Stuur een nieuwe code")) << "a new code is one click away";
}

TEST_F(LoginHttpTest, TheSixthWrongCodeEndsTheToken) {
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "kees@voorbeeld.nl"}});
  auto mail = wait_for_mail_to("kees@voorbeeld.nl");
  ASSERT_TRUE(mail);
  std::string right = find_code(mail->text);
  std::string wrong = right == "000000" ? "111111" : "000000";
  browser.get("/inloggen/code");
  for (int i = 1; i <= 5; ++i) {
    auto attempt = browser.post("/inloggen/code", {{"code", wrong}});
    EXPECT_EQ(attempt.status, 422);
    EXPECT_TRUE(page_says(attempt.body, "Deze code klopt niet")) << "attempt " << i;
  }
  auto sixth = browser.post("/inloggen/code", {{"code", wrong}});
  EXPECT_TRUE(page_says(sixth.body, "Deze code werkt niet meer"));
  auto right_too_late = browser.post("/inloggen/code", {{"code", right}});
  EXPECT_EQ(right_too_late.status, 422);
  EXPECT_EQ(browser.get("/account").status, 303);
}

TEST_F(LoginHttpTest, AWronglyTypedAddressGetsAMessageNextToTheFieldAndIsKept) {
  auto browser = new_browser();
  browser.get("/inloggen");
  auto page = browser.post("/inloggen", {{"email", "ria@voorbeeld"}});
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page_says(page.body, "Dit lijkt geen e-mailadres"));
  EXPECT_EQ(input_value(page.body, "email"), "ria@voorbeeld");
  EXPECT_NE(page.body.find("aria-invalid=\"true\""), std::string::npos);
  auto empty = browser.post("/inloggen", {{"email", ""}});
  EXPECT_TRUE(page_says(empty.body, "Vul je e-mailadres in."));
}

TEST_F(LoginHttpTest, KnownAndUnknownAddressesGetTheSameAnswer) {
  auto known = new_browser();
  log_in(known, "bekend@voorbeeld.nl");
  auto first = new_browser();
  first.get("/inloggen");
  auto for_known = first.post("/inloggen", {{"email", "bekend@voorbeeld.nl"}});
  auto second = new_browser();
  second.get("/inloggen");
  auto for_unknown = second.post("/inloggen", {{"email", "onbekend@voorbeeld.nl"}});
  EXPECT_EQ(for_known.status, for_unknown.status);
  EXPECT_EQ(for_known.location(), for_unknown.location());
  auto known_page = first.get("/inloggen/code");
  auto unknown_page = second.get("/inloggen/code");
  EXPECT_TRUE(page_says(known_page.body, "We hebben een mail gestuurd naar"));
  EXPECT_TRUE(page_says(unknown_page.body, "We hebben een mail gestuurd naar"));
}

TEST_F(LoginHttpTest, TooManyMailsToOneAddressAreRefusedWithADutchMessage) {
  auto browser = new_browser();
  browser.get("/inloggen");
  for (int i = 0; i < accounts::kMailsPerAddressPerHour; ++i)
    EXPECT_EQ(browser.post("/inloggen", {{"email", "veel@voorbeeld.nl"}}).status, 303);
  auto refused = browser.post("/inloggen", {{"email", "veel@voorbeeld.nl"}});
  EXPECT_EQ(refused.status, 429);
  EXPECT_TRUE(page_says(refused.body, "Wacht een uur"));
  app().clock.advance(3601);
  EXPECT_EQ(browser.post("/inloggen", {{"email", "veel@voorbeeld.nl"}}).status, 303) << "after an hour it works again";
}

TEST_F(LoginHttpTest, TooManyMailsFromOneIpAddressAreRefused) {
  auto browser = new_browser();
  browser.get("/inloggen");
  for (int i = 0; i < accounts::kMailsPerIpPerHour; ++i)
    browser.post("/inloggen", {{"email", "ip" + std::to_string(i) + "@voorbeeld.nl"}});
  auto refused = browser.post("/inloggen", {{"email", "nog-een@voorbeeld.nl"}});
  EXPECT_EQ(refused.status, 429);
  EXPECT_TRUE(page_says(refused.body, "Vanaf deze plek"));
}

TEST_F(LoginHttpTest, ANewCodeIsOneClickAwayAndTheOldOneKeepsWorkingUntilItExpires) {
  auto browser = new_browser();
  browser.get("/inloggen");
  browser.post("/inloggen", {{"email", "opnieuw@voorbeeld.nl"}});
  ASSERT_TRUE(wait_for_mail_to("opnieuw@voorbeeld.nl"));
  browser.get("/inloggen/code");
  auto resent = browser.post("/inloggen/opnieuw", {});
  EXPECT_EQ(resent.status, 303);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (mail_count_to("opnieuw@voorbeeld.nl") < 2 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(mail_count_to("opnieuw@voorbeeld.nl"), 2);
  auto newest = wait_for_mail_to("opnieuw@voorbeeld.nl");
  browser.get("/inloggen/code");
  EXPECT_EQ(browser.post("/inloggen/code", {{"code", find_code(newest->text)}}).status, 303);
}

TEST_F(LoginHttpTest, LoginPagesSendNoReferrer) {
  auto browser = new_browser();
  EXPECT_EQ(browser.get("/inloggen").header("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(browser.get("/inloggen/code").header("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(browser.get("/inloggen/link?t=x").header("Referrer-Policy"), "no-referrer");
}

TEST_F(LoginHttpTest, AMemberStaysLoggedInForThirtyDaysAndNoLonger) {
  auto browser = new_browser();
  log_in(browser, "maand@voorbeeld.nl");
  app().clock.advance(29 * 86400);
  EXPECT_EQ(browser.get("/account").status, 200);
  app().clock.advance(2 * 86400);
  EXPECT_EQ(browser.get("/account").status, 303);
}

TEST_F(LoginHttpTest, LoggingOutEndsTheSession) {
  auto browser = new_browser();
  log_in(browser, "weg@voorbeeld.nl");
  std::string session_cookie = browser.cookie("omzien_session");
  ASSERT_FALSE(session_cookie.empty());
  browser.get("/account");
  EXPECT_EQ(browser.post("/uitloggen", {}).status, 303);
  EXPECT_EQ(browser.get("/account").status, 303);
  auto replay = new_browser();
  replay.cookies()["omzien_session"] = session_cookie;
  EXPECT_EQ(replay.get("/account").status, 303) << "the old cookie value no longer works";
}

TEST_F(LoginHttpTest, LoggingOutEverywhereEndsEverySessionOfThePerson) {
  auto phone = new_browser();
  auto laptop = new_browser();
  log_in(phone, "overal@voorbeeld.nl");
  log_in(laptop, "overal@voorbeeld.nl");
  auto list = laptop.get("/account/sessies");
  EXPECT_TRUE(page_says(list.body, "ingelogd: 2"));
  EXPECT_EQ(laptop.post("/account/sessies/alles-uitloggen", {}).status, 303);
  EXPECT_EQ(phone.get("/account").status, 303);
  EXPECT_EQ(laptop.get("/account").status, 303);
}

TEST_F(LoginHttpTest, OneDeviceCanBeLoggedOutFromAnother) {
  auto phone = new_browser();
  auto laptop = new_browser();
  log_in(phone, "apparaat@voorbeeld.nl");
  log_in(laptop, "apparaat@voorbeeld.nl");
  auto list = laptop.get("/account/sessies");
  std::string phone_id;
  std::string_view body = list.body;
  for (auto at = body.find("omzien-list__item"); at != std::string_view::npos;
       at = body.find("omzien-list__item", at + 1)) {
    std::string_view item = body.substr(at, body.find("</li>", at) - at);
    if (item.find("(dit apparaat)") == std::string_view::npos) phone_id = input_value(item, "session");
  }
  ASSERT_FALSE(phone_id.empty());
  EXPECT_EQ(laptop.post("/account/sessies/uitloggen", {{"session", phone_id}}).status, 303);
  EXPECT_EQ(phone.get("/account").status, 303);
  EXPECT_EQ(laptop.get("/account").status, 200);
}

TEST_F(LoginHttpTest, APersonCanDownloadAndDeleteTheirData) {
  auto browser = new_browser();
  log_in(browser, "avg@voorbeeld.nl");
  auto data = browser.get("/account/gegevens.json");
  EXPECT_EQ(data.status, 200);
  EXPECT_NE(data.body.find("avg@voorbeeld.nl"), std::string::npos);
  browser.get("/account");
  auto unconfirmed = browser.post("/account/verwijderen", {});
  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_TRUE(page_says(unconfirmed.body, "Vink aan"));
  EXPECT_EQ(browser.post("/account/verwijderen", {{"confirm", "ja"}}).status, 303);
  EXPECT_EQ(browser.get("/account").status, 303);
  auto gone = app().db->read([](db::Connection& c) {
    return c.prepare("SELECT count(*) FROM accounts WHERE email = 'avg@voorbeeld.nl'").single_integer();
  });
  EXPECT_EQ(gone.value_or(-1), 0);
}

TEST_F(LoginHttpTest, ANewPersonMayGiveANameOrSkipIt) {
  auto browser = new_browser();
  auto done = log_in(browser, "naam@voorbeeld.nl");
  auto welcome = browser.follow(done);
  EXPECT_TRUE(page_says(welcome.body, "Welkom!"));
  auto saved = browser.post("/account/naam", {{"name", "Gerda Jansen"}, {"next", "/"}});
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(input_value(browser.get("/account").body, "name"), "Gerda Jansen");
  auto bad = browser.post("/account/naam", {{"name", std::string(150, 'x')}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(page_says(bad.body, "hoogstens 100 tekens"));
}

}  // namespace
}  // namespace omzien::test
