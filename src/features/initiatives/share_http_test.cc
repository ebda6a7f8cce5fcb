// The public profile page over real HTTP: JSON-LD only as precise as allowed, Open Graph tags,
// share links without third-party scripts, the printable version with its QR code, and the
// completeness advice for beheerders only.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "features/initiatives/initiative_store.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

// The JSON of the page's <script type="application/ld+json">, parsed.
nlohmann::json json_ld_of(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  auto start = html.find(open);
  if (start == std::string::npos) return nullptr;
  start += open.size();
  return nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
}

// The content of <meta property="NAME" content="..."> (or name="NAME"), "" when absent.
std::string meta(const std::string& html, const std::string& name) {
  for (const std::string attribute : {"property", "name"}) {
    std::string open = "<meta " + attribute + "=\"" + name + "\" content=\"";
    auto at = html.find(open);
    if (at != std::string::npos) {
      at += open.size();
      return html.substr(at, html.find('"', at) - at);
    }
  }
  return "";
}

class ShareHttpTest : public HttpTest {
 protected:
  static Fields breiclub(const std::string& precision) {
    return {{"name", "Breiclub Het Bolletje"},
            {"municipality_code", "GM0355"},
            {"themes", "cultuur"},
            {"sentence", "Elke dinsdag breien we samen bij iemand thuis."},
            {"contact_email", "bolletje@voorbeeld.nl"},
            {"email_public", "ja"},
            {"address", "Slotlaan 12"},
            {"postcode", "3734 AB"},
            {"place", "Den Dolder"},
            {"location_precision", precision}};
  }
  HttpClient owner_of_breiclub(const std::string& precision) {
    auto browser = new_browser();
    log_in(browser, "brei@voorbeeld.nl");
    browser.get("/initiatieven/nieuw");
    EXPECT_EQ(browser.post("/initiatieven", breiclub(precision)).status, 303);
    // Its exact point, as a geocoder would store it.
    EXPECT_TRUE(app().db->write<initiatives::Initiative>([&](db::Connection& c) {
      auto i = *initiatives::find_initiative_by_slug(c, "breiclub-het-bolletje");
      i.lat = 52.1391234;
      i.lon = 5.2409876;
      return initiatives::update_initiative(c, i, app().clock.now());
    }));
    return browser;
  }
  const std::string kProfile = "/initiatieven/breiclub-het-bolletje";
};

TEST_F(ShareHttpTest, ANeighbourhoodProfileNeverShowsItsStreetPostcodeOrPointInThePageSource) {
  owner_of_breiclub("neighbourhood");
  auto page = new_browser().get(kProfile);
  ASSERT_EQ(page.status, 200);
  for (const char* secret : {"Slotlaan", "3734 AB", "52.139", "5.2409"})
    EXPECT_EQ(page.body.find(secret), std::string::npos) << secret;
  auto ld = json_ld_of(page.body);
  ASSERT_TRUE(ld.is_object());
  EXPECT_EQ(ld["@type"], "NGO");
  EXPECT_EQ(ld["name"], "Breiclub Het Bolletje");
  EXPECT_EQ(ld["description"], "Elke dinsdag breien we samen bij iemand thuis.");
  EXPECT_EQ(ld["url"], base_url() + kProfile);
  EXPECT_EQ(ld["areaServed"]["identifier"], "GM0355");
  EXPECT_EQ(ld["areaServed"]["name"], "Zeist");
  EXPECT_EQ(ld["address"]["addressLocality"], "Den Dolder");
  EXPECT_FALSE(ld.contains("geo"));
  EXPECT_EQ(ld["email"], "bolletje@voorbeeld.nl");
}

TEST_F(ShareHttpTest, AMunicipalityProfileShowsOnlyItsMunicipality) {
  owner_of_breiclub("municipality");
  auto page = new_browser().get(kProfile);
  for (const char* secret : {"Slotlaan", "3734 AB", "52.139", "5.2409", "Den Dolder"})
    EXPECT_EQ(page.body.find(secret), std::string::npos) << secret;
  EXPECT_EQ(json_ld_of(page.body)["address"]["addressLocality"], "Zeist");
}

TEST_F(ShareHttpTest, AnExactProfileGivesItsAddressAndPoint) {
  owner_of_breiclub("exact");
  auto ld = json_ld_of(new_browser().get(kProfile).body);
  EXPECT_EQ(ld["address"]["streetAddress"], "Slotlaan 12");
  EXPECT_EQ(ld["address"]["postalCode"], "3734 AB");
  EXPECT_DOUBLE_EQ(ld["geo"]["latitude"].get<double>(), 52.1391234);
}

