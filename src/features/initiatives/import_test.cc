// The interchange format and the import: reading files, checking rows, and what a second
// import of the same file changes (nothing).
#include "features/initiatives/import.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "app/bootstrap.h"
#include "core/csv.h"
#include "features/accounts/demo.h"
#include "features/initiatives/demo.h"
#include "features/initiatives/export.h"
#include "features/initiatives/initiative_store.h"
#include "geo/geo.h"
#include "testing/http_test.h"

namespace omzien::initiatives {
namespace {

std::vector<Term> themes() {
  return {{"voedsel", "Voedsel", 1, false}, {"groen-natuur", "Groen en natuur", 2, false},
          {"taal-integratie", "Taal en integratie", 3, false}, {"oud-thema", "Oud thema", 4, true}};
}
std::vector<Term> groups() { return {{"ouderen", "Ouderen", 1, false}, {"iedereen", "Iedereen", 2, false}}; }

// A record with every field present and fine; tests break one thing at a time.
ReadRecord good_row() {
  ReadRecord read;
  read.where = "regel 2";
  InterchangeRecord& r = read.record;
  r.id = "X1";
  r.name = "Buurtmoestuin De Wortel";
  r.summary = "We kweken samen groente in de wijk.";
  r.description = "Elke zaterdag **samen** tuinieren.";
  r.themes = {"groen-natuur", "voedsel"};
  r.target_groups = {"iedereen"};
  r.municipality = "Zeist";
  r.place = "Den Dolder";
  r.lat = 52.1391;
  r.lon = 5.2477;
  r.phase = "startend";
  r.founded = "2020";
  r.legal_form = "informeel";
  r.offers = {"zaden"};
  r.needs = {"een schuur"};
  r.website = "https://de-wortel.example";
  r.email = "Info@De-Wortel.example";
  for (auto field : kInterchangeFields) read.present.insert(std::string(field));
  return read;
}

RowOutcome apply(const ReadRecord& read) { return apply_row(read, new_imported_profile(), themes(), groups(), 2026); }

bool has_error_starting(const RowOutcome& outcome, std::string_view prefix) {
  for (const auto& error : outcome.errors)
    if (error.rfind(prefix, 0) == 0) return true;
  return false;
}

TEST(ImportRow, AGoodRowBecomesAnUnclaimedProfileThatShowsOnlyItsNeighbourhood) {
  RowOutcome outcome = apply(good_row());
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  const Initiative& i = outcome.initiative;
  EXPECT_EQ(i.external_id, "X1");
  EXPECT_EQ(i.municipality_code, "GM0355");
  EXPECT_EQ(i.sentence, "We kweken samen groente in de wijk.");
  EXPECT_EQ(i.contact_email, "info@de-wortel.example") << "normalised as the form does";
  EXPECT_FALSE(i.claimed);
  EXPECT_FALSE(i.email_public) << "nobody chose to show this address yet";
  EXPECT_EQ(i.location_precision, LocationPrecision::Neighbourhood);
  EXPECT_EQ(i.founded, 2020);
  EXPECT_EQ(i.lat, 52.1391);
  EXPECT_EQ(i.offers, std::vector<std::string>{"zaden"});
}

TEST(ImportRow, BadValuesGiveADutchMessageNamingTheColumn) {
  struct Case {
    std::function<void(InterchangeRecord&)> spoil;
    std::string expected_prefix;
  };
  std::vector<Case> cases = {
      {[](InterchangeRecord& r) { r.name = "  "; }, "name: Vul de naam"},
      {[](InterchangeRecord& r) { r.municipality = "Amsterdam"; }, "municipality: \"Amsterdam\" is geen gemeente"},
      {[](InterchangeRecord& r) { r.themes = {"voedsel", "ruimtevaart"}; }, "themes: \"ruimtevaart\" is geen bekend thema"},
      {[](InterchangeRecord& r) { r.target_groups = {"katten"}; }, "target_groups: \"katten\""},
      {[](InterchangeRecord& r) { r.email = "geen-adres"; }, "email: Dit lijkt geen e-mailadres"},
      {[](InterchangeRecord& r) { r.website = "javascript:alert(1)"; }, "website: Vul een webadres in"},
      {[](InterchangeRecord& r) { r.summary = std::string(161, 'a'); }, "summary: Deze zin is te lang: hoogstens 160 tekens. Nu zijn het er 161."},
      {[](InterchangeRecord& r) { r.founded = "vorig jaar"; }, "founded: "},
      {[](InterchangeRecord& r) { r.phase = "bijna klaar"; }, "phase: "},
      {[](InterchangeRecord& r) { r.lon.reset(); }, "lat en lon horen bij elkaar"},
      {[](InterchangeRecord& r) { r.lat = 52.37; r.lon = 4.89; }, "lat/lon: deze plek ligt niet in de provincie"},
      {[](InterchangeRecord& r) { r.themes.clear(); }, "themes: Kies minstens één thema."},
  };
  for (const auto& c : cases) {
    ReadRecord read = good_row();
    c.spoil(read.record);
    RowOutcome outcome = apply(read);
    EXPECT_TRUE(has_error_starting(outcome, c.expected_prefix))
        << c.expected_prefix << " but got: " << (outcome.errors.empty() ? "no error" : outcome.errors[0]);
  }
}

TEST(ImportRow, AnUnknownThemeIsOneMessageNotTwo) {
  ReadRecord read = good_row();
  read.record.themes = {"ruimtevaart"};
  RowOutcome outcome = apply(read);
  ASSERT_EQ(outcome.errors.size(), 1u) << outcome.errors[0];
}

TEST(ImportRow, ThemesMayBeGivenByLabelAndRetiredOnesStillCount) {
  ReadRecord read = good_row();
  read.record.themes = {"Taal en Integratie", "oud-thema", "voedsel", "voedsel"};
  RowOutcome outcome = apply(read);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  EXPECT_EQ(outcome.initiative.themes, (std::vector<std::string>{"taal-integratie", "oud-thema", "voedsel"}));
}

TEST(ImportRow, AnImportMayLackAnEmailAddressAndMayBeProvinceWide) {
  ReadRecord read = good_row();
  read.record.email = "";
  read.record.municipality = "hele provincie";
  read.record.lat.reset();
  read.record.lon.reset();
  RowOutcome outcome = apply(read);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  EXPECT_EQ(outcome.initiative.municipality_code, geo::kProvinceCode);
}

TEST(ImportRow, FieldsMissingFromTheFileKeepWhatTheProfileHad) {
  Initiative existing = apply(good_row()).initiative;
  existing.phone = "06 12345678";
  ReadRecord read = good_row();
  read.present = {"id", "name", "summary"};
  read.record.summary = "Nieuwe zin.";
  read.record.website = "";
  RowOutcome outcome = apply_row(read, existing, themes(), groups(), 2026);
  ASSERT_TRUE(outcome.errors.empty()) << outcome.errors[0];
  EXPECT_EQ(outcome.initiative.sentence, "Nieuwe zin.");
  EXPECT_EQ(outcome.initiative.website, "https://de-wortel.example");
  EXPECT_EQ(outcome.initiative.phone, "06 12345678");
  EXPECT_FALSE(same_interchange_fields(existing, outcome.initiative));
  read.record.summary = existing.sentence;
  EXPECT_TRUE(same_interchange_fields(existing, apply_row(read, existing, themes(), groups(), 2026).initiative));
}

TEST(ImportFormat, ReadsAJsonArrayWithItsItemNumbers) {
  ReadFile file = read_interchange(R"([{"id": "A1", "name": "Een", "themes": ["voedsel"], "lat": 52.1, "lon": 5.1,
                                       "founded": 2012, "onbekend": 1},
                                      {"id": 7, "name": "Twee", "themes": "voedsel|groen-natuur", "lat": "52,2"},
                                      "geen object", {"name": "Vier", "themes": [true]}])");
  ASSERT_TRUE(file.problem.empty()) << file.problem;
  ASSERT_EQ(file.records.size(), 4u);
  EXPECT_EQ(file.records[0].where, "item 1");
  EXPECT_EQ(file.records[0].record.founded, "2012");
  EXPECT_EQ(file.records[0].record.lat, 52.1);
  EXPECT_TRUE(file.records[0].present.count("lat"));
  EXPECT_FALSE(file.records[0].present.count("website"));
  EXPECT_EQ(file.records[1].record.id, "7");
  EXPECT_EQ(file.records[1].record.themes, (std::vector<std::string>{"voedsel", "groen-natuur"}));
  EXPECT_EQ(file.records[1].record.lat, 52.2);
  EXPECT_FALSE(file.records[2].problems.empty());
  EXPECT_FALSE(file.records[3].problems.empty());
  ASSERT_EQ(file.notes.size(), 1u);
  EXPECT_NE(file.notes[0].find("onbekend"), std::string::npos);
}

