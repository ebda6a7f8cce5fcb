// What the survey HTTP tests share: initiatives with beheerders, composing and sending a survey
// as staff, and the personal link from a mail.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <thread>
#include <string>
#include <vector>

#include "app/app.h"
#include "features/accounts/account_store.h"
#include "features/initiatives/initiative_store.h"
#include "features/outreach/opt_out.h"
#include "testing/http_test.h"
#include "testing/mailbox.h"

namespace omzien::test {

using Fields = std::vector<std::pair<std::string, std::string>>;

class SurveyHttpTest : public HttpTest {
 protected:
  static constexpr const char* kZeist = "GM0355";
  static constexpr const char* kUtrecht = "GM0344";
  static constexpr const char* kHouten = "GM0321";

  // A published initiative run by `beheerders` (none: unclaimed, reached at `contact_email`).
  std::int64_t add_initiative(const std::string& name, const std::string& municipality,
                              const std::vector<std::string>& beheerders, std::vector<std::string> themes = {},
                              const std::string& contact_email = "") {
    initiatives::Initiative i;
    i.name = name;
    i.municipality_code = municipality;
    i.sentence = "We doen samen iets goeds in de buurt.";
    i.themes = std::move(themes);
    i.contact_email = contact_email;
    i.claimed = !beheerders.empty();
    auto id = app().db->write<std::int64_t>([&](db::Connection& c) -> Result<std::int64_t> {
      auto saved = initiatives::insert_initiative(c, i, app().clock.now());
      if (!saved) return saved.error();
      for (const auto& email : beheerders) {
        auto account = accounts::find_or_create_account(c, email, app().clock.now());
        if (!account) return account.error();
        if (auto r = initiatives::add_manager(c, saved->id, account->id, app().clock.now()); !r) return r.error();
      }
      return saved->id;
    });
    EXPECT_TRUE(id) << name;
    return id ? *id : 0;
  }

  void opt_out(const std::string& email) {
    ASSERT_TRUE(app().db->write_void([&](db::Connection& c) { return outreach::add_opt_out(app(), c, email); }));
  }

  // Creates a survey as `staff` and returns its path ("/beheer/peilingen/1").
  std::string create_survey(HttpClient& staff, const std::string& title, const std::string& intro = "") {
    staff.get("/beheer/peilingen/nieuw");
    auto made = staff.post("/beheer/peilingen", {{"title", title}, {"intro", intro}});
    EXPECT_EQ(made.status, 303) << made.body;
    return made.location();
  }
  HttpResult add_question(HttpClient& staff, const std::string& survey, const std::string& kind,
                          const std::string& text, const std::string& options = "", const std::string& scale = "5") {
    staff.get(survey);
    return staff.post(survey + "/vragen", {{"kind", kind}, {"text", text}, {"options", options}, {"scale_max", scale}});
  }
  // The four kinds of question, in this order.
  void add_four_questions(HttpClient& staff, const std::string& survey) {
    ASSERT_EQ(add_question(staff, survey, "een", "Hoe lang bestaat jullie initiatief?", "Korter dan een jaar\n1 tot 5 jaar\nLanger dan 5 jaar").status, 303);
    ASSERT_EQ(add_question(staff, survey, "meer", "Waar kunnen we bij helpen?", "Vrijwilligers vinden\nGeld\nEen ruimte").status, 303);
    ASSERT_EQ(add_question(staff, survey, "schaal", "Hoe tevreden zijn jullie over de gemeente?", "", "5").status, 303);
    ASSERT_EQ(add_question(staff, survey, "open", "Wat wil je ons nog zeggen?").status, 303);
  }
  HttpResult send(HttpClient& staff, const std::string& survey, const std::string& municipality = "",
                  const std::string& theme = "") {
    staff.get(survey);
    return staff.post(survey + "/versturen", {{"filter_municipality", municipality}, {"filter_theme", theme}});
  }
  // Ids of a survey's questions in order (field names are "q<id>").
  std::vector<std::string> fields_of(HttpClient& browser, const std::string& link) {
    std::string body = browser.get(link).body;
    std::vector<std::string> names;
    for (std::size_t at = body.find("name=\"q"); at != std::string::npos; at = body.find("name=\"q", at + 1)) {
      std::string name = body.substr(at + 6, body.find('"', at + 6) - at - 6);
      if (name.size() < 2 || !std::isdigit(static_cast<unsigned char>(name[1]))) continue;  // the search box's "q"
      if (names.empty() || names.back() != name) names.push_back(name);
    }
    return names;
  }
  // The path of the survey link in the newest mail to `address`, "" when none arrived.
  std::string link_in_mail(const std::string& address) {
    auto mail = wait_for_mail_to(address);
    if (!mail) return "";
    std::string link = find_link(mail->text, base_url() + "/peiling?t=");
    return link.empty() ? "" : link.substr(base_url().size());
  }
  std::string token_of(const std::string& link) { return link.substr(link.find("t=") + 2); }
  // Waits until `count` mails reached `address` (the outbox sends them a moment later).
  bool wait_for_mail_count(const std::string& address, int count) {
    for (int i = 0; i < 250 && mail_count_to(address) < count; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return mail_count_to(address) >= count;
  }
};

}  // namespace omzien::test
