// Several beheerders over real HTTP: inviting by e-mail (the link's GET changes nothing, the
// button does), removing and leaving while one always stays, the account-deletion check, and the
// rights table of these routes.
#include <gtest/gtest.h>

#include "audit/audit.h"
#include "core/crypto.h"
#include "features/initiatives/initiative_store.h"
#include "features/initiatives/invitation_store.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

class ManagersHttpTest : public HttpTest {
 protected:
  static Fields required(const std::string& name) {
    return {{"name", name},
            {"municipality_code", "GM0355"},
            {"themes", "duurzaamheid-energie"},
            {"sentence", "Elke zaterdag repareren we samen kapotte spullen."},
            {"contact_email", "info@voorbeeld.nl"},
            {"email_public", "ja"}};
  }
  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
  // A member who puts "Repair Café Zeist" on the platform: its only beheerder.
  HttpClient owner_of_repair_cafe(const std::string& email = "eigenaar@voorbeeld.nl") {
    auto browser = member(email);
    browser.get("/initiatieven/nieuw");
    EXPECT_EQ(browser.post("/initiatieven", required("Repair Café Zeist")).status, 303);
    return browser;
  }
  HttpResult invite(HttpClient& beheerder, const std::string& email) {
    beheerder.get(kManagers);
    return beheerder.post(kManagers + "/uitnodigen", {{"email", email}});
  }
  // The link in the newest invitation mail to `email`.
  std::string invitation_link(const std::string& email) {
    auto mail = wait_for_mail_to(email);
    EXPECT_TRUE(mail) << "no invitation mail to " << email;
    if (!mail) return "";
    EXPECT_NE(mail->subject().find("Repair Café Zeist"), std::string::npos) << mail->subject();
    std::string link = find_link(mail->text, base_url() + "/uitnodiging?t=");
    EXPECT_FALSE(link.empty()) << mail->text;
    return link.substr(base_url().size());
  }
  static std::string token_of(const std::string& link) { return link.substr(link.find("t=") + 2); }
  // Opens the link and presses the button, as the invitee would.
  HttpResult accept(HttpClient& browser, const std::string& link) {
    browser.get(link);
    return browser.post("/uitnodiging", {{"t", token_of(link)}});
  }
  std::int64_t initiative_id() {
    return app().db->read(
        [](db::Connection& c) { return initiatives::find_initiative_by_slug(c, "repair-cafe-zeist")->id; });
  }
  int manager_count() {
    return static_cast<int>(
        app().db->read([&](db::Connection& c) { return initiatives::list_managers(c, initiative_id()); }).size());
  }
  const std::string kProfile = "/initiatieven/repair-cafe-zeist";
  const std::string kManagers = "/initiatieven/repair-cafe-zeist/beheerders";
};

TEST_F(ManagersHttpTest, AnInvitationLinkOnlyOpensAPageAndTheButtonMakesABeheerder) {
  auto owner = owner_of_repair_cafe();
  auto sent = invite(owner, "nieuw@voorbeeld.nl");
  ASSERT_EQ(sent.status, 303) << sent.body.substr(0, 2000);
  EXPECT_TRUE(page_says(owner.follow(sent).body, "De uitnodiging is verstuurd"));
  std::string link = invitation_link("nieuw@voorbeeld.nl");
  ASSERT_FALSE(link.empty());

  // A mail scanner opens the link, twice: nothing changes.
  for (int i = 0; i < 2; ++i) {
    auto scanned = new_browser().get(link);
    EXPECT_EQ(scanned.status, 200);
    EXPECT_TRUE(page_says(scanned.body, "Word beheerder van Repair Café Zeist"));
    EXPECT_EQ(scanned.header("Referrer-Policy"), "no-referrer");
  }
  EXPECT_EQ(manager_count(), 1);
  EXPECT_TRUE(page_says(owner.get(kManagers).body, "nieuw@voorbeeld.nl")) << "still an open invitation";

  // The invitee presses the button: logged in (a new account: the name question first) and beheerder.
  auto invitee = new_browser();
  auto accepted = accept(invitee, link);
  ASSERT_EQ(accepted.status, 303) << accepted.body.substr(0, 2000);
  EXPECT_EQ(accepted.location(), "/account/welkom?verder=%2Finitiatieven%2Frepair-cafe-zeist");
  EXPECT_EQ(manager_count(), 2);
  EXPECT_EQ(invitee.get(kProfile + "/bewerken").status, 200);
  EXPECT_TRUE(page_says(owner.get(kManagers).body, "nieuw@voorbeeld.nl"));

  // The link works once.
  auto again = new_browser();
  again.get("/inloggen");
  auto second = again.post("/uitnodiging", {{"t", token_of(link)}});
  EXPECT_EQ(second.status, 410);
  EXPECT_TRUE(page_says(second.body, "Deze uitnodiging werkt niet meer"));
  EXPECT_EQ(new_browser().get(link).status, 410);

  // Stored only as a hash.
  app().db->read([&](db::Connection& c) {
    EXPECT_FALSE(initiatives::find_invitation_by_token_hash(c, token_of(link)));
    EXPECT_TRUE(initiatives::find_invitation_by_token_hash(c, hash_token(token_of(link))));
    return 0;
  });
  auto entries = audit::list_entries(*app().db, "initiative:" + std::to_string(initiative_id()), 20);
  bool invited = false, joined = false;
  for (const auto& e : entries) {
    invited = invited || e.action == "initiative.invite";
    joined = joined || e.action == "initiative.manager_join";
    EXPECT_EQ(e.detail.find("@"), std::string::npos) << "no e-mail addresses in the audit log";
  }
  EXPECT_TRUE(invited && joined);
}

