// Fills a data folder with N fictional published initiatives for the map benchmark, straight
// through the initiatives store (no import, no HTTP): random woonplaatsen and neighbourhoods of the
// province, one or two themes, a third with an exact (private) point near their place.
//
//   bench_map_generate DATA_DIR [count=10000]
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "app/bootstrap.h"
#include "core/log.h"
#include "features/initiatives/initiative_store.h"
#include "geo/geo.h"

namespace {

using namespace omzien;

const std::vector<std::string> kThemes = {
    "zorg-welzijn", "eenzaamheid", "armoede-schulden", "voedsel", "duurzaamheid-energie", "groen-natuur",
    "taal-integratie", "jongeren", "ouderen", "cultuur", "sport-bewegen", "wonen-buurt", "veiligheid",
    "mobiliteit", "digitale-vaardigheden", "mantelzorg", "gezondheid"};
const std::vector<std::string> kKinds = {"Repair café", "Taalcafé", "Buurtmoestuin", "Kledingruil", "Wandelgroep",
                                         "Buurtkoelkast", "Digicafé", "Koffieochtend", "Buurtbus", "Kookclub"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DATA_DIR [count]\n", argv[0]);
    return 2;
  }
  int count = argc > 2 ? std::stoi(argv[2]) : 10000;
  set_log_level(LogLevel::Warning);
  Config config;
  config.data_dir = argv[1];
  auto app = open_app(config);
  if (!app) {
    std::fprintf(stderr, "cannot open %s: %s\n", argv[1], app.error().detail.c_str());
    return 1;
  }
  std::vector<geo::Place> places;
  for (const auto& place : geo::places())
    if (place.kind != geo::PlaceKind::Municipality) places.push_back(place);

  std::mt19937 random(20261128);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  std::uniform_real_distribution<double> jitter(-0.008, 0.008);
  auto done = (*app)->db->write_void([&](db::Connection& c) -> Result<void> {
    for (int n = 0; n < count; ++n) {
      const geo::Place& place = places[pick(places.size())];
      initiatives::Initiative i;
      i.name = kKinds[pick(kKinds.size())] + " " + std::string(place.name) + " " + std::to_string(n + 1);
      i.municipality_code = std::string(place.municipality_code);
      i.sentence = "Bewoners van " + std::string(place.name) + " doen samen iets voor de buurt.";
      i.place = std::string(place.name);
      i.themes = {kThemes[pick(kThemes.size())]};
      if (n % 3 == 0) i.themes.push_back(kThemes[pick(kThemes.size())]);
      if (i.themes.size() == 2 && i.themes[0] == i.themes[1]) i.themes.pop_back();
      int kind = n % 10;
      i.location_precision = kind < 3   ? initiatives::LocationPrecision::Exact
                             : kind < 8 ? initiatives::LocationPrecision::Neighbourhood
                                        : initiatives::LocationPrecision::Municipality;
      if (kind < 6) {  // a private point near the place: shown only for Exact
        i.lat = place.centre.lat + jitter(random);
        i.lon = place.centre.lon + jitter(random);
      }
      auto saved = initiatives::insert_initiative(c, std::move(i), 1764300000 + n);
      if (!saved) return saved.error();
    }
    return {};
  });
  if (!done) {
    std::fprintf(stderr, "insert failed: %s\n", done.error().detail.c_str());
    return 1;
  }
  std::printf("%d initiatives in %s\n", count, argv[1]);
  return 0;
}