TEST(ImportFormat, ReadsExcelCsvInDutchSettingsWithListsAndCommaDecimals) {
  std::string file_text =
      "\xEF\xBB\xBFId;Name;summary;themes;municipality;lat;lon;offers;extra\r\n"
      "A1;Caf\xC3\xA9 De Hoek;'=Gratis koffie;voedsel | groen-natuur;De Bilt;52,1;5,18;a\\|b|c;x\r\n"
      ";;;;;;;;\r\n"
      "A2;Twee;Zin;voedsel;Zeist;geen getal;;;\r\n";
  ReadFile file = read_interchange(file_text);
  ASSERT_TRUE(file.problem.empty()) << file.problem;
  ASSERT_EQ(file.records.size(), 2u) << "the row of empty cells is left out";
  const InterchangeRecord& r = file.records[0].record;
  EXPECT_EQ(r.name, "Café De Hoek");
  EXPECT_EQ(r.summary, "=Gratis koffie") << "our own formula guard is taken off again";
  EXPECT_EQ(r.themes, (std::vector<std::string>{"voedsel", "groen-natuur"}));
  EXPECT_EQ(r.lat, 52.1);
  EXPECT_EQ(r.offers, (std::vector<std::string>{"a|b", "c"}));
  EXPECT_EQ(file.records[1].where, "regel 4");
  ASSERT_EQ(file.records[1].problems.size(), 1u);
  EXPECT_EQ(file.records[1].problems[0], "lat: \"geen getal\" is geen getal.");
  ASSERT_EQ(file.notes.size(), 1u) << "the unknown column is named";
}

