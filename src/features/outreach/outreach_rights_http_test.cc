// Who may use which outreach route: every route for anonymous visitors, members, a beheerder of
// an initiative, a LinkingPin with a contact of their own, another LinkingPin, and staff. The
// table must list every route the feature has.
#include <gtest/gtest.h>

#include <set>

#include "app/app.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/outreach.h"
#include "features/outreach/outreach_http_test.h"
#include "http/router.h"

namespace omzien::test {
namespace {

class OutreachRightsHttpTest : public OutreachHttpTest {};

enum class Who { Staff, StaffOrOwnLinkingPin, Members, Everyone };

struct Route {
  std::string method;
  std::string pattern;  // as registered
  std::string path;     // as called
  Who who;
  Fields fields = {};
};

TEST_F(OutreachRightsHttpTest, RightsTableOfEveryOutreachRoute) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  auto pin = linking_pin("pin@voorbeeld.nl");
  auto jan = contact("jan@repair.example");
  std::string id = std::to_string(jan->id);
  staff.get("/beheer/adresbestand/" + id);
  ASSERT_EQ(staff.post("/beheer/adresbestand/" + id + "/linkingpin",
                       {{"linking_pin", std::to_string(account_id("pin@voorbeeld.nl"))}}).status,
            303);
  staff.get("/beheer/uitnodigingen/nieuw");
  auto made = staff.post("/beheer/uitnodigingen", {{"name", "Ronde"}, {"subject", "Hoi {naam}"}, {"body", "{link}"},
                                                   {"reminder_days", "0"}, {"per_minute", "5"}});
  ASSERT_EQ(made.status, 303) << made.body;
  std::string campaign = made.location();
  pin.get("/uitnodigen");
  std::string code = pin.get("/uitnodigen").body;
  code = code.substr(code.find("/via/") + 5, 8);

