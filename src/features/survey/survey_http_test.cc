// The needs survey from start to end: staff compose and send it, initiatives answer through the
// personal link without logging in (and change their answer), staff close it and read the
// results, as a page and as CSV.
#include "features/survey/survey_http_test.h"

#include "core/crypto.h"
#include "features/survey/sending.h"
#include "features/survey/survey.h"
#include "features/survey/survey_store.h"

namespace omzien::test {
namespace {

std::optional<survey::Invitation> invitation(App& app, const std::string& token) {
  return app.db->read([&](db::Connection& c) { return survey::find_invitation_by_token_hash(c, hash_token(token)); });
}

TEST_F(SurveyHttpTest, StaffSendASurveyThatBeheerdersAnswerAndChangeWithoutLoggingIn) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example", "bert@repair.example"});
  add_initiative("Taalhuis Overvecht", kUtrecht, {"fatima@taalhuis.example"});
  add_initiative("Kookclub De Pan", kZeist, {}, {}, "info@depan.example");  // unclaimed: its contact address
  add_initiative("Voedselbank Houten", kHouten, {"dirk@voedselbank.example"});
  opt_out("dirk@voedselbank.example");

  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Wat hebben jullie nodig?", "We willen weten waar we kunnen helpen.");
  add_four_questions(staff, survey);
  auto page = staff.get(survey);
  EXPECT_TRUE(page_says(page.body, "3 initiatieven krijgen de peiling, 1 afgemeld"));
  EXPECT_TRUE(page_says(page.body, "Afgemeld voor mail"));

  auto sent = send(staff, survey);
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_TRUE(page_says(staff.follow(sent).body, "De peiling is verstuurd naar 3 initiatieven."));

  // Both beheerders of the Repair Café get the same link: one answer per initiative.
  std::string link = link_in_mail("anna@repair.example");
  ASSERT_FALSE(link.empty());
  EXPECT_EQ(link_in_mail("bert@repair.example"), link);
  EXPECT_FALSE(link_in_mail("fatima@taalhuis.example").empty());
  EXPECT_FALSE(link_in_mail("info@depan.example").empty());
  EXPECT_NE(link_in_mail("info@depan.example"), link);
  EXPECT_EQ(mail_count_to("dirk@voedselbank.example"), 0);  // opted out: never mailed
  auto mail = wait_for_mail_to("anna@repair.example");
  EXPECT_NE(mail->text.find("Wat hebben jullie nodig?"), std::string::npos);

  // Opening the link (as a mail scanner would) shows the form and saves nothing.
  auto anna = new_browser();
  auto form = anna.get(link);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(page_says(form.body, "Voor Repair Café Zeist"));
  EXPECT_TRUE(page_says(form.body, "Hoe tevreden zijn jullie over de gemeente?"));
  EXPECT_FALSE(invitation(app(), token_of(link))->answered_at);

