// Photos on the profile form over real HTTP: accepted and re-encoded without metadata, served
// with long caching, refused with a Dutch message while the rest of the form stays.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "features/initiatives/photo.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(OMZIEN_SOURCE_DIR) + "/src/features/initiatives/testdata/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The src of the first <img> whose src starts with "/fotos/".
std::string photo_src(const std::string& html) {
  auto at = html.find("src=\"/fotos/");
  if (at == std::string::npos) return "";
  at += 5;
  return html.substr(at, html.find('"', at) - at);
}

class PhotoHttpTest : public HttpTest {
 protected:
  static Fields required(const std::string& name) {
    return {{"name", name},
            {"municipality_code", "GM0355"},
            {"themes", "duurzaamheid-energie"},
            {"sentence", "Elke zaterdag repareren we samen kapotte spullen."},
            {"contact_email", "info@voorbeeld.nl"},
            {"email_public", "ja"}};
  }
  HttpClient member(const std::string& email) {
    auto browser = new_browser();
    log_in(browser, email);
    return browser;
  }
  static FilePart photo(std::string data, std::string filename = "foto.jpg", std::string type = "image/jpeg") {
    return {"photo", std::move(filename), std::move(type), std::move(data)};
  }
  // Creates a profile with the photo-with-gps fixture; returns the profile page.
  HttpResult create_with_photo(HttpClient& browser, const std::string& name) {
    browser.get("/initiatieven/nieuw");
    auto created = browser.post_multipart("/initiatieven", required(name), {photo(fixture("photo-with-gps.jpg"))});
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 3000);
    return browser.follow(created);
  }
};

TEST_F(PhotoHttpTest, APhotoIsReencodedServedForAYearAndCarriesNoGpsAnyMore) {
  auto browser = member("foto@voorbeeld.nl");
  auto profile = create_with_photo(browser, "Repair Café Zeist");
  std::string src = photo_src(profile.body);
  ASSERT_FALSE(src.empty()) << profile.body;
  EXPECT_NE(profile.body.find("alt=\"Repair Café Zeist\""), std::string::npos) << "alt text is the name";
  auto image = new_browser().get(src);
  ASSERT_EQ(image.status, 200);
  EXPECT_EQ(image.header("Content-Type"), "image/jpeg");
  EXPECT_NE(image.header("Cache-Control").find("max-age=31536000"), std::string::npos);
  EXPECT_NE(image.header("Cache-Control").find("immutable"), std::string::npos);
  EXPECT_EQ(image.header("X-Content-Type-Options"), "nosniff");
  // The stored file: turned upright, 1200 wide, and not one metadata field left.
  auto facts = initiatives::inspect_image(image.body);
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->width, 1200);
  EXPECT_GT(facts->height, facts->width);
  EXPECT_TRUE(facts->metadata.empty()) << facts->metadata.front();
  EXPECT_EQ(image.body.find("GPS"), std::string::npos);
  EXPECT_EQ(image.body.find("Exif"), std::string::npos);
  // The same on disk, under DATA/uploads/.
  std::ifstream on_disk(data_dir() + "/uploads/" + src.substr(std::string("/fotos/").size()), std::ios::binary);
  std::stringstream stored;
  stored << on_disk.rdbuf();
  EXPECT_EQ(stored.str(), image.body);
  auto revalidated = new_browser().get(src, {{"If-None-Match", image.header("ETag")}});
  EXPECT_EQ(revalidated.status, 304);
}

TEST_F(PhotoHttpTest, UnknownOrTrickyPhotoNamesAre404) {
  auto visitor = new_browser();
  for (const char* path : {"/fotos/0123456789abcdef0123456789abcdef-1200.jpg", "/fotos/..%2F..%2Fomzien.db",
                           "/fotos/omzien.db", "/fotos/secret.key", "/fotos/%2e%2e"}) {
    int status = visitor.get(path).status;
    EXPECT_TRUE(status == 404 || status == 400) << path << " " << status;  // the server refuses ".." itself
  }
}

TEST_F(PhotoHttpTest, ANonImageGetsADutchMessageAndEveryTypedFieldStays) {
  auto browser = member("geenfoto@voorbeeld.nl");
  browser.get("/initiatieven/nieuw");
  auto fields = required("Buurtmoestuin De Wortel");
  fields.push_back({"description", "We tuinieren samen."});
  fields.push_back({"place", "Zeist-West"});
  fields.push_back({"opening_times", "Zaterdag 10 tot 13 uur"});
  auto page = browser.post_multipart("/initiatieven", fields, {photo("Dit is geen foto, al heet het zo.", "foto.jpg")});
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page_says(page.body, "Dit bestand is geen foto die we kunnen gebruiken"));
  EXPECT_EQ(input_value(page.body, "name"), "Buurtmoestuin De Wortel");
  EXPECT_EQ(input_value(page.body, "place"), "Zeist-West");
  EXPECT_TRUE(page_says(page.body, "We tuinieren samen."));
  EXPECT_TRUE(page_says(page.body, "Zaterdag 10 tot 13 uur"));
  EXPECT_NE(page.body.find("value=\"GM0355\" selected"), std::string::npos);
  EXPECT_NE(page.body.find("aria-describedby=\"photo-uitleg photo-fout\""), std::string::npos);
  EXPECT_EQ(new_browser().get("/initiatieven/buurtmoestuin-de-wortel").status, 404) << "nothing was saved";
}

