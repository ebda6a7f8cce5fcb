// Importing the address file over real HTTP: preview first, nothing saved before "Inlezen",
// duplicates merged, bad rows listed while good rows go in.
#include <gtest/gtest.h>

#include "audit/audit.h"
#include "features/outreach/contact_import.h"
#include "features/outreach/outreach_http_test.h"

namespace omzien::test {
namespace {

class ContactImportHttpTest : public OutreachHttpTest {};

TEST_F(ContactImportHttpTest, ThePreviewSavesNothingUntilStaffPressInlezen) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto page = preview(staff, kList);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(page_says(page.body, "Controleer de lijst"));
  EXPECT_TRUE(page_says(page.body, "3 regels: 3 nieuw, 0 al bekend"));
  EXPECT_TRUE(page_says(page.body, "Repair Café Zeist"));
  EXPECT_NE(page.body.find("<option value=\"e-mail\" selected>"), std::string::npos) << "the e-mail column is recognised";
  EXPECT_EQ(contact_count(), 0) << "nothing saved by the preview";
  EXPECT_FALSE(page_says(staff.get("/beheer/adresbestand").body, "Repair Café Zeist"));

  auto report = confirm(staff, page, kListColumns);
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_TRUE(page_says(report.body, "Alle 3 regels zijn verwerkt."));
  EXPECT_TRUE(page_says(report.body, "Nieuw in het adresbestand: 3"));
  EXPECT_EQ(contact_count(), 3);
  auto ria = contact("ria@depan.example");
  ASSERT_TRUE(ria);
  EXPECT_EQ(ria->phone, "06 87654321") << "0031 6 ... tidied";
  EXPECT_EQ(ria->municipality_code, "GM0321");
  auto list = staff.get("/beheer/adresbestand");
  EXPECT_TRUE(page_says(list.body, "Taalhuis Overvecht"));
  EXPECT_TRUE(page_says(list.body, "Nog niet benaderd"));
  auto log = audit::list_entries(*app().db, "contact:" + std::to_string(ria->id), 10);
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().detail, "Ingelezen uit een lijst");

  auto again = confirm(staff, page, kListColumns);
  EXPECT_EQ(again.status, 303) << "the list is gone after the import";
  EXPECT_TRUE(page_says(staff.follow(again).body, "Deze lijst is er niet meer"));
}

TEST_F(ContactImportHttpTest, DuplicatesAreMergedAndBadRowsListedWhileGoodRowsGoIn) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  import_list(staff);
  std::string second =
      "Naam initiatief\tContactpersoon\tE-mail\tTelefoon\tGemeente\tOpmerkingen\r\n"
      "Repair Café Zeist\t\tJAN@repair.example \t\tZeist\tWil een folder\r\n"    // known: notes added
      "Buurtkamer\tPiet\tpiet@buurtkamer\t\tDe Bilt\t\r\n"                       // not an address
      "Moestuin\tAnna\tanna@moestuin.example\t12345\tBaarn\t\r\n"                 // not a phone number
      "Voedselbank\t\tvoedsel@bank.example\t\tAmsterdam\t\r\n"                   // not in the province
      "Zwerfvuil Zeist\tKees\tkees@zwerfvuil.example\t06 11122233\tZeist\t\r\n"  // new
      "Zwerfvuil Zeist\tKees\tkees@zwerfvuil.example\t\tZeist\tTwee keer in de lijst\r\n";
  auto page = preview(staff, second);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Regel 3: \"piet@buurtkamer\" is geen e-mailadres."));
  EXPECT_TRUE(page_says(page.body, "Regel 4: \"12345\" is geen telefoonnummer"));
  EXPECT_TRUE(page_says(page.body, "Regel 5: De gemeente \"Amsterdam\" kennen we niet"));
  auto report = confirm(staff, page, kListColumns);
  ASSERT_EQ(report.status, 200);
  EXPECT_TRUE(page_says(report.body, "3 van de 6 regels zijn niet ingelezen. De andere wel."));
  EXPECT_TRUE(page_says(report.body, "Nieuw in het adresbestand: 1"));
  EXPECT_TRUE(page_says(report.body, "Aangevuld bij een bestaand contact: 2"));
  EXPECT_TRUE(page_says(report.body, "Regel 3: \"piet@buurtkamer\" is geen e-mailadres."));
  EXPECT_EQ(contact_count(), 4) << "three from before, one new; duplicates merged, bad rows left out";
  auto jan = contact("jan@repair.example");
  ASSERT_TRUE(jan);
  EXPECT_EQ(jan->notes, "Kent ons al\nWil een folder");
  EXPECT_EQ(jan->person_name, "Jan de Vries") << "an empty cell does not wipe what we had";
  EXPECT_EQ(contact("kees@zwerfvuil.example")->notes, "Twee keer in de lijst");
}

TEST_F(ContactImportHttpTest, AnExcelFileInWindows1252IsReadAsItLooks) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/adresbestand/inlezen");
  std::string file = "Organisatie;Naam contactpersoon;E-mailadres;Tel.;Woonplaats\r\n"
                     "Caf\xE9 De Ontmoeting;Jos\xE9;jose@ontmoeting.example;030-1234567;Bilthoven\r\n";
  auto page = staff.post_multipart("/beheer/adresbestand/inlezen", {},
                                   {{"file", "adresbestand.csv", "text/csv", file}});
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(page_says(page.body, "Café De Ontmoeting"));
  auto report = confirm(staff, page, {"initiatief", "contactpersoon", "e-mail", "telefoon", "gemeente"});
  ASSERT_EQ(report.status, 200) << report.body;
  auto jose = contact("jose@ontmoeting.example");
  ASSERT_TRUE(jose);
  EXPECT_EQ(jose->person_name, "José");
  EXPECT_EQ(jose->municipality_code, "GM0310") << "Bilthoven is in De Bilt";
  EXPECT_EQ(jose->phone, "030 123 45 67");
}

