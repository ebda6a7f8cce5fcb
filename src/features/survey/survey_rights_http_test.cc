// Who may use which survey route: every route for anonymous visitors, a member, a beheerder of
// an invited initiative, a LinkingPin and staff. The table must list every route the feature has.
#include <set>

#include "features/survey/survey.h"
#include "features/survey/survey_http_test.h"
#include "features/survey/survey_store.h"
#include "http/router.h"

namespace omzien::test {
namespace {

enum class Who { Staff, Everyone };

struct Route {
  std::string method;
  std::string pattern;  // as registered
  std::string path;     // as called
  Who who;
  Fields fields = {};
};

TEST_F(SurveyHttpTest, RightsTableOfEverySurveyRoute) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string draft = create_survey(staff, "Concept");
  ASSERT_EQ(add_question(staff, draft, "een", "Vraag", "Ja\nNee").status, 303);
  std::string sent = create_survey(staff, "Verstuurd");
  ASSERT_EQ(add_question(staff, sent, "open", "Vraag").status, 303);
  ASSERT_EQ(send(staff, sent).status, 303);
  std::string link = link_in_mail("anna@repair.example");
  ASSERT_FALSE(link.empty());
  std::int64_t draft_id = std::stoll(draft.substr(draft.rfind('/') + 1));
  auto questions = app().db->read([&](db::Connection& c) { return survey::list_questions(c, draft_id); });
  std::string q = draft + "/vragen/" + std::to_string(questions.at(0).id);

  auto anonymous = new_browser();
  anonymous.get("/inloggen");
  auto member = new_browser();
  log_in(member, "lid@voorbeeld.nl");
  auto beheerder = new_browser();  // runs an invited initiative, but is no staff
  log_in(beheerder, "anna@repair.example");
  ASSERT_TRUE(accounts::set_role(app(), "pin@voorbeeld.nl", accounts::Role::LinkingPin, true));
  auto pin = new_browser();
  log_in(pin, "pin@voorbeeld.nl");

  const std::vector<Route> routes = {
      {"GET", "/beheer/peilingen", "/beheer/peilingen", Who::Staff},
      {"GET", "/beheer/peilingen/nieuw", "/beheer/peilingen/nieuw", Who::Staff},
      {"POST", "/beheer/peilingen", "/beheer/peilingen", Who::Staff, {{"title", "Nog een"}}},
      {"GET", "/beheer/peilingen/{id}", draft, Who::Staff},
      {"GET", "/beheer/peilingen/{id}/bewerken", draft + "/bewerken", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/bewerken", draft + "/bewerken", Who::Staff, {{"title", "Concept, anders"}}},
      {"POST", "/beheer/peilingen/{id}/vragen", draft + "/vragen", Who::Staff, {{"kind", "open"}, {"text", "Nog een vraag"}}},
      {"GET", "/beheer/peilingen/{id}/vragen/{question}", q, Who::Staff},
      {"POST", "/beheer/peilingen/{id}/vragen/{question}", q, Who::Staff, {{"kind", "een"}, {"text", "V"}, {"options", "a\nb"}}},
      {"POST", "/beheer/peilingen/{id}/vragen/{question}/omhoog", q + "/omhoog", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/vragen/{question}/omlaag", q + "/omlaag", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/vragen/{question}/verwijderen", q + "/verwijderen", Who::Staff, {{"confirm", "ja"}}},
      {"GET", "/beheer/peilingen/{id}/uitkomsten", sent + "/uitkomsten", Who::Staff},
      {"GET", "/beheer/peilingen/{id}/antwoorden.csv", sent + "/antwoorden.csv", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/test", draft + "/test", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/versturen", draft + "/versturen", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/herinneren", sent + "/herinneren", Who::Staff},
      {"POST", "/beheer/peilingen/{id}/sluiten", sent + "/sluiten", Who::Staff, {{"confirm", "ja"}}},
      {"POST", "/beheer/peilingen/{id}/verwijderen", draft + "/verwijderen", Who::Staff, {{"confirm", "ja"}}},
      {"GET", "/peiling", link, Who::Everyone},
      {"POST", "/peiling", "/peiling", Who::Everyone, {{"t", token_of(link)}, {"q0", "x"}}},
  };

  // The table covers every route the feature registers.
  App scratch;
  http::Router router;
  survey::feature().add_routes(router, scratch);
  std::set<std::pair<std::string, std::string>> registered, listed;
  for (const auto& [method, pattern] : router.routes()) registered.insert({method, pattern});
  for (const auto& r : routes) listed.insert({r.method, r.pattern});
  EXPECT_EQ(listed, registered);

  for (const auto& route : routes) {
    auto call = [&](HttpClient& who) {
      return route.method == "GET" ? who.get(route.path) : who.post(route.path, route.fields);
    };
    std::string what = route.method + " " + route.path;
    int for_anonymous = call(anonymous).status;
    int for_member = call(member).status;
    int for_beheerder = call(beheerder).status;
    int for_pin = call(pin).status;
    if (route.who == Who::Staff) {
      EXPECT_EQ(for_anonymous, 303) << what;
      EXPECT_EQ(for_member, 403) << what;
      EXPECT_EQ(for_beheerder, 403) << what;
      EXPECT_EQ(for_pin, 403) << what;
    } else {
      // The link is the key: anyone holding it may answer (422: the answer was empty or wrong).
      for (int status : {for_anonymous, for_member, for_beheerder, for_pin})
        EXPECT_TRUE(status == 200 || status == 422) << what << " " << status;
    }
  }
  // Nothing the others tried changed the draft.
  EXPECT_EQ(app().db->read([&](db::Connection& c) { return survey::find_survey(c, draft_id)->title; }), "Concept");
  EXPECT_EQ(app().db->read([&](db::Connection& c) { return survey::list_questions(c, draft_id).size(); }), 1u);

  // Staff may use every route (the order above ends with sending, closing and deleting).
  for (const auto& route : routes) {
    if (route.who != Who::Staff) continue;
    staff.get("/beheer/peilingen");
    auto result = route.method == "GET" ? staff.get(route.path) : staff.post(route.path, route.fields);
    EXPECT_TRUE(result.status == 200 || result.status == 303) << route.method << " " << route.path << " " << result.status;
  }

  // A POST without the CSRF token is refused, also on the personal link.
  auto stranger = new_browser();
  stranger.get(link);
  stranger.set_csrf_token("");
  auto forged = stranger.post_raw("/peiling", "application/x-www-form-urlencoded", "t=" + token_of(link));
  EXPECT_EQ(forged.status, 403);
}

}  // namespace
}  // namespace omzien::test
