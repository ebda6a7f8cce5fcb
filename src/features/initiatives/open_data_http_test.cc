// The open data over real HTTP: what is in it, and above all what never is.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "features/initiatives/import.h"
#include "features/initiatives/initiative_store.h"
#include "geo/precision.h"
#include "testing/http_test.h"

namespace omzien::test {
namespace {

class OpenDataHttpTest : public HttpTest {
 protected:
  // Imports one profile at an exact point, then gives it the private details a beheerder might.
  void add_profile(const std::string& id, const std::string& name, initiatives::LocationPrecision precision,
                   bool email_public, const std::string& summary = "Samen breien in de buurt.") {
    nlohmann::json row = {{"id", id}, {"name", name}, {"summary", summary}, {"themes", {"cultuur"}},
                          {"municipality", "Zeist"}, {"place", "Den Dolder"}, {"lat", 52.14123}, {"lon", 5.24456},
                          {"email", id + "@prive.example"}};
    auto report = initiatives::import_initiatives(app(), nlohmann::json::array({row}).dump());
    ASSERT_TRUE(report && report->created == 1) << (report ? describe(*report) : report.error().detail);
    auto done = app().db->write_void([&](db::Connection& c) -> Result<void> {
      auto i = initiatives::find_initiative_by_external_id(c, id);
      i->address = "Slotlaan 12";
      i->postcode = "3734 AB";
      i->phone = "06 98765432";
      i->phone_public = false;
      i->email_public = email_public;
      i->location_precision = precision;
      auto saved = initiatives::update_initiative(c, *i, app().clock.now());
      if (!saved) return saved.error();
      return {};
    });
    ASSERT_TRUE(done);
  }
  static std::string describe(const initiatives::ImportReport& report) {
    std::string out;
    for (const auto& line : initiatives::describe_report(report)) out += line + "\n";
    return out;
  }
};

TEST_F(OpenDataHttpTest, OpenDataNeverHoldsAddressesPrivateContactDetailsOrExactPoints) {
  add_profile("P1", "Breiclub Het Bolletje", initiatives::LocationPrecision::Neighbourhood, false);
  add_profile("P2", "Dorpshuis Den Dolder", initiatives::LocationPrecision::Municipality, true);
  auto visitor = new_browser();
  for (const char* path : {"/open-data/initiatieven.json", "/open-data/initiatieven.csv"}) {
    auto file = visitor.get(path);
    ASSERT_EQ(file.status, 200) << path;
    EXPECT_TRUE(file.body.find("Breiclub Het Bolletje") != std::string::npos) << path;
    EXPECT_EQ(file.body.find("Slotlaan"), std::string::npos) << path;
    EXPECT_EQ(file.body.find("3734"), std::string::npos) << path;
    EXPECT_EQ(file.body.find("98765432"), std::string::npos) << path;
    EXPECT_EQ(file.body.find("p1@prive.example"), std::string::npos) << "e-mail not public: " << path;
    EXPECT_NE(file.body.find("p2@prive.example"), std::string::npos) << "e-mail public: " << path;
    EXPECT_EQ(file.body.find("52.14123"), std::string::npos) << "the exact point: " << path;
    EXPECT_EQ(file.body.find("5.24456"), std::string::npos) << "the exact point: " << path;
  }
  auto json = nlohmann::json::parse(visitor.get("/open-data/initiatieven.json").body);
  ASSERT_EQ(json.size(), 2u);
  for (const auto& item : json) {
    geo::LatLon point{item["lat"].get<double>(), item["lon"].get<double>()};
    EXPECT_TRUE(geo::is_area_centre(point)) << item["name"];
    EXPECT_NE(item["location_precision"], "exact");
    EXPECT_EQ(item["url"].get<std::string>().rfind(base_url() + "/initiatieven/", 0), 0u);
    EXPECT_FALSE(item.contains("address") || item.contains("phone"));
  }
}

TEST_F(OpenDataHttpTest, AnExactLocationIsShownWhenTheInitiativeChoseSo) {
  add_profile("E1", "Buurthuis De Kern", initiatives::LocationPrecision::Exact, true);
  auto json = nlohmann::json::parse(new_browser().get("/open-data/initiatieven.json").body);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["lat"], 52.14123);
  EXPECT_EQ(json[0]["location_precision"], "exact");
}

TEST_F(OpenDataHttpTest, FilesHaveTheRightTypesAndCsvCellsCannotRunAsFormulas) {
  add_profile("F1", "=HYPERLINK(\"https://kwaad.example\";\"klik\")", initiatives::LocationPrecision::Neighbourhood, true,
              "-5 euro korting voor leden");
  auto visitor = new_browser();
  auto json = visitor.get("/open-data/initiatieven.json");
  EXPECT_EQ(json.header("Content-Type"), "application/json; charset=utf-8");
  EXPECT_NE(json.header("Content-Disposition").find("initiatieven.json"), std::string::npos);
  EXPECT_EQ(json.header("Access-Control-Allow-Origin"), "*");
  auto csv_file = visitor.get("/open-data/initiatieven.csv");
  EXPECT_EQ(csv_file.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv_file.header("Content-Disposition"), "attachment; filename=\"initiatieven.csv\"");
  auto table = csv::read(csv_file.body);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[0], "id");
  for (const auto& row : table.rows)
    for (const auto& cell : row.cells)
      EXPECT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos) << cell;
  EXPECT_EQ(table.rows[1].cells[1], "'=HYPERLINK(\"https://kwaad.example\";\"klik\")");
  EXPECT_EQ(table.rows[1].cells[2], "'-5 euro korting voor leden");
}

TEST_F(OpenDataHttpTest, ThePageSaysWhatIsThereAndUnderWhichLicence) {
  auto page = new_browser().get("/open-data");
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(page_says(page.body, "CC BY 4.0"));
  EXPECT_TRUE(page_says(page.body, "initiatieven.csv"));
  EXPECT_NE(page.body.find("<code>taal-integratie</code>: Taal en integratie"), std::string::npos) << "the theme ids";
  EXPECT_NE(page.body.find("href=\"https://creativecommons.org/licenses/by/4.0/deed.nl\""), std::string::npos);
}

}  // namespace
}  // namespace omzien::test
