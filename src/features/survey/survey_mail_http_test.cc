// The survey's mail as staff and recipients notice it: a preview and a test before sending, an
// opt-out in every mail that also stops the foundation's invitations, one reminder for those who
// did not answer, and closing or deleting only after ticking a box.
#include <algorithm>
#include <chrono>
#include <thread>

#include "audit/audit.h"
#include "features/outreach/contact_store.h"
#include "features/outreach/opt_out.h"
#include "features/survey/survey_http_test.h"

namespace omzien::test {
namespace {

TEST_F(SurveyHttpTest, StaffSeeTheMailAndSendATestToThemselvesBeforeSending) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Wat hebben jullie nodig?", "We willen weten waar we kunnen helpen.");
  ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);

  auto page = staff.get(survey);
  EXPECT_TRUE(page_says(page.body, "Zo krijgt Repair Café Zeist de mail."));
  EXPECT_TRUE(page_says(page.body, "Wat hebben jullie nodig?: wil je een paar vragen beantwoorden?"));
  EXPECT_TRUE(page_says(page.body, "Stichting Omzien naar Elkaar wil graag weten wat Repair Café Zeist nodig heeft"));
  EXPECT_TRUE(page_says(page.body, "hij verloopt niet vanzelf"));

  auto tested = staff.post(survey + "/test", {{"filter_municipality", ""}, {"filter_theme", ""}});
  ASSERT_EQ(tested.status, 303);
  EXPECT_TRUE(page_says(staff.follow(tested).body, "De test is naar je eigen adres gestuurd (medewerker@voorbeeld.nl)."));
  // The login code went to the same address first: wait for the test itself.
  std::optional<ReceivedMail> test;
  for (int i = 0; i < 100 && !(test && test->subject().starts_with("[Test]")); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    test = wait_for_mail_to("medewerker@voorbeeld.nl");
  }
  ASSERT_TRUE(test);
  EXPECT_EQ(test->subject(), "[Test] Wat hebben jullie nodig?: wil je een paar vragen beantwoorden?");
  EXPECT_NE(test->text.find("Repair Café Zeist"), std::string::npos);
  // The test's links point nowhere: it answers for nobody and opts nobody out.
  std::string link = find_link(test->text, base_url() + "/peiling?t=");
  EXPECT_EQ(new_browser().get(link.substr(base_url().size())).status, 404);
  EXPECT_EQ(mail_count_to("anna@repair.example"), 0) << "a test goes to the sender only";
  EXPECT_TRUE(page_says(staff.get(survey).body, "Status: Concept"));
}