TEST_F(ContactImportHttpTest, AnEmptyListOrOneWithoutKnownColumnsGetsAClearMessage) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto empty = preview(staff, "  \r\n");
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(page_says(empty.body, "De lijst is leeg."));
  auto unknown = preview(staff, "Kolom A;Kolom B\r\nfoo;bar\r\n");
  ASSERT_EQ(unknown.status, 200);
  EXPECT_TRUE(page_says(unknown.body, "We herkennen geen kolommen."));
  auto refused = confirm(staff, unknown, {"initiatief", "niet-gebruiken"});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(page_says(refused.body, "Kies welke kolom het e-mailadres of het telefoonnummer is."));
  EXPECT_EQ(contact_count(), 0);
  auto quote = preview(staff, "E-mail;Naam\r\na@b.nl;\"Kapot\r\nc@d.nl;x\r\n");
  EXPECT_EQ(quote.status, 422);
  EXPECT_TRUE(page_says(quote.body, "Op regel 2 begint een aanhalingsteken"));
}

TEST_F(ContactImportHttpTest, StaffCanChangeAColumnInThePreviewAndCancel) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  auto page = preview(staff, kList);
  Fields fields = {{"draft", input_value(page.body, "draft")}, {"action", "voorbeeld"}, {"has_header", "ja"}};
  for (std::size_t i = 0; i < kListColumns.size(); ++i)
    fields.push_back({"column_" + std::to_string(i), i == 3 ? "niet-gebruiken" : kListColumns[i]});
  auto again = staff.post("/beheer/adresbestand/inlezen/bevestigen", fields);
  ASSERT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("name=\"column_3\""), std::string::npos);
  EXPECT_EQ(contact_count(), 0);
  auto cancelled = staff.post("/beheer/adresbestand/inlezen/annuleren", {});
  EXPECT_EQ(cancelled.status, 303);
  EXPECT_TRUE(page_says(staff.follow(cancelled).body, "Er is niets opgeslagen."));
  EXPECT_EQ(confirm(staff, page, kListColumns).status, 303) << "the cancelled list is gone";
  EXPECT_EQ(contact_count(), 0);
}

TEST_F(ContactImportHttpTest, TheCommandLineImportUsesTheGuessedColumnsAndReports) {
  auto report = outreach::import_contacts_file(app(), kList, {});
  ASSERT_TRUE(report);
  EXPECT_EQ(report->created, 3);
  auto lines = outreach::describe_report(*report);
  EXPECT_EQ(lines[0], "Nieuw in het adresbestand: 3");
  auto unknown = outreach::import_contacts_file(app(), "Kolom A;Kolom B\nfoo;bar\n", {});
  ASSERT_TRUE(unknown);
  EXPECT_FALSE(unknown->problem.empty());
  EXPECT_EQ(contact_count(), 3);
}

TEST_F(ContactImportHttpTest, StaffAddAndCorrectAContactByHandAndDeleteItForGood) {
  auto staff = staff_browser("medewerker@voorbeeld.nl");
  staff.get("/beheer/adresbestand/nieuw");
  auto wrong = staff.post("/beheer/adresbestand/nieuw", {{"initiative_name", "Speeltuin"}, {"email", "speel@"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(page_says(wrong.body, "\"speel@\" is geen e-mailadres."));
  EXPECT_EQ(input_value(wrong.body, "initiative_name"), "Speeltuin") << "what was typed stays";
  auto made = staff.post("/beheer/adresbestand/nieuw", {{"initiative_name", "Speeltuin"}, {"phone", "06 - 1111 2222"},
                                                        {"municipality", "GM0355"}});
  ASSERT_EQ(made.status, 303) << made.body;
  std::string path = made.location();
  auto page = staff.get(path);
  EXPECT_TRUE(page_says(page.body, "06 11112222"));
  EXPECT_NE(page.body.find("href=\"tel:+31611112222\""), std::string::npos);
  auto taken = staff.post("/beheer/adresbestand/nieuw", {{"email", "speel@tuin.example"}});
  ASSERT_EQ(taken.status, 303);
  auto twice = staff.post("/beheer/adresbestand/nieuw", {{"email", "Speel@Tuin.example"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(page_says(twice.body, "Dit e-mailadres staat al in het adresbestand."));

  staff.get(path);
  auto unsure = staff.post(path + "/verwijderen", {});
  EXPECT_EQ(unsure.status, 422);
  auto gone = staff.post(path + "/verwijderen", {{"confirm", "ja"}});
  EXPECT_EQ(gone.status, 303);
  EXPECT_EQ(staff.get(path).status, 404);
  EXPECT_EQ(contact_count(), 1);
  auto log = staff.get("/beheer/logboek");
  EXPECT_TRUE(page_says(log.body, "Voor altijd verwijderd"));
}

}  // namespace
}  // namespace omzien::test