TEST_F(ShareHttpTest, OpenGraphTagsShowNameSentenceAndPhoto) {
  auto owner = owner_of_breiclub("neighbourhood");
  auto page = new_browser().get(kProfile);
  EXPECT_EQ(meta(page.body, "og:title"), "Breiclub Het Bolletje");
  EXPECT_EQ(meta(page.body, "og:description"), "Elke dinsdag breien we samen bij iemand thuis.");
  EXPECT_EQ(meta(page.body, "og:url"), base_url() + kProfile);
  EXPECT_EQ(meta(page.body, "og:type"), "website");
  EXPECT_EQ(meta(page.body, "og:locale"), "nl_NL");
  EXPECT_EQ(meta(page.body, "og:image"), "") << "no photo yet";
  EXPECT_EQ(meta(page.body, "twitter:card"), "summary");

  std::ifstream in(std::string(OMZIEN_SOURCE_DIR) + "/src/features/initiatives/testdata/photo.webp", std::ios::binary);
  std::stringstream photo;
  photo << in.rdbuf();
  owner.get(kProfile + "/bewerken");
  ASSERT_EQ(owner
                .post_multipart(kProfile + "/bewerken", breiclub("neighbourhood"),
                                {{"photo", "bol.webp", "image/webp", photo.str()}})
                .status,
            303);
  page = new_browser().get(kProfile);
  std::string image = meta(page.body, "og:image");
  EXPECT_EQ(image.rfind(base_url() + "/fotos/", 0), 0u) << image;
  EXPECT_EQ(meta(page.body, "twitter:card"), "summary_large_image");
  EXPECT_EQ(new_browser().get(image.substr(base_url().size())).status, 200);
  EXPECT_EQ(json_ld_of(page.body)["image"], image);
}

TEST_F(ShareHttpTest, ShareButtonsArePlainLinksWithoutThirdPartyScripts) {
  owner_of_breiclub("neighbourhood");
  auto page = new_browser().get(kProfile);
  std::string encoded_url = "http%3A%2F%2F127.0.0.1%3A";
  EXPECT_NE(page.body.find("href=\"https://wa.me/?text=Breiclub%20Het%20Bolletje%20" + encoded_url), std::string::npos);
  EXPECT_NE(page.body.find("href=\"mailto:?subject=Breiclub%20Het%20Bolletje&amp;body="), std::string::npos);
  EXPECT_NE(page.body.find("href=\"https://www.facebook.com/sharer/sharer.php?u=" + encoded_url), std::string::npos);
  EXPECT_NE(page.body.find("href=\"https://www.linkedin.com/sharing/share-offsite/?url=" + encoded_url),
            std::string::npos);
  EXPECT_NE(page.body.find("data-copy-link=\"" + base_url() + kProfile + "\" hidden"), std::string::npos);
  EXPECT_NE(page.body.find("data-share-button hidden"), std::string::npos)
      << "hidden until JavaScript finds a share sheet";
  // Every script and image comes from this site.
  for (const std::string tag : {"<script src=\"", "<img src=\"", "<link rel=\"stylesheet\" href=\""}) {
    for (auto at = page.body.find(tag); at != std::string::npos; at = page.body.find(tag, at + 1))
      EXPECT_EQ(page.body[at + tag.size()], '/') << page.body.substr(at, 120);
  }
}

TEST_F(ShareHttpTest, ThePrintVersionHasTheContactDetailsAndAQrCodeToTheProfile) {
  owner_of_breiclub("neighbourhood");
  auto page = new_browser().get(kProfile + "/afdrukken");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "Breiclub Het Bolletje"));
  EXPECT_TRUE(page_says(page.body, "Elke dinsdag breien we samen bij iemand thuis."));
  EXPECT_TRUE(page_says(page.body, "Den Dolder, Zeist"));
  EXPECT_TRUE(page_says(page.body, "bolletje@voorbeeld.nl"));
  EXPECT_TRUE(page_says(page.body, base_url() + kProfile));
  EXPECT_EQ(page.body.find("Slotlaan"), std::string::npos);
  auto svg = page.body.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"omzien-qr\"");
  ASSERT_NE(svg, std::string::npos);
  EXPECT_NE(page.body.find("aria-label=\"QR-code naar het profiel van Breiclub Het Bolletje\"", svg),
            std::string::npos);
  EXPECT_NE(page.body.find("css/initiative-print.css"), std::string::npos);
}

TEST_F(ShareHttpTest, OnlyBeheerdersSeeWhatIsStillMissing) {
  auto owner = owner_of_breiclub("neighbourhood");
  auto own = owner.get(kProfile);
  EXPECT_TRUE(page_says(own.body, "Je profiel is voor"));
  EXPECT_TRUE(page_says(own.body, "Met een foto wordt je initiatief vaker bekeken."));
  EXPECT_NE(own.body.find("href=\"/initiatieven/breiclub-het-bolletje/bewerken#photo\""), std::string::npos);
  auto visitor = new_browser().get(kProfile);
  EXPECT_FALSE(page_says(visitor.body, "Je profiel is voor"));
  EXPECT_FALSE(page_says(visitor.body, "Met een foto wordt je initiatief vaker bekeken."));
}

}  // namespace
}  // namespace omzien::test