TEST_F(SurveyHttpTest, OptingOutFromASurveyMailStopsLaterSurveysAndInvitations) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  add_initiative("Taalhuis Overvecht", kUtrecht, {"fatima@taalhuis.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string first = create_survey(staff, "Eerste peiling");
  ASSERT_EQ(add_question(staff, first, "open", "Wat mist er?").status, 303);
  ASSERT_EQ(send(staff, first).status, 303);

  auto mail = wait_for_mail_to("anna@repair.example");
  ASSERT_TRUE(mail);
  EXPECT_NE(mail->text.find(base_url() + "/afmelden?t="), std::string::npos) << mail->text;
  std::string header = mail->header("List-Unsubscribe");
  EXPECT_NE(header.find(base_url() + "/afmelden/een-klik?t="), std::string::npos) << header;
  EXPECT_EQ(mail->header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");

  // Opening the link only shows a button (mail scanners open links); the button opts out.
  std::string page_link = find_link(mail->text, base_url() + "/afmelden?t=").substr(base_url().size());
  auto browser = new_browser();
  EXPECT_TRUE(page_says(browser.get(page_link).body, "Druk op de knop."));
  EXPECT_FALSE(outreach::is_opted_out(app(), "anna@repair.example"));
  auto done = browser.post("/afmelden", {{"t", page_link.substr(page_link.find("t=") + 2)}});
  EXPECT_TRUE(page_says(done.body, "Je bent afgemeld."));

  // A later survey skips her, and staff see why.
  std::string second = create_survey(staff, "Tweede peiling");
  ASSERT_EQ(add_question(staff, second, "open", "Wat mist er?").status, 303);
  EXPECT_TRUE(page_says(staff.get(second).body, "1 initiatieven krijgen de peiling, 1 afgemeld"));
  ASSERT_EQ(send(staff, second).status, 303);
  ASSERT_TRUE(wait_for_mail_to("fatima@taalhuis.example"));
  EXPECT_EQ(mail_count_to("anna@repair.example"), 1);

  // The address file's invitations honour the same opt-out.
  staff.get("/beheer/adresbestand/inlezen");
  auto preview = staff.post("/beheer/adresbestand/inlezen",
                            {{"pasted", "Naam initiatief\tE-mail\r\nRepair Café Zeist\tanna@repair.example\r\n"}});
  ASSERT_EQ(preview.status, 200) << preview.body;
  auto report = staff.post("/beheer/adresbestand/inlezen/bevestigen",
                           {{"draft", input_value(preview.body, "draft")}, {"action", "inlezen"}, {"has_header", "ja"},
                            {"column_0", "initiatief"}, {"column_1", "e-mail"}});
  ASSERT_EQ(report.status, 200) << report.body;
  auto list = staff.get("/beheer/adresbestand");
  EXPECT_TRUE(page_says(list.body, "Afgemeld"));
  auto contact = app().db->read([](db::Connection& c) { return outreach::find_contact_by_email(c, "anna@repair.example"); });
  ASSERT_TRUE(contact);
  std::string path = "/beheer/adresbestand/" + std::to_string(contact->id);
  EXPECT_TRUE(page_says(staff.get(path).body, "Afgemeld"));
  auto by_hand = staff.post(path + "/uitnodiging", {});
  EXPECT_NE(by_hand.status, 500);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("anna@repair.example"), 1) << "opted out in a survey: no invitation either";
}

TEST_F(SurveyHttpTest, OneReminderGoesOnlyToThoseWhoDidNotAnswerAndBothLinksWork) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  add_initiative("Taalhuis Overvecht", kUtrecht, {"fatima@taalhuis.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Wat mist er?");
  ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);
  ASSERT_EQ(send(staff, survey).status, 303);
  std::string anna_link = link_in_mail("anna@repair.example");
  std::string first_link = link_in_mail("fatima@taalhuis.example");
  ASSERT_FALSE(anna_link.empty());
  ASSERT_FALSE(first_link.empty());
  auto anna = new_browser();
  auto fields = fields_of(anna, anna_link);
  ASSERT_EQ(anna.post("/peiling", {{"t", token_of(anna_link)}, {fields.at(0), "Een ruimte"}}).status, 303);
  std::string subject = "survey:" + survey.substr(survey.rfind('/') + 1);
  auto log = audit::list_entries(*app().db, subject, 20);
  EXPECT_TRUE(std::any_of(log.begin(), log.end(), [](const audit::Entry& e) {
    return e.action == "survey.answer" && e.detail == "Antwoord opgeslagen voor Repair Café Zeist";
  })) << "an answer is a change, so it is in the audit log";

  EXPECT_TRUE(page_says(staff.get(survey).body, "Stuur een herinnering naar 1 initiatieven"));
  auto reminded = staff.post(survey + "/herinneren", {});
  ASSERT_EQ(reminded.status, 303);
  EXPECT_TRUE(page_says(staff.follow(reminded).body, "Er gaat een herinnering naar 1 initiatieven."));
  ASSERT_TRUE(wait_for_mail_count("fatima@taalhuis.example", 2));
  auto reminder = wait_for_mail_to("fatima@taalhuis.example");
  ASSERT_TRUE(reminder);
  EXPECT_EQ(reminder->subject(), "Herinnering: Wat mist er?");
  EXPECT_NE(reminder->text.find("We hebben nog geen antwoord van jullie."), std::string::npos);
  EXPECT_FALSE(reminder->header("List-Unsubscribe").empty());
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 2);
  EXPECT_EQ(mail_count_to("anna@repair.example"), 1) << "who answered gets no reminder";

  // Only one reminder: asking again sends nothing.
  auto again = staff.post(survey + "/herinneren", {});
  EXPECT_TRUE(page_says(staff.follow(again).body, "Er is niemand om aan te herinneren"));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 2);

  // The new link and the first one both open Fatima's one answer.
  std::string new_link = find_link(reminder->text, base_url() + "/peiling?t=").substr(base_url().size());
  EXPECT_NE(new_link, first_link);
  auto fatima = new_browser();
  EXPECT_TRUE(page_says(fatima.get(new_link).body, "Voor Taalhuis Overvecht"));
  EXPECT_TRUE(page_says(fatima.get(first_link).body, "Voor Taalhuis Overvecht"));
}

TEST_F(SurveyHttpTest, ClosingAndDeletingAskForATickedBoxFirst) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string draft = create_survey(staff, "Concept");
  staff.get(draft);
  auto not_deleted = staff.post(draft + "/verwijderen", {});
  EXPECT_EQ(not_deleted.status, 422);
  EXPECT_TRUE(page_says(not_deleted.body, "Vink aan dat je het concept echt wilt weggooien."));
  EXPECT_EQ(staff.get(draft).status, 200);
  auto deleted = staff.post(draft + "/verwijderen", {{"confirm", "ja"}});
  EXPECT_TRUE(page_says(staff.follow(deleted).body, "Het concept is weggegooid."));
  EXPECT_EQ(staff.get(draft).status, 404);

  std::string survey = create_survey(staff, "Open peiling");
  ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);
  ASSERT_EQ(send(staff, survey).status, 303);
  staff.get(survey);
  auto not_closed = staff.post(survey + "/sluiten", {});
  EXPECT_EQ(not_closed.status, 422);
  EXPECT_TRUE(page_says(not_closed.body, "Vink aan dat je de peiling echt wilt sluiten."));
  EXPECT_TRUE(page_says(staff.get(survey).body, "Status: Open"));
  auto closed = staff.post(survey + "/sluiten", {{"confirm", "ja"}});
  EXPECT_TRUE(page_says(staff.follow(closed).body, "De peiling is gesloten."));
}

}  // namespace
}  // namespace omzien::test
