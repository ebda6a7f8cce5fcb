#include "features/outreach/contact_fields.h"

#include <gtest/gtest.h>

namespace omzien::outreach {
namespace {

TEST(ContactPhone, EveryDutchNotationBecomesOneTidyForm) {
  EXPECT_EQ(tidy_phone("06-12345678"), "06 12345678");
  EXPECT_EQ(tidy_phone("06 1234 5678"), "06 12345678");
  EXPECT_EQ(tidy_phone("+31 6 1234 5678"), "06 12345678");
  EXPECT_EQ(tidy_phone("+31612345678"), "06 12345678");
  EXPECT_EQ(tidy_phone("0031 6 12345678"), "06 12345678");
  EXPECT_EQ(tidy_phone("+31 (0)6 12345678"), "06 12345678");
  EXPECT_EQ(tidy_phone("030 - 123 45 67"), "030 123 45 67");
  EXPECT_EQ(tidy_phone("(030) 1234567"), "030 123 45 67");
  EXPECT_EQ(tidy_phone("030.123.45.67"), "030 123 45 67");
  EXPECT_EQ(tidy_phone("  0346-123456 "), "034 612 34 56");
}

TEST(ContactPhone, WhatIsNoPhoneNumberIsRefused) {
  EXPECT_FALSE(tidy_phone("12345"));
  EXPECT_FALSE(tidy_phone("06-1234"));
  EXPECT_FALSE(tidy_phone("bel me maar"));
  EXPECT_FALSE(tidy_phone("06-12345678 of 030-1234567"));
  EXPECT_FALSE(tidy_phone(""));
}

TEST(ContactPhone, ACallerTapsAnInternationalTelLink) {
  EXPECT_EQ(tel_url("06 12345678"), "tel:+31612345678");
  EXPECT_EQ(tel_url("030 123 45 67"), "tel:+31301234567");
  EXPECT_EQ(tel_url(""), "");
}

TEST(ContactFields, AMunicipalityMayBeANameACodeOrAPlaceInIt) {
  EXPECT_EQ(municipality_code_of("Zeist"), "GM0355");
  EXPECT_EQ(municipality_code_of("zeist "), "GM0355");
  EXPECT_EQ(municipality_code_of("GM0344"), "GM0344");
  EXPECT_EQ(municipality_code_of("Bilthoven"), "GM0310") << "a woonplaats stands for its municipality";
  EXPECT_EQ(municipality_code_of("Hele provincie"), "PV26");
  EXPECT_FALSE(municipality_code_of("Amsterdam"));
  EXPECT_EQ(municipality_name("GM0310"), "De Bilt");
  EXPECT_EQ(municipality_name(""), "");
}

TEST(ContactFields, AGoodContactIsTidied) {
  auto checked = check_contact({.initiative_name = "  Repair Café ", .person_name = "Jan\tde Vries",
                                .email = "mailto:Jan@Voorbeeld.NL", .phone = "+31 6 1234 5678",
                                .municipality = "Bilthoven", .notes = "Belt liever\r\n's avonds"});
  ASSERT_TRUE(checked.ok());
  EXPECT_EQ(checked.contact.initiative_name, "Repair Café");
  EXPECT_EQ(checked.contact.person_name, "Jan de Vries");
  EXPECT_EQ(checked.contact.email, "jan@voorbeeld.nl");
  EXPECT_EQ(checked.contact.phone, "06 12345678");
  EXPECT_EQ(checked.contact.municipality_code, "GM0310");
  EXPECT_EQ(checked.contact.notes, "Belt liever\n's avonds");
}

TEST(ContactFields, EachProblemGetsAMessageThatSaysWhatWasWrong) {
  auto checked = check_contact({.email = "jan@", .phone = "12345", .municipality = "Amsterdam"});
  EXPECT_FALSE(checked.ok());
  EXPECT_EQ(checked.errors.at("email"), "\"jan@\" is geen e-mailadres.");
  EXPECT_NE(checked.errors.at("phone").find("\"12345\""), std::string::npos);
  EXPECT_NE(checked.errors.at("municipality").find("Amsterdam"), std::string::npos);
  auto nothing = check_contact({.initiative_name = "Alleen een naam"});
  EXPECT_EQ(nothing.errors.at("email"), "Vul een e-mailadres of een telefoonnummer in.");
  EXPECT_TRUE(check_contact({.phone = "06-12345678"}).ok()) << "a phone number alone is enough to call";
}

TEST(ContactFields, AContactIsNamedAfterTheInitiativeThenThePerson) {
  EXPECT_EQ(display_name({.initiative_name = "Kookclub", .person_name = "Ria"}), "Kookclub");
  EXPECT_EQ(display_name({.person_name = "Ria", .email = "ria@x.nl"}), "Ria");
  EXPECT_EQ(display_name({.email = "ria@x.nl"}), "ria@x.nl");
}

}  // namespace
}  // namespace omzien::outreach