TEST(ImportFormat, ReadsWindows1252AndPastedCells) {
  ReadFile cp1252 = read_interchange("name;municipality\r\nCaf\xE9 \x80uro;Zeist\r\n");
  ASSERT_EQ(cp1252.records.size(), 1u);
  EXPECT_EQ(cp1252.records[0].record.name, "Café €uro");
  ReadFile pasted = read_interchange("name\tmunicipality\tsummary\nA\tZeist\tWe doen dit; en dat\n");
  ASSERT_EQ(pasted.records.size(), 1u);
  EXPECT_EQ(pasted.records[0].record.summary, "We doen dit; en dat");
}

TEST(ImportFormat, AFileThatCannotBeReadSaysWhy) {
  EXPECT_NE(read_interchange("summary;themes\r\nx;y\r\n").problem.find("kolom name ontbreekt"), std::string::npos);
  EXPECT_NE(read_interchange("name;name\r\n").problem.find("twee keer"), std::string::npos);
  EXPECT_NE(read_interchange("name;summary\r\nA;\"open\r\nB;x\r\n").problem.find("regel 2"), std::string::npos);
  EXPECT_FALSE(read_interchange("[{\"name\": ").problem.empty());
  EXPECT_FALSE(read_interchange("{\"name\": \"x\"}").problem.empty()) << "an object, not a list";
  EXPECT_FALSE(read_interchange("  \r\n").problem.empty());
}

TEST(ImportFormat, ListCellsEscapeTheBarAndBackslash) {
  std::vector<std::string> items = {"a|b", "c\\d", "e"};
  EXPECT_EQ(join_list_cell(items), "a\\|b|c\\\\d|e");
  EXPECT_EQ(split_list_cell(join_list_cell(items)), items);
  EXPECT_EQ(split_list_cell(" x | | y "), (std::vector<std::string>{"x", "y"}));
}

// Imports into a real database in a temporary data folder.
class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::make_temp_dir("omzien-import");
    Config config;
    config.data_dir = dir_;
    config.static_dir = std::string(OMZIEN_BINARY_DIR) + "/static";
    auto opened = open_app(config);
    ASSERT_TRUE(opened) << opened.error().detail;
    app_ = std::move(*opened);
  }
  void TearDown() override {
    app_.reset();
    test::remove_temp_dir(dir_);
  }
  ImportReport import(std::string_view bytes) {
    auto report = import_initiatives(*app_, bytes);
    EXPECT_TRUE(report) << report.error().detail;
    return report ? *report : ImportReport{};
  }
  std::optional<Initiative> by_id(std::string_view external_id) {
    return app_->db->read([&](db::Connection& c) { return find_initiative_by_external_id(c, external_id); });
  }

  std::string dir_;
  std::unique_ptr<App> app_;
};