  auto q = fields_of(anna, link);
  ASSERT_EQ(q.size(), 4u);
  auto saved = anna.post("/peiling", {{"t", token_of(link)}, {q[0], "1"}, {q[1], "0"}, {q[1], "2"}, {q[2], "2"},
                                      {q[3], "=HYPERLINK(\"http://kwaad.example\")"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto thanks = anna.follow(saved);
  EXPECT_TRUE(page_says(thanks.body, "Bedankt! Je antwoord is opgeslagen."));
  EXPECT_TRUE(page_says(thanks.body, "Je hebt al geantwoord"));
  EXPECT_NE(thanks.body.find("value=\"2\" checked"), std::string::npos);  // what was chosen shows again

  // The other beheerder opens the same link later and changes the answer: still one answer.
  auto bert = new_browser();
  EXPECT_TRUE(page_says(bert.get(link).body, "Je hebt al geantwoord"));
  ASSERT_EQ(bert.post("/peiling", {{"t", token_of(link)}, {q[0], "2"}, {q[1], "1"}, {q[2], "5"},
                                   {q[3], "=HYPERLINK(\"http://kwaad.example\")"}}).status, 303);

  // The Taalhuis answers one question only.
  auto fatima = new_browser();
  std::string fatima_link = link_in_mail("fatima@taalhuis.example");
  auto qf = fields_of(fatima, fatima_link);
  ASSERT_EQ(fatima.post("/peiling", {{"t", token_of(fatima_link)}, {qf[2], "4"}}).status, 303);

  // Results: two of three answered; the changed answer counts, the first one no longer.
  auto results = staff.get(survey + "/uitkomsten");
  ASSERT_EQ(results.status, 200);
  EXPECT_TRUE(page_says(results.body, "2 van de 3 initiatieven hebben geantwoord (67%)"));
  EXPECT_NE(results.body.find("<svg role=\"img\""), std::string::npos);
  EXPECT_TRUE(page_says(results.body, "Gemiddeld: 4,5 (op een schaal van 1 tot 5)"));
  EXPECT_TRUE(page_says(results.body, "Langer dan 5 jaar 1 100%"));
  EXPECT_TRUE(page_says(results.body, "1 tot 5 jaar 0 0%"));
  EXPECT_TRUE(page_says(results.body, "Geld 1 100%"));
  EXPECT_TRUE(page_says(results.body, "Vrijwilligers vinden 0 0%"));

  auto summaries = survey::summaries(app());
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_EQ(summaries[0].invited, 3);
  EXPECT_EQ(summaries[0].responses, 2);
  EXPECT_EQ(summaries[0].questions[2].options[3].count, 1);  // a 4
  EXPECT_EQ(summaries[0].questions[2].options[4].count, 1);  // a 5
  EXPECT_EQ(summaries[0].questions[2].options[1].count, 0);  // Anna's 2 was replaced

  // CSV: one row per initiative that answered, a formula made harmless.
  auto csv = staff.get(survey + "/antwoorden.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.header("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv.header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_NE(csv.body.find("Initiatief;Gemeente;Beantwoord op;Hoe lang bestaat jullie initiatief?"), std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find("Repair Café Zeist;Zeist;"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(";Langer dan 5 jaar;Geld;5;\"'=HYPERLINK(\"\"http://kwaad.example\"\")\""), std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find("Taalhuis Overvecht;Utrecht;"), std::string::npos);
  EXPECT_EQ(csv.body.find("Kookclub De Pan"), std::string::npos);  // did not answer

  // Closing: the link says so, and an answer sent from a form opened before closing changes nothing.
  auto late = new_browser();
  late.get(link);
  staff.get(survey);
  auto closed = staff.post(survey + "/sluiten", {{"confirm", "ja"}});
  ASSERT_EQ(closed.status, 303);
  EXPECT_TRUE(page_says(staff.follow(closed).body, "De peiling is gesloten."));
  auto refused = late.post("/peiling", {{"t", token_of(link)}, {q[0], "0"}});
  EXPECT_EQ(refused.status, 409);
  EXPECT_TRUE(page_says(refused.body, "Deze peiling is gesloten"));
  EXPECT_TRUE(page_says(new_browser().get(link).body, "Deze peiling is gesloten"));
  EXPECT_EQ(survey::summaries(app())[0].questions[0].options[2].count, 1);
  EXPECT_EQ(survey::summaries(app())[0].questions[0].options[0].count, 0);
}

TEST_F(SurveyHttpTest, StaffAddChangeReorderAndRemoveQuestionsOnlyWhileADraft) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Peiling");

  // Bad input: a message by the field, and what was typed stays.
  auto bad = add_question(staff, survey, "een", "Welke dag past het best?", "Maandag");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(page_says(bad.body, "Schrijf minstens twee antwoorden op, elk op een eigen regel."));
  EXPECT_NE(bad.body.find("value=\"Welke dag past het best?\""), std::string::npos);
  EXPECT_NE(bad.body.find(">Maandag</textarea>"), std::string::npos);
  auto no_text = add_question(staff, survey, "schaal", "", "", "11");
  EXPECT_EQ(no_text.status, 422);
  EXPECT_TRUE(page_says(no_text.body, "Schrijf de vraag op."));
  EXPECT_TRUE(page_says(no_text.body, "Kies een schaal van 1 tot een getal van 2 tot en met 10."));

  ASSERT_EQ(add_question(staff, survey, "een", "Eerste vraag", "Ja\nNee").status, 303);
  ASSERT_EQ(add_question(staff, survey, "open", "Tweede vraag").status, 303);
  ASSERT_EQ(add_question(staff, survey, "schaal", "Derde vraag", "", "10").status, 303);
  auto questions = [&] { return app().db->read([&](db::Connection& c) { return survey::list_questions(c, std::stoll(survey.substr(survey.rfind('/') + 1))); }); };
  auto q = questions();
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].scale_max, 10);

  // Each question has its buttons; the first cannot go up, the last cannot go down.
  auto draft_page = staff.get(survey).body;
  auto has_button = [&](const survey::Question& question, const std::string& action) {
    return draft_page.find(survey + "/vragen/" + std::to_string(question.id) + "/" + action + "\"") != std::string::npos;
  };
  EXPECT_TRUE(has_button(q[1], "omhoog"));
  EXPECT_TRUE(has_button(q[1], "omlaag"));
  EXPECT_FALSE(has_button(q[0], "omhoog"));
  EXPECT_FALSE(has_button(q[2], "omlaag"));
  EXPECT_TRUE(has_button(q[2], "verwijderen"));
  // Change the first question.
  std::string first = survey + "/vragen/" + std::to_string(q[0].id);
  auto edit = staff.get(first);
  ASSERT_EQ(edit.status, 200);
  EXPECT_NE(edit.body.find("value=\"Eerste vraag\""), std::string::npos);
  EXPECT_EQ(staff.post(first, {{"kind", "meer"}, {"text", "Eerste vraag, anders"}, {"options", "Ja\nNee\nMisschien"}}).status, 303);
  // Move the third up, then remove the second.
  staff.get(survey);
  EXPECT_EQ(staff.post(survey + "/vragen/" + std::to_string(q[2].id) + "/omhoog", {}).status, 303);
  staff.get(survey);
  EXPECT_EQ(staff.post(survey + "/vragen/" + std::to_string(q[1].id) + "/verwijderen", {{"confirm", "ja"}}).status, 303);
  q = questions();
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Eerste vraag, anders");
  EXPECT_EQ(q[0].kind, survey::Kind::SeveralChoices);
  EXPECT_EQ(q[0].options.size(), 3u);
  EXPECT_EQ(q[1].text, "Derde vraag");
  auto page = staff.get(survey);
  EXPECT_LT(page.body.find("Eerste vraag, anders"), page.body.find("Derde vraag"));
  EXPECT_EQ(page.body.find("Tweede vraag"), std::string::npos);

  // After sending, the questions stay as they are.
  ASSERT_EQ(send(staff, survey).status, 303);
  staff.get(survey);
  auto late = staff.post(survey + "/vragen", {{"kind", "open"}, {"text", "Nog een vraag"}});
  EXPECT_EQ(late.status, 303);
  EXPECT_TRUE(page_says(staff.follow(late).body, "Deze peiling is al verstuurd."));
  staff.get(survey);
  EXPECT_EQ(staff.post(survey + "/vragen/" + std::to_string(q[0].id) + "/verwijderen", {{"confirm", "ja"}}).status, 303);
  EXPECT_EQ(questions().size(), 2u);
  // Sending twice sends nothing more.
  EXPECT_FALSE(link_in_mail("anna@repair.example").empty());
  EXPECT_EQ(send(staff, survey).status, 303);
  EXPECT_EQ(mail_count_to("anna@repair.example"), 1);
}

TEST_F(SurveyHttpTest, AQuestionIsRemovedOnlyAfterTickingItsBox) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Peiling");
  ASSERT_EQ(add_question(staff, survey, "open", "Eerste vraag").status, 303);
  ASSERT_EQ(add_question(staff, survey, "open", "Tweede vraag").status, 303);
  std::int64_t survey_id = std::stoll(survey.substr(survey.rfind('/') + 1));
  auto questions = [&] { return app().db->read([&](db::Connection& c) { return survey::list_questions(c, survey_id); }); };
  auto q = questions();
  ASSERT_EQ(q.size(), 2u);
  std::string second = std::to_string(q[1].id);

  // Each question has its own box, so the label says which question goes.
  auto draft = staff.get(survey);
  EXPECT_NE(draft.body.find("id=\"confirm-vraag-" + second + "\""), std::string::npos);
  EXPECT_TRUE(page_says(draft.body, "Ja, haal vraag 2 weg"));

  // Without the ticked box: nothing goes, and the message stands by that question's box only.
  for (const Fields& fields : {Fields{}, Fields{{"confirm", "nee"}}}) {
    staff.get(survey);
    auto refused = staff.post(survey + "/vragen/" + second + "/verwijderen", fields);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(page_says(refused.body, "Vink aan dat je deze vraag echt wilt weghalen."));
    EXPECT_NE(refused.body.find("aria-describedby=\"confirm-vraag-" + second + "-fout\""), std::string::npos);
    EXPECT_EQ(refused.body.find("confirm-vraag-" + std::to_string(q[0].id) + "-fout"), std::string::npos);
    EXPECT_TRUE(page_says(refused.body, "Tweede vraag"));
    EXPECT_EQ(questions().size(), 2u) << "still there";
  }

  // With it: the question goes.
  staff.get(survey);
  auto removed = staff.post(survey + "/vragen/" + second + "/verwijderen", {{"confirm", "ja"}});
  ASSERT_EQ(removed.status, 303);
  EXPECT_FALSE(page_says(staff.follow(removed).body, "Tweede vraag"));
  q = questions();
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Eerste vraag");
}

TEST_F(SurveyHttpTest, ASelectionByMunicipalityAndThemeMailsOnlyThoseInitiatives) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"}, {"duurzaamheid-energie"});
  add_initiative("Taalcafé Zeist", kZeist, {"tom@taal.example"}, {"taal-integratie"});
  add_initiative("Taalhuis Overvecht", kUtrecht, {"fatima@taalhuis.example"}, {"taal-integratie"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Taal in Zeist");
  ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);

  auto preview = staff.get(survey + "?gemeente=" + std::string(kZeist) + "&thema=taal-integratie");
  EXPECT_TRUE(page_says(preview.body, "1 initiatieven krijgen de peiling"));
  EXPECT_TRUE(page_says(preview.body, "Taalcafé Zeist"));
  EXPECT_FALSE(page_says(preview.body, "Taalhuis Overvecht"));

  auto unknown = send(staff, survey, "GM9999");
  EXPECT_TRUE(page_says(staff.follow(unknown).body, "Kies een gemeente en thema uit de lijst."));
  auto nobody = send(staff, survey, kHouten);
  EXPECT_TRUE(page_says(staff.follow(nobody).body, "Er is geen initiatief dat deze peiling kan krijgen."));
  // Still a draft after those two.
  ASSERT_EQ(send(staff, survey, kZeist, "taal-integratie").status, 303);
  EXPECT_FALSE(link_in_mail("tom@taal.example").empty());
  EXPECT_EQ(mail_count_to("anna@repair.example"), 0);
  EXPECT_EQ(mail_count_to("fatima@taalhuis.example"), 0);
  EXPECT_TRUE(page_says(staff.get(survey).body, "Verstuurd naar: Zeist, Taal en integratie."));
}

TEST_F(SurveyHttpTest, AWrongAnswerGetsAMessageByTheQuestionAndKeepsWhatWasTyped) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Peiling");
  add_four_questions(staff, survey);
  ASSERT_EQ(send(staff, survey).status, 303);
  std::string link = link_in_mail("anna@repair.example");
  auto anna = new_browser();
  auto q = fields_of(anna, link);
  ASSERT_EQ(q.size(), 4u);