  // A profile for the initiative's own LinkingPin choice.
  auto garden = app().db->write<initiatives::Initiative>([&](db::Connection& c) {
    initiatives::Initiative i;
    i.name = "Moestuin Houten";
    i.municipality_code = "GM0321";
    i.sentence = "Samen groente kweken.";
    return initiatives::insert_initiative(c, i, app().clock.now());
  });
  ASSERT_TRUE(garden);
  std::string g = "/beheer/initiatieven/" + garden->slug + "/linkingpin";
  std::string c = "/beheer/adresbestand/" + id;
  const std::vector<Route> routes = {
      {"GET", "/beheer/adresbestand", "/beheer/adresbestand", Who::StaffOrOwnLinkingPin},
      {"POST", "/beheer/adresbestand/toewijzen", "/beheer/adresbestand/toewijzen", Who::Staff, {{"contact", id}, {"linking_pin", "geen"}}},
      {"GET", "/beheer/adresbestand/nieuw", "/beheer/adresbestand/nieuw", Who::Staff},
      {"POST", "/beheer/adresbestand/nieuw", "/beheer/adresbestand/nieuw", Who::Staff, {{"phone", "0612121212"}}},
      {"GET", "/beheer/adresbestand/inlezen", "/beheer/adresbestand/inlezen", Who::Staff},
      {"POST", "/beheer/adresbestand/inlezen", "/beheer/adresbestand/inlezen", Who::Staff, {{"pasted", kList}}},
      {"POST", "/beheer/adresbestand/inlezen/bevestigen", "/beheer/adresbestand/inlezen/bevestigen", Who::Staff},
      {"POST", "/beheer/adresbestand/inlezen/annuleren", "/beheer/adresbestand/inlezen/annuleren", Who::Staff},
      {"GET", "/beheer/adresbestand/{id}", c, Who::StaffOrOwnLinkingPin},
      {"GET", "/beheer/adresbestand/{id}/bewerken", c + "/bewerken", Who::StaffOrOwnLinkingPin},
      {"POST", "/beheer/adresbestand/{id}/bewerken", c + "/bewerken", Who::StaffOrOwnLinkingPin,
       {{"initiative_name", "Repair Café Zeist"}, {"email", "jan@repair.example"}, {"phone", "06-12345678"}}},
      {"POST", "/beheer/adresbestand/{id}/gesprek", c + "/gesprek", Who::StaffOrOwnLinkingPin, {{"outcome", "voicemail"}}},
      {"POST", "/beheer/adresbestand/{id}/antwoord", c + "/antwoord", Who::StaffOrOwnLinkingPin, {{"answer", "twijfelt"}}},
      {"POST", "/beheer/adresbestand/{id}/uitnodiging", c + "/uitnodiging", Who::StaffOrOwnLinkingPin},
      {"POST", "/beheer/adresbestand/{id}/inlogmail", c + "/inlogmail", Who::StaffOrOwnLinkingPin},
      {"POST", "/beheer/adresbestand/{id}/linkingpin", c + "/linkingpin", Who::Staff,
       {{"linking_pin", std::to_string(account_id("pin@voorbeeld.nl"))}}},
      {"POST", "/beheer/adresbestand/{id}/koppelen", c + "/koppelen", Who::Staff, {{"initiative", "999999"}}},
      {"POST", "/beheer/adresbestand/{id}/profiel", c + "/profiel", Who::Staff},
      {"POST", "/beheer/adresbestand/{id}/ontkoppelen", c + "/ontkoppelen", Who::Staff},
      {"POST", "/beheer/adresbestand/{id}/verwijderen", c + "/verwijderen", Who::Staff},
      {"GET", "/beheer/linkingpins", "/beheer/linkingpins", Who::Staff},
      {"GET", "/beheer/initiatieven/{slug}/linkingpin", g, Who::Staff},
      {"POST", "/beheer/initiatieven/{slug}/linkingpin", g, Who::Staff, {{"linking_pin", "geen"}}},
      {"GET", "/bellen", "/bellen", Who::StaffOrOwnLinkingPin},
      {"GET", "/bellen/{id}", "/bellen/" + id, Who::StaffOrOwnLinkingPin},
      {"GET", "/beheer/uitnodigingen", "/beheer/uitnodigingen", Who::Staff},
      {"GET", "/beheer/uitnodigingen/nieuw", "/beheer/uitnodigingen/nieuw", Who::Staff},
      {"POST", "/beheer/uitnodigingen", "/beheer/uitnodigingen", Who::Staff},
      {"GET", "/beheer/uitnodigingen/{id}", campaign, Who::Staff},
      {"GET", "/beheer/uitnodigingen/{id}/bewerken", campaign + "/bewerken", Who::Staff},
      {"POST", "/beheer/uitnodigingen/{id}/bewerken", campaign + "/bewerken", Who::Staff},
      {"POST", "/beheer/uitnodigingen/{id}/test", campaign + "/test", Who::Staff},
      {"POST", "/beheer/uitnodigingen/{id}/versturen", campaign + "/versturen", Who::Staff},
      {"POST", "/beheer/uitnodigingen/{id}/stoppen", campaign + "/stoppen", Who::Staff, {{"confirm", "ja"}}},
      {"POST", "/beheer/uitnodigingen/{id}/verwijderen", campaign + "/verwijderen", Who::Staff, {{"confirm", "ja"}}},
      {"GET", "/uitnodigen", "/uitnodigen", Who::Members},
      {"POST", "/via/{code}", "/via/" + code, Who::Members},
      {"GET", "/via/{code}", "/via/" + code, Who::Everyone},
      {"GET", "/meedoen", "/meedoen?t=onbekend-maar-lang-genoeg-om-te-proberen", Who::Everyone},
      {"POST", "/meedoen", "/meedoen", Who::Everyone, {{"t", "onbekend-maar-lang-genoeg-om-te-proberen"}}},
      {"GET", "/afmelden", "/afmelden?t=onbekend-maar-lang-genoeg-om-te-proberen", Who::Everyone},
      {"POST", "/afmelden", "/afmelden", Who::Everyone, {{"t", "onbekend-maar-lang-genoeg-om-te-proberen"}}},
      {"GET", "/afmelden/een-klik", "/afmelden/een-klik?t=onbekend-maar-lang-genoeg-om-te-proberen", Who::Everyone},
      {"POST", "/afmelden/een-klik", "/afmelden/een-klik?t=onbekend-maar-lang-genoeg-om-te-proberen", Who::Everyone},
  };