TEST_F(PhotoHttpTest, ABrokenOrHugePhotoOnEditKeepsTheOldPhotoAndTheTypedFields) {
  auto browser = member("kapot@voorbeeld.nl");
  auto profile = create_with_photo(browser, "Taalcafé Zeist");
  std::string old_src = photo_src(profile.body);
  ASSERT_FALSE(old_src.empty());
  std::string jpeg = fixture("photo-with-gps.jpg");
  std::string huge = jpeg;
  huge.resize(initiatives::kMaxPhotoBytes + 1, 'x');
  struct Case {
    std::string data, message;
  };
  for (const Case& bad : {Case{jpeg.substr(0, jpeg.size() / 3), "Deze foto is beschadigd"},
                          Case{huge, "Deze foto is groter dan 10 MB"}}) {
    browser.get("/initiatieven/taalcafe-zeist/bewerken");
    auto fields = required("Taalcafé Zeist");
    fields[3].second = "Elke woensdag praten we samen Nederlands.";
    auto page = browser.post_multipart("/initiatieven/taalcafe-zeist/bewerken", fields, {photo(bad.data)});
    EXPECT_EQ(page.status, 422) << bad.message;
    EXPECT_TRUE(page_says(page.body, bad.message));
    EXPECT_TRUE(page_says(page.body, "Je huidige foto blijft staan."));
    EXPECT_TRUE(page_says(page.body, "Elke woensdag praten we samen Nederlands.")) << "the typed sentence stays";
  }
  auto after = new_browser().get("/initiatieven/taalcafe-zeist");
  EXPECT_EQ(photo_src(after.body), old_src) << "the saved photo is not lost";
  EXPECT_TRUE(page_says(after.body, "Elke zaterdag repareren we samen kapotte spullen.")) << "nothing was saved";
  EXPECT_EQ(new_browser().get(old_src).status, 200);
}

TEST_F(PhotoHttpTest, AGoodPhotoSentWithAnotherMistakeNeedNotBePickedAgain) {
  auto browser = member("tweede@voorbeeld.nl");
  browser.get("/initiatieven/nieuw");
  auto fields = required("Zonnepanelen Samen");
  fields[3].second = "";  // the sentence is missing
  auto page = browser.post_multipart("/initiatieven", fields, {photo(fixture("photo.webp"), "zon.webp", "image/webp")});
  EXPECT_EQ(page.status, 422);
  std::string pending = input_value(page.body, "pending_photo");
  ASSERT_EQ(pending.size(), 32u);
  fields[3].second = "We leggen samen zonnepanelen op daken in Zeist.";
  fields.push_back({"pending_photo", pending});
  auto created = browser.post_multipart("/initiatieven", fields, {});
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 2000);
  auto profile = browser.follow(created);
  EXPECT_EQ(photo_src(profile.body), "/fotos/" + pending + "-1200.jpg");
}

TEST_F(PhotoHttpTest, RemovingThePhotoTakesItOffTheProfileAndTheServer) {
  auto browser = member("weg@voorbeeld.nl");
  auto profile = create_with_photo(browser, "Klussendienst Zeist");
  std::string src = photo_src(profile.body);
  ASSERT_FALSE(src.empty());
  browser.get("/initiatieven/klussendienst-zeist/bewerken");
  auto fields = required("Klussendienst Zeist");
  fields.push_back({"remove_photo", "ja"});
  ASSERT_EQ(browser.post_multipart("/initiatieven/klussendienst-zeist/bewerken", fields, {}).status, 303);
  auto after = new_browser().get("/initiatieven/klussendienst-zeist");
  EXPECT_TRUE(photo_src(after.body).empty());
  EXPECT_EQ(new_browser().get(src).status, 404) << "a removed photo is gone from the server too";
}

TEST_F(PhotoHttpTest, TheFormSendsFilesAndSaysWhichOnesFit) {
  auto browser = member("formulier@voorbeeld.nl");
  auto form = browser.get("/initiatieven/nieuw");
  EXPECT_NE(form.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  EXPECT_NE(form.body.find("type=\"file\""), std::string::npos);
  EXPECT_NE(form.body.find("accept=\"image/jpeg,image/png,image/webp\""), std::string::npos);
}

}  // namespace
}  // namespace omzien::test