TEST_F(ManagersHttpTest, AnExpiredInvitationIsRefused) {
  auto owner = owner_of_repair_cafe();
  ASSERT_EQ(invite(owner, "laat@voorbeeld.nl").status, 303);
  std::string link = invitation_link("laat@voorbeeld.nl");
  auto late = new_browser();
  EXPECT_EQ(late.get(link).status, 200) << "opened in time";
  app().clock.advance(15 * 86400);
  auto pressed = late.post("/uitnodiging", {{"t", token_of(link)}});
  EXPECT_EQ(pressed.status, 410) << "but pressed after 14 days";
  EXPECT_TRUE(page_says(pressed.body, "Een uitnodiging werkt 14 dagen"));
  EXPECT_EQ(new_browser().get(link).status, 410);
  EXPECT_EQ(manager_count(), 1);
}

TEST_F(ManagersHttpTest, AWithdrawnInvitationNoLongerWorks) {
  auto owner = owner_of_repair_cafe();
  ASSERT_EQ(invite(owner, "toch-niet@voorbeeld.nl").status, 303);
  std::string link = invitation_link("toch-niet@voorbeeld.nl");
  auto page = owner.get(kManagers);
  std::string id = input_value(page.body, "invitation_id");
  ASSERT_FALSE(id.empty());
  auto withdrawn = owner.post(kManagers + "/uitnodiging-intrekken", {{"invitation_id", id}});
  EXPECT_EQ(withdrawn.status, 303);
  EXPECT_EQ(new_browser().get(link).status, 410);
}

TEST_F(ManagersHttpTest, AWrongAddressOrAnExistingBeheerderGetsAMessage) {
  auto owner = owner_of_repair_cafe();
  auto empty = invite(owner, "");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(page_says(empty.body, "Vul het e-mailadres in van wie je wilt uitnodigen."));
  auto wrong = invite(owner, "geen-adres");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(input_value(wrong.body, "email"), "geen-adres");
  auto self = invite(owner, "Eigenaar@Voorbeeld.nl");
  EXPECT_EQ(self.status, 409);
  EXPECT_TRUE(page_says(self.body, "Dit e-mailadres is al beheerder van dit profiel."));
}

TEST_F(ManagersHttpTest, InvitationMailsAreLimited) {
  auto owner = owner_of_repair_cafe();
  for (int i = 0; i < 10; ++i) ASSERT_EQ(invite(owner, "gast" + std::to_string(i) + "@voorbeeld.nl").status, 303) << i;
  auto refused = invite(owner, "gast-elf@voorbeeld.nl");
  EXPECT_EQ(refused.status, 429);
  EXPECT_TRUE(page_says(refused.body, "Er zijn vandaag al veel uitnodigingen verstuurd"));
}

