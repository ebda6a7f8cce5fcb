// What the outreach HTTP tests share: pasting a list in, finding contacts, reading mail, people
// with each role.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "features/accounts/account_store.h"
#include "features/outreach/contact_store.h"
#include "testing/http_test.h"

namespace omzien::test {

using Fields = std::vector<std::pair<std::string, std::string>>;

class OutreachHttpTest : public HttpTest {
 protected:
  // The list every test starts from: a header and three initiatives (tab-separated, as pasted).
  static constexpr const char* kList =
      "Naam initiatief\tContactpersoon\tE-mail\tTelefoon\tGemeente\tOpmerkingen\r\n"
      "Repair Café Zeist\tJan de Vries\tjan@repair.example\t06-12345678\tZeist\tKent ons al\r\n"
      "Taalhuis Overvecht\tFatima Amrani\tfatima@taalhuis.example\t+31 30 123 4567\tUtrecht\t\r\n"
      "Kookclub De Pan\tRia Verhoef\tria@depan.example\t0031 6 87654321\tHouten\t\r\n";
  static inline const std::vector<std::string> kListColumns = {"initiatief", "contactpersoon", "e-mail",
                                                               "telefoon",   "gemeente",       "opmerkingen"};

  // Pastes `list`, checks the preview and returns it.
  HttpResult preview(HttpClient& staff, const std::string& list) {
    staff.get("/beheer/adresbestand/inlezen");
    return staff.post("/beheer/adresbestand/inlezen", {{"pasted", list}});
  }
  // Confirms the previewed list with these column choices; returns the report page.
  HttpResult confirm(HttpClient& staff, const HttpResult& preview_page, const std::vector<std::string>& columns,
                     bool header = true) {
    Fields fields = {{"draft", input_value(preview_page.body, "draft")}, {"action", "inlezen"}};
    if (header) fields.push_back({"has_header", "ja"});
    for (std::size_t i = 0; i < columns.size(); ++i) fields.push_back({"column_" + std::to_string(i), columns[i]});
    return staff.post("/beheer/adresbestand/inlezen/bevestigen", fields);
  }
  // Pastes and imports kList (or another list with the same columns).
  void import_list(HttpClient& staff, const std::string& list = kList) {
    auto page = preview(staff, list);
    ASSERT_EQ(page.status, 200) << page.body;
    auto report = confirm(staff, page, kListColumns);
    ASSERT_EQ(report.status, 200) << report.body;
  }

  std::optional<outreach::Contact> contact(const std::string& email) {
    return app().db->read([&](db::Connection& c) { return outreach::find_contact_by_email(c, email); });
  }
  std::string contact_path(const std::string& email) {
    auto found = contact(email);
    EXPECT_TRUE(found) << email;
    return found ? "/beheer/adresbestand/" + std::to_string(found->id) : "/beheer/adresbestand/0";
  }
  int contact_count() {
    return app().db->read([](db::Connection& c) { return outreach::count_contacts(c); });
  }

  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
  HttpClient linking_pin(const std::string& email) {
    EXPECT_TRUE(accounts::set_role(app(), email, accounts::Role::LinkingPin, true));
    return member(email);
  }
  std::int64_t account_id(const std::string& email) {
    auto account = app().db->read([&](db::Connection& c) { return accounts::find_account_by_email(c, email); });
    EXPECT_TRUE(account) << email;
    return account ? account->id : 0;
  }

  bool wait_for_mail_count(const std::string& address, int count) {
    for (int i = 0; i < 250 && mail_count_to(address) < count; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return mail_count_to(address) >= count;
  }
  // The path of the first link to `base_url() + prefix` in the newest mail to `address`.
  std::string link_in_mail(const std::string& address, const std::string& prefix) {
    auto mail = wait_for_mail_to(address);
    EXPECT_TRUE(mail) << address;
    if (!mail) return "";
    std::string link = find_link(mail->text, base_url() + prefix);
    EXPECT_FALSE(link.empty()) << mail->text;
    return link.empty() ? "" : link.substr(base_url().size());
  }
};

}  // namespace omzien::test
