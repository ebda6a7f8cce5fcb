// JSON-LD of a profile: only public fields, the location only as precise as allowed, and text
// that can never end its <script> element.
#include "features/initiatives/json_ld.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "features/initiatives/share.h"

namespace omzien::initiatives {
namespace {

Initiative breiclub(LocationPrecision precision) {
  Initiative i;
  i.slug = "breiclub-het-bolletje";
  i.name = "Breiclub Het Bolletje";
  i.municipality_code = "GM0355";
  i.sentence = "Elke dinsdag breien we samen.";
  i.place = "Den Dolder";
  i.address = "Slotlaan 12";
  i.postcode = "3734 AB";
  i.lat = 52.1391234;
  i.lon = 5.2409876;
  i.location_precision = precision;
  i.contact_email = "breien@voorbeeld.nl";
  i.phone = "06 12345678";
  i.email_public = true;
  i.phone_public = false;
  i.website = "https://bolletje.example";
  i.social_links = {"https://www.instagram.com/bolletje"};
  return i;
}

nlohmann::json parsed(const Initiative& i) {
  return nlohmann::json::parse(profile_json_ld(i, "https://omzien.example"));
}

TEST(JsonLd, AnNgoWithItsMunicipalityByCbsCode) {
  auto ld = parsed(breiclub(LocationPrecision::Neighbourhood));
  EXPECT_EQ(ld["@context"], "https://schema.org");
  EXPECT_EQ(ld["@type"], "NGO");
  EXPECT_EQ(ld["name"], "Breiclub Het Bolletje");
  EXPECT_EQ(ld["description"], "Elke dinsdag breien we samen.");
  EXPECT_EQ(ld["url"], "https://omzien.example/initiatieven/breiclub-het-bolletje");
  EXPECT_EQ(ld["areaServed"]["@type"], "AdministrativeArea");
  EXPECT_EQ(ld["areaServed"]["name"], "Zeist");
  EXPECT_EQ(ld["areaServed"]["identifier"], "GM0355");
  EXPECT_EQ(ld["sameAs"].size(), 2u);
  EXPECT_FALSE(ld.contains("image")) << "no photo yet";
}

TEST(JsonLd, NeighbourhoodPrecisionShowsThePlaceButNeverTheStreetPostcodeOrPoint) {
  std::string text = profile_json_ld(breiclub(LocationPrecision::Neighbourhood), "https://omzien.example");
  EXPECT_EQ(text.find("Slotlaan"), std::string::npos);
  EXPECT_EQ(text.find("3734"), std::string::npos);
  EXPECT_EQ(text.find("52.139"), std::string::npos);
  EXPECT_EQ(text.find("5.2409"), std::string::npos);
  auto ld = nlohmann::json::parse(text);
  EXPECT_EQ(ld["address"]["addressLocality"], "Den Dolder");
  EXPECT_FALSE(ld.contains("geo"));
}

TEST(JsonLd, MunicipalityPrecisionShowsOnlyTheMunicipality) {
  std::string text = profile_json_ld(breiclub(LocationPrecision::Municipality), "https://omzien.example");
  EXPECT_EQ(text.find("Den Dolder"), std::string::npos);
  EXPECT_EQ(text.find("Slotlaan"), std::string::npos);
  auto ld = nlohmann::json::parse(text);
  EXPECT_EQ(ld["address"]["addressLocality"], "Zeist");
  EXPECT_FALSE(ld.contains("geo"));
}

TEST(JsonLd, ExactPrecisionGivesTheStreetAddressAndThePoint) {
  auto ld = parsed(breiclub(LocationPrecision::Exact));
  EXPECT_EQ(ld["address"]["streetAddress"], "Slotlaan 12");
  EXPECT_EQ(ld["address"]["postalCode"], "3734 AB");
  EXPECT_EQ(ld["address"]["addressCountry"], "NL");
  EXPECT_DOUBLE_EQ(ld["geo"]["latitude"].get<double>(), 52.1391234);
  EXPECT_DOUBLE_EQ(ld["geo"]["longitude"].get<double>(), 5.2409876);
}

TEST(JsonLd, EmailAndPhoneOnlyWhenPublic) {
  Initiative i = breiclub(LocationPrecision::Neighbourhood);
  auto ld = parsed(i);
  EXPECT_EQ(ld["email"], "breien@voorbeeld.nl");
  EXPECT_FALSE(ld.contains("telephone"));
  i.email_public = false;
  i.phone_public = true;
  ld = parsed(i);
  EXPECT_FALSE(ld.contains("email"));
  EXPECT_EQ(ld["telephone"], "06 12345678");
}

TEST(JsonLd, APhotoBecomesImageAndLogoWithAbsoluteUrls) {
  Initiative i = breiclub(LocationPrecision::Neighbourhood);
  i.photo = std::string(32, 'b');
  auto ld = parsed(i);
  EXPECT_EQ(ld["image"], "https://omzien.example/fotos/" + i.photo + "-1200.jpg");
  EXPECT_EQ(ld["logo"], "https://omzien.example/fotos/" + i.photo + "-400.jpg");
}

TEST(JsonLd, ProvinceWideServesTheProvince) {
  Initiative i = breiclub(LocationPrecision::Municipality);
  i.municipality_code = "PV26";
  auto ld = parsed(i);
  EXPECT_EQ(ld["areaServed"]["identifier"], "PV26");
  EXPECT_EQ(ld["areaServed"]["name"], "Provincie Utrecht");
}

TEST(JsonLd, ANameCannotEndTheScriptElement) {
  Initiative i = breiclub(LocationPrecision::Neighbourhood);
  i.name = "Club </script><script>alert(1)</script> & <!-- zo";
  i.sentence = std::string(
      "Regel\xE2\x80\xA8"
      "scheiding en\xE2\x80\xA9"
      "alinea");
  std::string text = profile_json_ld(i, "https://omzien.example");
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(text.find('>'), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xA9"), std::string::npos);
  auto ld = nlohmann::json::parse(text);
  EXPECT_EQ(ld["name"], i.name) << "the same text after parsing";
  EXPECT_EQ(ld["description"], i.sentence);
}

TEST(ShareLinks, PlainLinksWithTheAddressEncoded) {
  auto links = share_links("https://omzien.example/initiatieven/repair-cafe", "Repair Café & co", "We repareren.");
  EXPECT_EQ(links.facebook,
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fomzien.example%2Finitiatieven%2Frepair-cafe");
  EXPECT_EQ(
      links.linkedin,
      "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fomzien.example%2Finitiatieven%2Frepair-cafe");
  EXPECT_EQ(links.whatsapp.rfind("https://wa.me/?text=Repair%20Caf%C3%A9%20%26%20co%20https%3A%2F%2F", 0), 0u);
  EXPECT_EQ(links.email.rfind("mailto:?subject=Repair%20Caf%C3%A9%20%26%20co&body=We%20repareren.%0A%0A", 0), 0u);
}

}  // namespace
}  // namespace omzien::initiatives