  // The table covers every route the feature registers.
  App scratch;
  http::Router router;
  outreach::feature().add_routes(router, scratch);
  std::set<std::pair<std::string, std::string>> registered, listed;
  for (const auto& [method, pattern] : router.routes()) registered.insert({method, pattern});
  for (const auto& r : routes) listed.insert({r.method, r.pattern});
  EXPECT_EQ(listed, registered);

  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  auto someone = member("lid@voorbeeld.nl");
  // A beheerder runs an initiative, which gives no right to the address file.
  ASSERT_TRUE(app().db->write_void([&](db::Connection& c) -> Result<void> {
    initiatives::Initiative i;
    i.name = "Buurttuin Zeist";
    i.municipality_code = "GM0355";
    i.sentence = "Samen tuinieren.";
    i.claimed = true;
    auto saved = initiatives::insert_initiative(c, i, app().clock.now());
    if (!saved) return saved.error();
    auto account = accounts::find_or_create_account(c, "beheerder@buurttuin.example", app().clock.now());
    if (!account) return account.error();
    return initiatives::add_manager(c, saved->id, account->id, app().clock.now());
  }));
  auto beheerder = member("beheerder@buurttuin.example");
  // Another LinkingPin: works only their own contacts, so Jan is not theirs.
  auto other_pin = linking_pin("andere-pin@voorbeeld.nl");
  auto ok = [](int status) { return status == 200 || status == 303 || status == 422 || status == 409; };
  // Staff last: some routes change or delete what the others need.
  for (const auto& route : routes) {
    auto call = [&](HttpClient& who) {
      if (route.method == "GET") return who.get(route.path);
      if (route.path.rfind("/afmelden/een-klik", 0) == 0)
        return who.post_raw(route.path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
      return who.post(route.path, route.fields);
    };
    std::string what = route.method + " " + route.path;
    int for_anonymous = call(anonymous).status;
    int for_member = call(someone).status;
    int for_beheerder = call(beheerder).status;
    auto other = call(other_pin);
    int for_pin = call(pin).status;
    switch (route.who) {
      case Who::Staff:
      case Who::StaffOrOwnLinkingPin:
        EXPECT_EQ(for_anonymous, 303) << what;
        EXPECT_EQ(for_member, 403) << what;
        EXPECT_EQ(for_beheerder, 403) << what;
        if (route.who == Who::Staff) {
          EXPECT_EQ(for_pin, 403) << what;
          EXPECT_EQ(other.status, 403) << what;
        } else {
          EXPECT_TRUE(ok(for_pin)) << what << " " << for_pin;
          // The other LinkingPin gets their own (empty) lists, and never Jan.
          bool list = route.pattern == "/beheer/adresbestand" || route.pattern == "/bellen";
          if (list) EXPECT_EQ(other.status, 200) << what;
          else EXPECT_EQ(other.status, 403) << what;
          EXPECT_EQ(other.body.find("Jan de Vries"), std::string::npos) << what;
        }
        break;
      case Who::Members:
        EXPECT_EQ(for_anonymous, 303) << what;
        EXPECT_TRUE(ok(for_member)) << what << " " << for_member;
        EXPECT_TRUE(ok(for_beheerder)) << what << " " << for_beheerder;
        EXPECT_TRUE(ok(for_pin)) << what << " " << for_pin;
        EXPECT_TRUE(ok(other.status)) << what << " " << other.status;
        break;
      case Who::Everyone:
        for (int status : {for_anonymous, for_member, for_beheerder, for_pin, other.status})
          EXPECT_TRUE(status == 200 || status == 404 || status == 410) << what << " " << status;
        break;
    }
  }
  for (const auto& route : routes) {
    if (route.who == Who::Everyone) continue;
    auto call = route.method == "GET" ? staff.get(route.path) : staff.post(route.path, route.fields);
    EXPECT_TRUE(ok(call.status) || call.status == 400 || call.status == 404) << route.method << " " << route.path << " " << call.status;
  }
}

}  // namespace
}  // namespace omzien::test
