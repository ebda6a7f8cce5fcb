#include "app/commands.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

#include "app/bootstrap.h"
#include "app/features.h"
#include "core/log.h"
#include "features/accounts/account_store.h"
#include "features/accounts/account.h"
#include "features/initiatives/export.h"
#include "features/initiatives/import.h"
#include "features/outreach/contact_import.h"
#include "features/search/indexing.h"

namespace omzien {
namespace {

int fail(const std::string& message) {
  std::cerr << message << "\n";
  return 1;
}

// Reads "--flag value" pairs and plain words.
struct Arguments {
  std::vector<std::string> words;
  std::map<std::string, std::string> flags;
  std::set<std::string> switches;
};
Arguments parse_arguments(const std::vector<std::string>& args, const std::set<std::string>& switch_names) {
  Arguments out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i].rfind("--", 0) == 0) {
      if (switch_names.count(args[i])) out.switches.insert(args[i]);
      else if (i + 1 < args.size()) {
        out.flags[args[i]] = args[i + 1];
        ++i;
      }
      else out.switches.insert(args[i]);
    } else {
      out.words.push_back(args[i]);
    }
  }
  return out;
}

int command_serve(const std::vector<std::string>& args, Config config) {
  auto parsed = parse_arguments(args, {});
  if (parsed.flags.count("--listen")) config.listen = parsed.flags["--listen"];
  if (parsed.flags.count("--base-url")) config.base_url = parsed.flags["--base-url"];
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan niet starten: " + app.error().detail);
  auto served = serve(**app);
  if (!served) return fail("Kan niet starten: " + served.error().detail);
  return 0;
}

int command_demo(const std::vector<std::string>& args, Config config) {
  auto parsed = parse_arguments(args, {"--if-empty"});
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  bool empty = accounts::count_accounts(*(*app)->db) == 0;
  if (!empty) {
    if (parsed.switches.count("--if-empty")) return 0;
    return fail("De datamap is niet leeg; voorbeeldinhoud is alleen voor een lege datamap.");
  }
  for (const auto& feature : all_features())
    if (feature.add_demo_content) feature.add_demo_content(**app);
  std::cout << "Voorbeeldinhoud toegevoegd aan " << (*app)->config.data_dir << "\n";
  return 0;
}

int command_backup(const std::vector<std::string>& args, Config config) {
  if (args.size() != 1) return fail("Gebruik: omzien backup BESTAND");
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  auto done = (*app)->db->backup_to(args[0]);
  if (!done) return fail("Back-up mislukt: " + done.error().detail);
  std::cout << "Back-up gemaakt en gecontroleerd: " << args[0] << "\n";
  return 0;
}

int command_admin(const std::vector<std::string>& args, Config config) {
  if (args.size() != 2) return fail("Gebruik: omzien admin grant|revoke|linkingpin E-MAIL");
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  const std::string& action = args[0];
  const std::string& email = args[1];
  Result<void> done = internal_error("unknown action");
  if (action == "grant") done = accounts::set_role(**app, email, accounts::Role::Staff, true);
  else if (action == "revoke") done = accounts::set_role(**app, email, accounts::Role::Staff, false);
  else if (action == "linkingpin") done = accounts::set_role(**app, email, accounts::Role::LinkingPin, true);
  else return fail("Onbekende actie: " + action + " (grant, revoke of linkingpin)");
  if (!done) return fail("Niet gelukt: " + done.error().detail);
  std::cout << "Gedaan.\n";
  return 0;
}