TEST_F(ManagersHttpTest, TheLastBeheerderCannotLeaveOrBeRemovedButOthersCan) {
  auto owner = owner_of_repair_cafe();
  owner.get(kManagers);
  auto alone = owner.post(kManagers + "/verlaten", {});
  EXPECT_EQ(alone.status, 409);
  EXPECT_TRUE(page_says(alone.body, "Je bent de enige beheerder van dit profiel."));
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto staff_page = staff.get(kManagers);
  std::string owner_id = input_value(staff_page.body, "account_id");
  EXPECT_TRUE(owner_id.empty()) << "no remove button for the only beheerder";
  std::int64_t only = app().db->read(
      [&](db::Connection& c) { return initiatives::list_managers(c, initiative_id()).front().account_id; });
  auto refused = staff.post(kManagers + "/verwijderen", {{"account_id", std::to_string(only)}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(page_says(refused.body, "Een initiatief houdt altijd minstens één beheerder."));
  EXPECT_EQ(manager_count(), 1);

  // With a second beheerder, one can remove the other, and one can leave.
  ASSERT_EQ(invite(owner, "tweede@voorbeeld.nl").status, 303);
  auto second = new_browser();
  ASSERT_EQ(accept(second, invitation_link("tweede@voorbeeld.nl")).status, 303);
  EXPECT_EQ(manager_count(), 2);
  auto page = owner.get(kManagers);
  std::string second_id = input_value(page.body, "account_id");
  ASSERT_FALSE(second_id.empty());
  auto removed = owner.post(kManagers + "/verwijderen", {{"account_id", second_id}});
  EXPECT_EQ(removed.status, 303);
  EXPECT_EQ(second.get(kProfile + "/bewerken").status, 403);

  ASSERT_EQ(invite(owner, "derde@voorbeeld.nl").status, 303);
  auto third = new_browser();
  ASSERT_EQ(accept(third, invitation_link("derde@voorbeeld.nl")).status, 303);
  third.get(kManagers);
  auto left = third.post(kManagers + "/verlaten", {});
  EXPECT_EQ(left.status, 303);
  EXPECT_EQ(left.location(), "/mijn-initiatieven");
  EXPECT_EQ(third.get(kManagers).status, 403);
  EXPECT_EQ(manager_count(), 1);
  bool removal_logged = false;
  for (const auto& e : audit::list_entries(*app().db, "initiative:" + std::to_string(initiative_id()), 50))
    removal_logged = removal_logged || e.action == "initiative.manager_remove";
  EXPECT_TRUE(removal_logged);
}

TEST_F(ManagersHttpTest, EmailAddressesOfBeheerdersAreForOtherBeheerdersOnly) {
  auto owner = owner_of_repair_cafe("ria@voorbeeld.nl");
  ASSERT_EQ(invite(owner, "kees@voorbeeld.nl").status, 303);
  auto kees = new_browser();
  ASSERT_EQ(accept(kees, invitation_link("kees@voorbeeld.nl")).status, 303);
  EXPECT_TRUE(page_says(kees.get(kManagers).body, "ria@voorbeeld.nl"));
  auto staff = staff_browser("staf@voorbeeld.nl");
  auto staff_view = staff.get(kManagers);
  EXPECT_EQ(staff_view.status, 200);
  EXPECT_FALSE(page_says(staff_view.body, "ria@voorbeeld.nl"));
  EXPECT_FALSE(page_says(staff_view.body, "kees@voorbeeld.nl"));
  auto visitor = new_browser().get(kProfile);
  EXPECT_EQ(visitor.body.find("ria@voorbeeld.nl"), std::string::npos);
  EXPECT_EQ(visitor.body.find("kees@voorbeeld.nl"), std::string::npos);
}

TEST_F(ManagersHttpTest, TheLastBeheerderCannotDeleteTheirAccountUntilSomeoneElseJoins) {
  auto owner = owner_of_repair_cafe();
  owner.get("/account");
  auto refused = owner.post("/account/verwijderen", {{"confirm", "ja"}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(page_says(refused.body, "Je bent de enige beheerder van Repair Café Zeist."));
  EXPECT_EQ(owner.get("/account").status, 200) << "still there";
  ASSERT_EQ(invite(owner, "opvolger@voorbeeld.nl").status, 303);
  auto successor = new_browser();
  ASSERT_EQ(accept(successor, invitation_link("opvolger@voorbeeld.nl")).status, 303);
  owner.get("/account");
  EXPECT_EQ(owner.post("/account/verwijderen", {{"confirm", "ja"}}).status, 303);
  EXPECT_EQ(manager_count(), 1);
}

// Every beheerders route and the public ones, for every kind of visitor. Anonymous visitors go
// to the login page for the protected ones; members who do not run the profile get 403.
TEST_F(ManagersHttpTest, RightsTableOfBeheerdersAndPublicProfileRoutes) {
  auto owner = owner_of_repair_cafe();
  auto stranger = member("vreemde@voorbeeld.nl");
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  constexpr int kLogin = 1;  // a 303 to /inloggen
  struct Route {
    std::string method, path;
    Fields fields;
    int anonymous, member, beheerder, staff;
  };
  const std::vector<Route> routes = {
      {"GET", kManagers, {}, kLogin, 403, 200, 200},
      {"POST", kManagers + "/uitnodigen", {{"email", "nieuw@voorbeeld.nl"}}, kLogin, 403, 303, 303},
      {"POST", kManagers + "/uitnodiging-intrekken", {{"invitation_id", "999999"}}, kLogin, 403, 404, 404},
      {"POST", kManagers + "/verwijderen", {{"account_id", "999999"}}, kLogin, 403, 404, 404},
      {"POST", kManagers + "/verlaten", {}, kLogin, 403, 409, 403},
      {"GET", kManagers + "/geraden", {}, 404, 404, 404, 404},
      {"GET", kManagers + "/verlaten", {}, 405, 405, 405, 405},
      {"GET", "/initiatieven/bestaat-niet/beheerders", {}, kLogin, 404, 404, 404},
      {"GET", kProfile, {}, 200, 200, 200, 200},
      {"GET", kProfile + "/afdrukken", {}, 200, 200, 200, 200},
      {"GET", "/uitnodiging?t=geraden", {}, 410, 410, 410, 410},
      {"POST", "/uitnodiging", {{"t", "geraden"}}, 410, 410, 410, 410},
      // Claim links and photos: a guessed token or name gives nobody anything.
      {"GET", "/claimen?t=geraden", {}, 410, 410, 410, 410},
      {"POST", "/claimen", {{"t", "geraden"}}, 410, 410, 410, 410},
      {"GET", "/fotos/0123456789abcdef0123456789abcdef-1200.jpg", {}, 404, 404, 404, 404},
  };
  for (const auto& route : routes) {
    auto call = [&](HttpClient& who) {
      if (route.method == "GET") return who.get(route.path);
      who.get("/initiatieven");  // a fresh CSRF token, as a page with the form would give
      return who.post(route.path, route.fields);
    };
    auto anonymous_result = call(anonymous);
    if (route.anonymous == kLogin) {
      EXPECT_EQ(anonymous_result.status, 303) << route.method << " " << route.path;
      EXPECT_EQ(anonymous_result.location().rfind("/inloggen", 0), 0u) << route.path;
    } else {
      EXPECT_EQ(anonymous_result.status, route.anonymous) << "anonymous " << route.method << " " << route.path;
    }
    EXPECT_EQ(call(stranger).status, route.member) << "member " << route.method << " " << route.path;
    EXPECT_EQ(call(owner).status, route.beheerder) << "beheerder " << route.method << " " << route.path;
    EXPECT_EQ(call(staff).status, route.staff) << "staff " << route.method << " " << route.path;
  }
  EXPECT_EQ(manager_count(), 1) << "nobody was added or removed on the way";
}

TEST_F(ManagersHttpTest, AHiddenProfileAndItsPrintVersionAre404ForVisitors) {
  auto owner = owner_of_repair_cafe();
  ASSERT_TRUE(app().db->write_void([&](db::Connection& c) {
    return initiatives::set_status(c, initiative_id(), initiatives::Status::Hidden, app().clock.now());
  }));
  EXPECT_EQ(new_browser().get(kProfile + "/afdrukken").status, 404);
  EXPECT_EQ(member("ander@voorbeeld.nl").get(kProfile + "/afdrukken").status, 404);
  EXPECT_EQ(owner.get(kProfile + "/afdrukken").status, 200);
}

}  // namespace
}  // namespace omzien::test
