// The omzien program: serve the platform, or run one of the maintenance commands.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "app/bootstrap.h"
#include "app/commands.h"
#include "core/config.h"
#include "core/log.h"

namespace {

constexpr const char* kHelp = R"(Gebruik: omzien [--data MAP] [--config BESTAND] OPDRACHT [...]

Opdrachten:
  serve [--listen HOST:POORT] [--base-url URL]
                             start de website (standaard 127.0.0.1:8080)
  demo [--if-empty]          vul een lege datamap met voorbeeldinhoud (verzonnen)
  backup BESTAND             maak een gecontroleerde kopie van de database
  admin grant E-MAIL         maak iemand medewerker (beheer, met tweede stap)
  admin revoke E-MAIL        neem de medewerkersrol weer af
  admin linkingpin E-MAIL    maak iemand LinkingPin
  import initiatives BESTAND lees initiatieven in uit JSON of CSV (zie /open-data
                             voor de velden); nieuwe profielen zijn niet geclaimd
  export initiatives --format json|csv [--output BESTAND] [--include-hidden]
                             schrijf alle gepubliceerde initiatieven (volledig)
  reindex                    bouw de zoekindex opnieuw op uit de database
                             (stop eerst de server: die houdt de index vast)
  --help                     deze hulp

Instellingen komen uit het configuratiebestand (TOML), dan uit de omgeving
(OMZIEN_DATA, OMZIEN_LISTEN, OMZIEN_BASE_URL, OMZIEN_SMTP_URL, OMZIEN_SMTP_USER,
OMZIEN_SMTP_PASSWORD, OMZIEN_SMTP_FROM, ...), dan van de opdrachtregel.
Zonder SMTP-instelling komt mail als .eml-bestand in MAP/mail/.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace omzien;
  std::vector<std::string> args(argv + 1, argv + argc);
  Config config;
  std::string config_file;
  if (auto env = process_environment(); env.count("OMZIEN_CONFIG")) config_file = env["OMZIEN_CONFIG"];

  // Global options come before the command.
  std::size_t i = 0;
  std::vector<std::pair<std::string, std::string>> overrides;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if ((arg == "--data" || arg == "--config") && i + 1 < args.size()) {
      if (arg == "--config") config_file = args[++i];
      else overrides.emplace_back("data", args[++i]);
      continue;
    }
    break;
  }
  if (!config_file.empty()) {
    if (auto read = read_config_file(config_file, config); !read) {
      std::cerr << "Configuratie: " << read.error().detail << "\n";
      return 2;
    }
  }
  apply_environment(process_environment(), config);
  for (const auto& [key, value] : overrides)
    if (key == "data") config.data_dir = value;
  if (i >= args.size()) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  std::string command = args[i++];
  std::vector<std::string> rest(args.begin() + static_cast<long>(i), args.end());
  return run_command(command, rest, std::move(config));
}