constexpr std::string_view kTwoRows =
    "name;summary;themes;municipality;email;id\r\n"
    "Taalmaatjes Zeist;We oefenen samen Nederlands.;taal-integratie;Zeist;info@taalmaatjes.example;T1\r\n"
    "Buurtmoestuin Oost;We kweken groente.;groen-natuur|voedsel;Utrecht;info@moestuin.example;T2\r\n";

TEST_F(ImportTest, ImportingTheSameFileTwiceChangesNothing) {
  ImportReport first = import(kTwoRows);
  EXPECT_EQ(first.created, 2);
  EXPECT_TRUE(first.complete());
  auto profile = by_id("T1");
  ASSERT_TRUE(profile);
  EXPECT_FALSE(profile->claimed);
  ImportReport second = import(kTwoRows);
  EXPECT_EQ(second.created, 0);
  EXPECT_EQ(second.updated, 0);
  EXPECT_EQ(second.unchanged, 2);
  EXPECT_EQ(by_id("T1")->updated_at, profile->updated_at);
}

TEST_F(ImportTest, AChangedRowUpdatesOnlyThatProfileAndMatchesOnNameWithoutAnId) {
  import(kTwoRows);
  ImportReport changed = import(
      "name;summary;themes;municipality;email\r\n"
      "Taalmaatjes Zeist;We oefenen elke week samen Nederlands.;taal-integratie;Zeist;info@taalmaatjes.example\r\n");
  EXPECT_EQ(changed.updated, 1);
  EXPECT_EQ(by_id("T1")->sentence, "We oefenen elke week samen Nederlands.") << "matched on name and municipality";
}

TEST_F(ImportTest, ABadRowIsReportedWithItsLineAndTheRestIsImported) {
  ImportReport report = import(
      "id;name;summary;themes;municipality\r\n"
      "B1;Goed Een;Een zin.;voedsel;Zeist\r\n"
      "B2;Fout;Een zin.;voedsel;Gotham\r\n"
      "B3;Goed Drie;Een zin.;voedsel;Baarn\r\n"
      "B3;Dubbel;Een zin.;voedsel;Baarn\r\n");
  EXPECT_EQ(report.created, 2);
  EXPECT_EQ(report.failed, 2);
  ASSERT_EQ(report.problems.size(), 2u);
  EXPECT_EQ(report.problems[0].where, "regel 3 (B2)");
  EXPECT_NE(report.problems[0].message.find("Gotham"), std::string::npos);
  EXPECT_EQ(report.problems[1].where, "regel 5 (B3)");
  EXPECT_NE(report.problems[1].message.find("regel 4"), std::string::npos);
  EXPECT_TRUE(by_id("B3"));
  auto lines = describe_report(report);
  EXPECT_EQ(lines[0], "4 rijen gelezen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen, 2 met fouten.");
}

TEST_F(ImportTest, AProfileItsOwnBeheerdersRunIsNotOverwritten) {
  import(kTwoRows);
  auto profile = by_id("T1");
  ASSERT_TRUE((app_->db->write_void([&](db::Connection& c) { return set_claimed(c, profile->id, true, 1); })));
  ImportReport report = import(
      "id;name;summary;themes;municipality\r\nT1;Taalmaatjes Zeist;Oude zin uit een oud bestand.;taal-integratie;Zeist\r\n");
  EXPECT_EQ(report.skipped, 1);
  EXPECT_EQ(report.updated, 0);
  EXPECT_EQ(by_id("T1")->sentence, "We oefenen samen Nederlands.");
}