  auto empty = anna.post("/peiling", {{"t", token_of(link)}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(page_says(empty.body, "Beantwoord minstens één vraag."));

  auto wrong = anna.post("/peiling", {{"t", token_of(link)}, {q[0], "0"}, {q[0], "1"}, {q[2], "9"},
                                      {q[3], "We zoeken een ruimte in Zeist-West."}});
  ASSERT_EQ(wrong.status, 422);
  EXPECT_TRUE(page_says(wrong.body, "Je antwoord is nog niet opgeslagen."));
  EXPECT_TRUE(page_says(wrong.body, "Kies één antwoord."));
  EXPECT_TRUE(page_says(wrong.body, "Kies een getal uit de schaal."));
  EXPECT_NE(wrong.body.find(">We zoeken een ruimte in Zeist-West.</textarea>"), std::string::npos);
  EXPECT_FALSE(invitation(app(), token_of(link))->answered_at);

  std::string too_long(2001, 'a');
  auto long_answer = anna.post("/peiling", {{"t", token_of(link)}, {q[3], too_long}});
  EXPECT_EQ(long_answer.status, 422);
  EXPECT_TRUE(page_says(long_answer.body, "Je antwoord is te lang: hoogstens 2000 tekens."));
}

TEST_F(SurveyHttpTest, AnUnknownLinkGetsAFriendlyPage) {
  auto browser = new_browser();
  auto page = browser.get("/peiling?t=onbekend-maar-lang-genoeg-om-te-proberen");
  EXPECT_EQ(page.status, 404);
  EXPECT_TRUE(page_says(page.body, "Deze link kennen we niet"));
  EXPECT_EQ(browser.get("/peiling").status, 404);
  browser.get("/inloggen");
  auto posted = browser.post("/peiling", {{"t", "onbekend-maar-lang-genoeg-om-te-proberen"}});
  EXPECT_EQ(posted.status, 404);
}

TEST_F(SurveyHttpTest, StaffCannotSendMoreThanFiveSurveysAnHour) {
  add_initiative("Repair Café Zeist", kZeist, {"anna@repair.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  for (int i = 1; i <= 5; ++i) {
    std::string survey = create_survey(staff, "Peiling " + std::to_string(i));
    ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);
    EXPECT_TRUE(page_says(staff.follow(send(staff, survey)).body, "De peiling is verstuurd naar 1 initiatieven."));
  }
  std::string sixth = create_survey(staff, "Peiling 6");
  ASSERT_EQ(add_question(staff, sixth, "open", "Wat mist er?").status, 303);
  EXPECT_TRUE(page_says(staff.follow(send(staff, sixth)).body, "Je hebt net al verstuurd."));
  EXPECT_TRUE(page_says(staff.get(sixth).body, "Status: Concept"));
  for (int step = 0; step < 3; ++step) {  // an hour later, staying active (staff sessions end after 30 idle minutes)
    app().clock.advance(1201);
    staff.get("/beheer/peilingen");
  }
  EXPECT_TRUE(page_says(staff.follow(send(staff, sixth)).body, "De peiling is verstuurd naar 1 initiatieven."));
}

TEST_F(SurveyHttpTest, MailGoesOutAtAGentleRateWhenManyInitiativesAreInvited) {
  for (int i = 0; i < survey::kMailsPerBatch + 3; ++i)
    add_initiative("Initiatief " + std::to_string(i), kZeist, {"beheerder" + std::to_string(i) + "@voorbeeld.example"});
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  std::string survey = create_survey(staff, "Peiling");
  ASSERT_EQ(add_question(staff, survey, "open", "Wat mist er?").status, 303);
  ASSERT_EQ(send(staff, survey).status, 303);
  auto waiting = [&] {
    int n = 0;
    for (const auto& i : app().db->read([&](db::Connection& c) { return survey::list_invitations(c, std::stoll(survey.substr(survey.rfind('/') + 1))); })) n += !i.mailed_at;
    return n;
  };
  EXPECT_EQ(waiting(), 3);
  EXPECT_TRUE(page_says(staff.get(survey).body, "(mail wacht nog)"));
  app().run_scheduled_jobs();  // less than a minute later: nothing yet
  EXPECT_EQ(waiting(), 3);
  app().clock.advance(61);
  app().run_scheduled_jobs();
  EXPECT_EQ(waiting(), 0);
}

}  // namespace
}  // namespace omzien::test