// omzien import initiatives FILE: prints the counts and every row that was not imported.
// Exit code 0 when every row was fine, 1 when some were not (the others are imported all the same).
int command_import(const std::vector<std::string>& args, Config config) {
  if (args.size() != 2 || (args[0] != "initiatives" && args[0] != "contacts")) {
    std::cerr << "Gebruik: omzien import initiatives BESTAND.json|BESTAND.csv\n"
                 "         omzien import contacts BESTAND.csv\n";
    return 2;
  }
  std::ifstream in(args[1], std::ios::binary);
  if (!in) return fail("Kan " + args[1] + " niet lezen.");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  if (args[0] == "contacts") {
    // The address file: the same checks as the import page, with the columns it guesses.
    auto contacts = outreach::import_contacts_file(**app, bytes, {});
    if (!contacts) return fail("Import mislukt, er is niets ingelezen: " + contacts.error().detail);
    for (const auto& line : outreach::describe_report(*contacts)) std::cout << line << "\n";
    return contacts->complete() ? 0 : 1;
  }
  auto report = initiatives::import_initiatives(**app, bytes);
  if (!report) return fail("Import mislukt: " + report.error().detail);
  for (const auto& line : initiatives::describe_report(*report)) std::cout << line << "\n";
  return report->complete() ? 0 : 1;
}

// omzien export initiatives --format json|csv [--output FILE] [--include-hidden]
int command_export(const std::vector<std::string>& args, Config config) {
  auto parsed = parse_arguments(args, {"--include-hidden"});
  auto format = initiatives::parse_export_format(parsed.flags.count("--format") ? parsed.flags["--format"] : "json");
  if (parsed.words != std::vector<std::string>{"initiatives"} || !format) {
    std::cerr << "Gebruik: omzien export initiatives --format json|csv [--output BESTAND] [--include-hidden]\n";
    return 2;
  }
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  auto which = parsed.switches.count("--include-hidden") ? initiatives::Which::All : initiatives::Which::Published;
  std::string file = initiatives::export_initiatives(**app, *format, which);
  if (!parsed.flags.count("--output")) {
    std::cout << file;
    return std::cout.flush() ? 0 : 1;
  }
  std::ofstream out(parsed.flags["--output"], std::ios::binary | std::ios::trunc);
  if (!out.write(file.data(), static_cast<std::streamsize>(file.size())) || !out.flush())
    return fail("Kan " + parsed.flags["--output"] + " niet schrijven.");
  return 0;
}

// omzien reindex: rebuilds the search index from the database. The running server holds the
// index (Xapian has one writer), so this says so in plain words instead of failing vaguely.
int command_reindex(const std::vector<std::string>& args, Config config) {
  if (!args.empty()) {
    std::cerr << "Gebruik: omzien reindex\n";
    return 2;
  }
  auto app = open_app(std::move(config));
  if (!app) return fail("Kan de datamap niet openen: " + app.error().detail);
  if (!(*app)->search_index) {
    auto opened = search_pages::open_search_index(**app);
    if (!opened && opened.error().kind == ErrorKind::Conflict)
      return fail("De zoekindex is in gebruik door de server die nu draait (omzien serve). Stop de server, "
                  "voer omzien reindex opnieuw uit en start de server daarna weer.");
    if (!opened) return fail("Kan de zoekindex niet openen: " + opened.error().detail);
  }
  auto rebuilt = search_pages::rebuild_search_index(**app);
  if (!rebuilt) return fail("Opnieuw opbouwen mislukt: " + rebuilt.error().detail);
  std::cout << "Zoekindex opnieuw opgebouwd: " << *rebuilt << (*rebuilt == 1 ? " item" : " items")
            << " (initiatieven en bijeenkomsten).\n";
  return 0;
}

}  // namespace

int run_command(const std::string& command, const std::vector<std::string>& args, Config config) {
  if (command == "serve") return command_serve(args, std::move(config));
  if (command == "demo") return command_demo(args, std::move(config));
  if (command == "backup") return command_backup(args, std::move(config));
  if (command == "admin") return command_admin(args, std::move(config));
  if (command == "import") return command_import(args, std::move(config));
  if (command == "export") return command_export(args, std::move(config));
  if (command == "reindex") return command_reindex(args, std::move(config));
  std::cerr << "Onbekende opdracht: " << command << ". Zie omzien --help.\n";
  return 2;
}

}  // namespace omzien
