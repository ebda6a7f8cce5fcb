// The fixture of the events' HTTP tests: people in their roles (a LinkingPin, a beheerder, a
// member), an event made through the form, registering through the page, and the links in mails.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/amsterdam_time.h"
#include "features/accounts/account_store.h"
#include "features/events/event_store.h"
#include "features/events/registration_store.h"
#include "mail/outbox.h"
#include "testing/http_test.h"

namespace omzien::test {

using Fields = std::vector<std::pair<std::string, std::string>>;

class EventHttpTest : public HttpTest {
 protected:
  void SetUp() override {
    HttpTest::SetUp();
    app().config.pdok_url.clear();  // no test reaches the internet
    first_mail_ = smtp().messages().size();
  }
  // The mails of this test, oldest first.
  std::vector<ReceivedMail> mails() {
    auto all = smtp().messages();
    return {all.begin() + static_cast<std::ptrdiff_t>(std::min(first_mail_, all.size())), all.end()};
  }

  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
  HttpClient linking_pin(const std::string& email = "linkingpin@voorbeeld.nl") {
    EXPECT_TRUE(accounts::set_role(app(), email, accounts::Role::LinkingPin, true));
    return member(email);
  }
  // A member who puts initiative `name` on the platform, and so becomes its beheerder.
  HttpClient beheerder(const std::string& email, const std::string& name = "Repair Café Zeist") {
    auto browser = member(email);
    add_initiative(browser, name);
    return browser;
  }
  void add_initiative(HttpClient& browser, const std::string& name) {
    browser.get("/initiatieven/nieuw");
    auto made = browser.post("/initiatieven", {{"name", name},
                                               {"municipality_code", "GM0355"},
                                               {"themes", "duurzaamheid-energie"},
                                               {"sentence", "Elke zaterdag repareren we samen kapotte spullen."},
                                               {"contact_email", "info@voorbeeld.nl"},
                                               {"email_public", "ja"}});
    EXPECT_EQ(made.status, 303) << made.body.substr(0, 1500);
  }

  // "2026-12-08": the Amsterdam date `days` from the test's clock.
  std::string date_in(int days) { return format_date_input(app().clock.now() + days * 86400); }

  // The fields of a valid offline session `days` ahead, 19:30-21:30, organised by the foundation.
  Fields session_fields(const std::string& title, int days = 10) {
    return {{"title", title},
            {"description", "We maken kennis en kijken wat we samen kunnen doen."},
            {"audience", "Bewonersinitiatieven in Zeist"},
            {"organiser", "stichting"},
            {"date", date_in(days)},
            {"start_time", "19:30"},
            {"end_time", "21:30"},
            {"mode", "offline"},
            {"venue_name", "Buurthuis De Linde"},
            {"address", "Slotlaan 1"},
            {"postcode", "3701 GA"},
            {"place", "Zeist"},
            {"municipality_code", "GM0355"},
            {"themes", "wonen-buurt"},
            {"waiting_list", "ja"}};
  }
  static Fields with(Fields fields, const Fields& changes) {
    for (const auto& [name, value] : changes) {
      bool replaced = false;
      for (auto& field : fields)
        if (field.first == name) {
          field.second = value;
          replaced = true;
        }
      if (!replaced) fields.emplace_back(name, value);
    }
    return fields;
  }
  static Fields without(Fields fields, const std::string& name) {
    std::erase_if(fields, [&](const auto& field) { return field.first == name; });
    return fields;
  }

  // Creates an event through the form and returns its slug ("" when it failed).
  std::string create_event(HttpClient& organiser, const Fields& fields) {
    organiser.get("/bijeenkomsten/nieuw");
    auto made = organiser.post("/bijeenkomsten", fields);
    EXPECT_EQ(made.status, 303) << made.body.substr(0, 3000);
    std::string location = made.location();
    const std::string prefix = "/bijeenkomsten/";
    return location.rfind(prefix, 0) == 0 ? location.substr(prefix.size()) : "";
  }

  events::Event event(const std::string& slug) {
    auto found = app().db->read([&](db::Connection& c) { return events::find_event_by_slug(c, slug); });
    EXPECT_TRUE(found) << slug;
    return found.value_or(events::Event{});
  }
  std::vector<events::Registration> registrations(const std::string& slug) {
    auto id = event(slug).id;
    return app().db->read([&](db::Connection& c) { return events::list_registrations(c, id); });
  }
  std::optional<events::Registration> registration_of(const std::string& slug, const std::string& email) {
    for (auto& r : registrations(slug))
      if (r.email == email) return r;
    return std::nullopt;
  }

  // Registers through the event page, as a visitor without an account would.
  HttpResult register_for(HttpClient& browser, const std::string& slug, const std::string& name,
                          const std::string& email) {
    browser.get("/bijeenkomsten/" + slug);
    return browser.post("/bijeenkomsten/" + slug + "/aanmelden", {{"name", name}, {"email", email}});
  }
  // A visitor with the site already open in a tab (so with a form token even when the event page
  // itself no longer shows the form because it is full, closed or cancelled).
  HttpResult register_for(const std::string& slug, const std::string& name, const std::string& email) {
    auto browser = new_browser();
    browser.get("/inloggen");
    return register_for(browser, slug, name, email);
  }

  // The newest mail to `email` whose subject starts with `subject`, waiting for it to arrive.
  std::optional<ReceivedMail> mail_to(const std::string& email, const std::string& subject,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      std::optional<ReceivedMail> found;
      for (const auto& mail : mails())
        if (sent_to(email)(mail) && mail.subject().rfind(subject, 0) == 0) found = mail;
      if (found || std::chrono::steady_clock::now() > deadline) return found;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  // How many mails to `email` with a subject starting with `subject` arrived during this test.
  int count_mails(const std::string& email, const std::string& subject) {
    int count = 0;
    for (const auto& mail : mails())
      if (sent_to(email)(mail) && mail.subject().rfind(subject, 0) == 0) ++count;
    return count;
  }
  // Lets the outbox deliver what is queued now (the sender runs on its own thread).
  void let_mail_go() {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
      auto counts = mail::count_outbox(*app().db);
      if (counts.queued == 0 && counts.sending == 0) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  // The personal link ("/aanmelding?t=...") in the newest mail to `email`.
  std::string manage_link(const std::string& email) {
    auto mail = wait_for_mail_to(email);
    EXPECT_TRUE(mail) << "no mail to " << email;
    if (!mail) return "";
    std::string link = find_link(mail->text, base_url() + "/aanmelding?t=");
    EXPECT_FALSE(link.empty()) << mail->text;
    return link.empty() ? "" : link.substr(base_url().size());
  }
  static std::string token_of(const std::string& link) { return link.substr(link.find("t=") + 2); }

 private:
  std::size_t first_mail_ = 0;
};

}  // namespace omzien::test
