// Photos: recognised by content, re-encoded without metadata, stored and found by safe names.
// Fixtures in testdata/ were made with libvips: photo-with-gps.jpg is 1800x1300 with EXIF
// orientation 6 (turn 90 degrees), a camera make and GPS latitude/longitude; logo-transparent.png
// has an alpha channel; photo.webp is a plain WebP.
#include "features/initiatives/photo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "testing/http_test.h"

namespace omzien::initiatives {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(OMZIEN_SOURCE_DIR) + "/src/features/initiatives/testdata/" + name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool has_field_starting(const ImageFacts& facts, std::string_view prefix) {
  return std::any_of(facts.metadata.begin(), facts.metadata.end(),
                     [&](const std::string& name) { return name.rfind(prefix, 0) == 0; });
}

TEST(Photo, TheFixtureReallyCarriesGpsAndAnOrientation) {
  auto facts = inspect_image(fixture("photo-with-gps.jpg"));
  ASSERT_TRUE(facts);
  EXPECT_EQ(facts->width, 1800);
  EXPECT_TRUE(has_field_starting(*facts, "exif-ifd3-GPSLatitude"));
  EXPECT_TRUE(has_field_starting(*facts, "exif-ifd0-Orientation"));
}

TEST(Photo, AReencodedPhotoIsUprightSmallerAndHasNoMetadataLeft) {
  auto outcome = reencode_photo(fixture("photo-with-gps.jpg"));
  ASSERT_EQ(outcome.problem, PhotoProblem::None);
  auto large = inspect_image(outcome.photo.large);
  auto small = inspect_image(outcome.photo.small);
  ASSERT_TRUE(large && small);
  // 1800x1300 turned a quarter is 1300x1800, then fitted to 1200 wide.
  EXPECT_EQ(large->width, 1200);
  EXPECT_EQ(large->height, 1662);
  EXPECT_EQ(small->width, 400);
  EXPECT_GT(small->height, small->width) << "still upright";
  EXPECT_NE(large->loader.find("Jpeg"), std::string::npos);
  EXPECT_TRUE(large->metadata.empty()) << large->metadata.front();
  EXPECT_TRUE(small->metadata.empty()) << small->metadata.front();
  for (const std::string* bytes : {&outcome.photo.large, &outcome.photo.small}) {
    EXPECT_EQ(bytes->find("Exif"), std::string::npos) << "no APP1 EXIF segment";
    EXPECT_EQ(bytes->find("GPS"), std::string::npos);
    EXPECT_EQ(bytes->find("Testcamera"), std::string::npos);
  }
}

TEST(Photo, ASmallPhotoIsNeverEnlarged) {
  auto outcome = reencode_photo(fixture("photo.webp"));
  ASSERT_EQ(outcome.problem, PhotoProblem::None);
  auto large = inspect_image(outcome.photo.large);
  ASSERT_TRUE(large);
  EXPECT_EQ(large->width, 600);
  EXPECT_NE(large->loader.find("Jpeg"), std::string::npos) << "WebP in, JPEG out";
}

TEST(Photo, ATransparentLogoBecomesAJpegOnWhite) {
  auto outcome = reencode_photo(fixture("logo-transparent.png"));
  ASSERT_EQ(outcome.problem, PhotoProblem::None);
  auto large = inspect_image(outcome.photo.large);
  ASSERT_TRUE(large);
  EXPECT_EQ(large->width, 200);
  EXPECT_NE(large->loader.find("Jpeg"), std::string::npos);
}

TEST(Photo, TheContentDecidesNotTheName) {
  EXPECT_EQ(sniff_image_type(fixture("photo-with-gps.jpg")), ImageType::Jpeg);
  EXPECT_EQ(sniff_image_type(fixture("logo-transparent.png")), ImageType::Png);
  EXPECT_EQ(sniff_image_type(fixture("photo.webp")), ImageType::Webp);
  EXPECT_EQ(reencode_photo("Dit is een tekstbestand met .jpg erachter").problem, PhotoProblem::NotAnImage);
  EXPECT_EQ(reencode_photo("GIF89a\x01\x00\x01\x00").problem, PhotoProblem::NotAnImage);
  EXPECT_EQ(reencode_photo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").problem, PhotoProblem::NotAnImage);
  EXPECT_EQ(reencode_photo("").problem, PhotoProblem::NotAnImage);
}

TEST(Photo, ABrokenOrCutOffFileIsRefused) {
  std::string jpeg = fixture("photo-with-gps.jpg");
  EXPECT_EQ(reencode_photo(jpeg.substr(0, jpeg.size() / 2)).problem, PhotoProblem::Broken);
  EXPECT_EQ(reencode_photo(std::string("\xFF\xD8\xFF\xE0") + std::string(2000, 'x')).problem, PhotoProblem::Broken);
  std::string png = fixture("logo-transparent.png");
  EXPECT_EQ(reencode_photo(png.substr(0, 60)).problem, PhotoProblem::Broken);
}

TEST(Photo, OverTenMegabytesIsTooLarge) {
  std::string huge = fixture("photo-with-gps.jpg");
  huge.resize(kMaxPhotoBytes + 1, '\0');
  EXPECT_EQ(reencode_photo(huge).problem, PhotoProblem::TooLarge);
}

TEST(Photo, StoringTheSamePhotoTwiceGivesTheSameNameAndBothFilesExist) {
  std::string dir = test::make_temp_dir("omzien-photo");
  auto outcome = reencode_photo(fixture("photo.webp"));
  ASSERT_EQ(outcome.problem, PhotoProblem::None);
  auto first = store_photo(dir + "/uploads", outcome.photo);
  auto second = store_photo(dir + "/uploads", outcome.photo);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, *second);
  EXPECT_EQ(first->size(), 32u);
  EXPECT_TRUE(photo_exists(dir + "/uploads", *first));
  EXPECT_EQ(photo_path(*first, PhotoSize::Large), "/fotos/" + *first + "-1200.jpg");
  EXPECT_TRUE(photo_file_for(dir + "/uploads", *first + "-400.jpg"));
  delete_photo_files(dir + "/uploads", *first);
  EXPECT_FALSE(photo_exists(dir + "/uploads", *first));
  test::remove_temp_dir(dir);
}

TEST(Photo, OnlyNamesWeMakeReachTheDisk) {
  std::string dir = test::make_temp_dir("omzien-photo");
  std::ofstream(dir + "/secret.txt") << "geheim";
  const std::string base(32, 'a');
  std::ofstream(dir + "/" + base + "-1200.jpg") << "x";
  EXPECT_TRUE(photo_file_for(dir, base + "-1200.jpg"));
  for (const char* name :
       {"../secret.txt", "secret.txt", "..%2Fsecret.txt", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-1200.jpg",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-1200.png", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-800.jpg",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-400.jpg", "", "-1200.jpg"})
    EXPECT_FALSE(photo_file_for(dir, name)) << name;
  EXPECT_FALSE(photo_exists(dir, "../secret"));
  test::remove_temp_dir(dir);
}

}  // namespace
}  // namespace omzien::initiatives