TEST_F(ImportTest, ExportedCsvWithFormulasAndLineBreaksComesBackUnchanged) {
  import(R"([{"id": "F1", "name": "=Gratis Koffie", "summary": "-5 euro korting; echt waar", "themes": ["voedsel"],
             "municipality": "Utrecht", "description": "Regel een\n\nRegel \"twee\"", "offers": ["a|b", "@home"],
             "lat": 52.0901, "lon": 5.1201, "founded": 2001}])");
  std::string csv_file = export_initiatives(*app_, ExportFormat::Csv, Which::All);
  EXPECT_NE(csv_file.find(";'=Gratis Koffie;"), std::string::npos) << csv_file;
  for (const auto& row : csv::read(csv_file).rows)
    for (const auto& cell : row.cells)
      EXPECT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos) << cell;
  ImportReport again = import(csv_file);
  EXPECT_EQ(again.unchanged, 1) << (again.problems.empty() ? "" : again.problems[0].message);
  EXPECT_EQ(again.updated, 0);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The shared development data set: OMZIEN_SHARED_DATA, else beside the checkout, else the
// workplace's copy (a clean clone for CI may live anywhere).
std::string shared_data_file(const std::string& name) {
  std::vector<std::string> folders;
  if (const char* set = std::getenv("OMZIEN_SHARED_DATA")) folders.emplace_back(set);
  folders.push_back(std::string(OMZIEN_SOURCE_DIR) + "/../shared/data");
  folders.emplace_back("/work/shared/data");
  for (const auto& folder : folders)
    if (std::filesystem::exists(folder + "/" + name)) return folder + "/" + name;
  return {};
}

TEST_F(ImportTest, TheDevelopmentSetImportsAndRoundTripsThroughJsonAndCsv) {
  const std::string path = shared_data_file("initiatives-dev.json");
  if (path.empty()) GTEST_SKIP() << "no initiatives-dev.json (set OMZIEN_SHARED_DATA); this test needs the shared data set";
  ImportReport first = import(read_file(path));
  EXPECT_EQ(first.created, 240);
  EXPECT_TRUE(first.complete()) << (first.problems.empty() ? first.file_problem
                                                           : first.problems[0].where + ": " + first.problems[0].message);
  for (auto format : {ExportFormat::Json, ExportFormat::Csv}) {
    ImportReport again = import(export_initiatives(*app_, format, Which::All));
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 240);
  }
  // The export says what the file said, field by field: nothing is lost or changed on the way.
  // Lists come back in the platform's order of themes and groups, so they compare as sets.
  auto source = nlohmann::json::parse(read_file(path));
  auto exported = nlohmann::json::parse(export_initiatives(*app_, ExportFormat::Json, Which::All));
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& item : exported) by_id[item["id"].get<std::string>()] = item;
  ASSERT_EQ(by_id.size(), source.size());
  for (const auto& item : source) {
    const auto& out = by_id[item["id"].get<std::string>()];
    for (const auto& [field, value] : item.items()) {
      if (!value.is_array()) {
        EXPECT_EQ(out[field], value) << item["id"] << " " << field;
        continue;
      }
      auto sorted = [](nlohmann::json list) {
        std::sort(list.begin(), list.end());
        return list;
      };
      EXPECT_EQ(sorted(out[field]), sorted(value)) << item["id"] << " " << field;
    }
  }
}

TEST_F(ImportTest, TheDemoContentImportsCleanlyAndCoversTheProvince) {
  accounts::add_demo_content(*app_);
  add_demo_content(*app_);
  auto all = app_->db->read([](db::Connection& c) { return list_initiatives(c, Which::All); });
  EXPECT_GE(all.size(), 30u);
  EXPECT_LE(all.size(), 40u);
  std::set<std::string> municipalities, themes_used;
  int with_managers = 0;
  for (const auto& i : all) {
    municipalities.insert(i.municipality_code);
    themes_used.insert(i.themes.begin(), i.themes.end());
    EXPECT_TRUE(i.website.empty() || i.website.ends_with(".example")) << i.website;
    EXPECT_TRUE(i.contact_email.ends_with(".example")) << i.contact_email;
    if (app_->db->read([&](db::Connection& c) { return !list_managers(c, i.id).empty(); })) ++with_managers;
  }
  for (const auto& m : geo::municipalities()) EXPECT_TRUE(municipalities.count(std::string(m.code))) << m.name;
  EXPECT_EQ(themes_used.size(), 17u);
  EXPECT_GE(with_managers, 5);
  EXPECT_LT(with_managers, static_cast<int>(all.size())) << "some wait to be claimed";
  ImportReport again = import(demo_initiatives_json());
  EXPECT_TRUE(again.complete());
  EXPECT_EQ(again.created + again.updated, 0);
}

}  // namespace
}  // namespace omzien::initiatives
