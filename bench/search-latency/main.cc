// Search latency at scale: generates 100,000 initiatives (Dutch text from word lists, random
// places of the province, themes and points), builds an index with the platform's own code, and
// prints build time, index size and p50/p99 latency of one search at a time over a mix of query
// kinds (exact, compound, typo, synonym, place, question), with and without facet counts.
// Figures only, no pass/fail.
//
//   bench_search_latency [initiatives=100000] [rounds=30]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/log.h"
#include "geo/geo.h"
#include "search/index.h"
#include "search/initiative_document.h"

namespace {

using namespace omzien;
namespace fs = std::filesystem;

// Each kind of initiative with sentences of its own, so a topic's words occur mostly in documents
// about that topic (as in a real corpus: "voedselbank" in a few percent of the documents, not in
// every fourth).
struct Topic {
  std::string activity;
  std::vector<std::string> themes;
  std::vector<std::string> sentences;
};
const std::vector<Topic> kTopics = {
    {"repair café", {"duurzaamheid-energie"}, {"Kapotte broodroosters, lampen en broeken repareren we samen.", "Onze reparateurs hebben soldeerbouten en naaimachines.", "Zo gooien we minder weg en blijven spullen langer in gebruik."}},
    {"taalcafé", {"taal-integratie"}, {"Nieuwkomers oefenen hier Nederlands door gewoon te praten.", "Deelnemers komen uit Syrië, Eritrea, Polen en Marokko.", "Je hoeft geen huiswerk te maken, gezelligheid staat voorop."}},
    {"voedselbank", {"armoede-schulden", "voedsel"}, {"Gezinnen die krap zitten halen hier wekelijks een voedselpakket.", "Supermarkten doneren houdbare producten en verse groenten.", "Je hebt een verwijzing nodig van het sociaal team."}},
    {"buurtmoestuin", {"groen-natuur", "voedsel"}, {"In de moestuin kweken we tomaten, bonen en kruiden.", "Wie meehelpt met wieden en oogsten neemt groenten mee naar huis.", "De opbrengst delen we met de buren."}},
    {"kledingruil", {"duurzaamheid-energie", "armoede-schulden"}, {"Breng kleding die je niet meer draagt en neem iets anders mee.", "Kinderkleding groeit snel uit, daarom ruilen we.", "Alles wat overblijft gaat naar de kringloop."}},
    {"klusjesdienst", {"wonen-buurt", "ouderen"}, {"Handige vrijwilligers hangen lampen op en repareren kranen.", "Voor ouderen die het zelf niet meer kunnen doen we kleine klussen.", "Je betaalt alleen het materiaal."}},
    {"huiswerkbegeleiding", {"jongeren"}, {"Leerlingen krijgen hulp bij wiskunde, taal en plannen.", "Studenten en gepensioneerde leraren begeleiden de huiswerkklas.", "Ouders kunnen meekijken en vragen stellen."}},
    {"boodschappenhulp", {"ouderen", "zorg-welzijn"}, {"Vrijwilligers doen boodschappen voor wie slecht ter been is.", "Je belt je lijstje door en wij brengen het thuis.", "Vaak blijft de vrijwilliger even voor een kop koffie."}},
    {"wandelgroep", {"sport-bewegen", "gezondheid"}, {"Elke week lopen we een rondje van een uur door het park.", "Wandelen is goed voor je gezondheid en je ontmoet anderen.", "Rollators en wandelstokken zijn welkom, we lopen in een rustig tempo."}},
    {"buurtkoelkast", {"voedsel", "duurzaamheid-energie"}, {"In de koelkast leggen bewoners en bakkers eten dat over is.", "Iedereen mag pakken wat hij nodig heeft.", "Zo verspillen we minder voedsel."}},
    {"energiecoöperatie", {"duurzaamheid-energie"}, {"Leden investeren samen in zonnepanelen op daken in de buurt.", "De opbrengst van de zonnestroom komt terug naar de leden.", "Energiecoaches helpen huishoudens hun rekening te verlagen."}},
    {"schuldhulpmaatje", {"armoede-schulden"}, {"Getrainde maatjes helpen met de thuisadministratie en rekeningen.", "Samen maken we een overzicht van inkomsten en schulden.", "We werken samen met de schuldhulpverlening van de gemeente."}},
    {"digicafé", {"digitale-vaardigheden", "ouderen"}, {"Senioren leren omgaan met hun smartphone, tablet en DigiD.", "Vrijwilligers helpen met e-mail, WhatsApp en internetbankieren.", "Neem je eigen laptop of telefoon mee."}},
    {"fietsenwerkplaats", {"mobiliteit", "duurzaamheid-energie"}, {"In de werkplaats repareren we fietsen met onderdelen uit de kringloop.", "Jongeren leren banden plakken en remmen afstellen.", "Opgeknapte fietsen gaan naar statushouders."}},
    {"buurtmaaltijd", {"eenzaamheid", "voedsel"}, {"Eén keer per maand eten we samen aan een lange tafel.", "Vrijwilligers koken een driegangenmenu voor een kleine bijdrage.", "Niemand hoeft alleen te eten."}},
    {"bezoekdienst", {"eenzaamheid", "ouderen"}, {"Vrijwilligers gaan op bezoek bij ouderen die weinig contact hebben.", "Samen een wandeling maken of een spelletje doen.", "Een vast bezoekje per week maakt veel verschil."}},
    {"telefooncirkel", {"eenzaamheid", "ouderen"}, {"Elke ochtend bellen de deelnemers elkaar in een vaste volgorde.", "Neemt iemand niet op, dan gaat er iemand kijken.", "Zo weet je dat er iemand aan je denkt."}},
    {"buurtpreventie", {"veiligheid", "wonen-buurt"}, {"Bewoners lopen 's avonds een ronde door de wijk.", "Via de WhatsApp-groep waarschuwen we elkaar bij inbraken.", "We werken samen met de wijkagent."}},
    {"natuurspeeltuin", {"groen-natuur", "jongeren"}, {"Kinderen spelen met water, zand en boomstammen.", "Ouders bouwden samen de hutten en de waterpomp.", "Op woensdagmiddag zijn er activiteiten voor kinderen."}},
    {"zwerfafvalactie", {"groen-natuur", "wonen-buurt"}, {"Met prikstokken en hesjes ruimen we zwerfafval op.", "Plastic en blikjes scheiden we voor recycling.", "Scholen doen mee met een opruimochtend."}},
    {"geveltuinen", {"groen-natuur", "wonen-buurt"}, {"We halen tegels weg en planten bloemen langs de gevels.", "Meer groen houdt regenwater vast en is goed voor bijen.", "De gemeente levert plantjes en potgrond."}},
    {"buurtkoor", {"cultuur"}, {"Wekelijks zingen we onder leiding van een dirigent.", "Je hoeft geen noten te kunnen lezen.", "Twee keer per jaar geven we een concert in de kerk."}},
    {"voorleesproject", {"taal-integratie", "jongeren"}, {"Vrijwilligers lezen thuis voor aan jonge kinderen.", "Ouders leren hoe ze zelf kunnen voorlezen.", "Zo groeit de woordenschat van kinderen met een taalachterstand."}},
    {"mantelzorgcafé", {"mantelzorg", "zorg-welzijn"}, {"Mantelzorgers delen ervaringen over de zorg voor een naaste.", "Even op adem komen met lotgenoten.", "Soms komt er een spreker over respijtzorg."}},
    {"alzheimer café", {"zorg-welzijn", "ouderen"}, {"Mensen met dementie en hun partners komen samen.", "Een deskundige vertelt over geheugenproblemen.", "Na afloop is er tijd voor een gesprek."}},
    {"jongerenplek", {"jongeren"}, {"Tieners hebben een eigen ruimte om te chillen en te gamen.", "Jongeren bedenken zelf de activiteiten.", "Een jongerenwerker is er op vrijdagavond."}},
    {"sportinstuif", {"sport-bewegen", "jongeren"}, {"Kinderen doen gratis mee met voetbal, basketbal en dans.", "Een buurtsportcoach leidt de trainingen.", "Sport is goed voor lichaam en zelfvertrouwen."}},
    {"buurtbus", {"mobiliteit", "ouderen"}, {"Vrijwillige chauffeurs rijden ouderen naar de huisarts en het ziekenhuis.", "Je belt een dag van tevoren om een rit te plannen.", "De bus heeft een lift voor rolstoelen."}},
    {"weggeefwinkel", {"armoede-schulden", "duurzaamheid-energie"}, {"Alles in de winkel is gratis: kleding, boeken en huisraad.", "Je mag drie spullen per keer meenemen.", "Spullen brengen kan op zaterdag."}},
    {"kookclub", {"voedsel", "gezondheid"}, {"Samen koken we gezonde en goedkope gerechten.", "Recepten uit verschillende landen komen op tafel.", "Wat we koken eten we samen op."}},
    {"speelgoedbank", {"armoede-schulden", "jongeren"}, {"Kinderen uit gezinnen met weinig geld kiezen gratis speelgoed.", "Speelgoed wordt gedoneerd door bewoners en winkels.", "Rond Sinterklaas is het extra druk."}},
    {"fietsles", {"mobiliteit", "taal-integratie"}, {"Vrouwen die nooit hebben leren fietsen krijgen les.", "We oefenen eerst op een plein en daarna in het verkeer.", "Aan het eind krijg je een tweedehands fiets."}},
    {"inloopochtend", {"eenzaamheid", "wonen-buurt"}, {"Loop binnen voor koffie, een krant en een praatje.", "Er is altijd iemand die luistert.", "Soms is er een spreekuur van het wijkteam."}},
    {"buurtfeest", {"wonen-buurt", "cultuur"}, {"Eén keer per jaar sluiten we de straat af voor een feest.", "Er is muziek, een springkussen en een barbecue.", "Zo leren buren elkaar kennen."}},
};

const std::vector<std::string> kGroups = {
    "ouderen", "jongeren", "kinderen", "nieuwkomers", "mantelzorgers", "buurtbewoners", "gezinnen",
    "minima", "mensen met een beperking", "statushouders", "senioren", "65-plussers", "tieners",
    "alleenstaanden", "vrijwilligers", "iedereen in de wijk"};
const std::vector<std::string> kThemes = {
    "zorg-welzijn", "eenzaamheid", "armoede-schulden", "voedsel", "duurzaamheid-energie", "groen-natuur",
    "taal-integratie", "jongeren", "ouderen", "cultuur", "sport-bewegen", "wonen-buurt", "veiligheid",
    "mobiliteit", "digitale-vaardigheden", "mantelzorg", "gezondheid"};
const std::vector<std::string> kTargetGroups = {
    "ouderen", "jongeren", "kinderen", "gezinnen", "nieuwkomers", "mantelzorgers",
    "mensen-met-een-beperking", "minima", "buurtbewoners", "iedereen"};
const std::vector<std::string> kNouns = {
    "Verbinding", "Brug", "Lichtpunt", "Schakel", "Ontmoeting", "Buurtkracht", "Samenloop", "Kompas",
    "Vonk", "Zonnebloem", "Wissel", "Haven", "Draad", "Hoek", "Tafel", "Kring", "Stek", "Kiem"};
// Sentences any initiative may write, with slots: {a} activity, {g} group, {p} place, {d} day,
// {o} thing, {n} and {m} first names, {s} street, {y} year, {k} a number, {q} municipality.
const std::vector<std::string> kSentences = {
    "Elke {d} komen we samen in het buurthuis aan de {s} om {a} te organiseren voor {g}.",
    "Onze vrijwilligers helpen {g} met {a}, gewoon bij jou in {p}.",
    "Je hoeft je niet aan te melden: loop binnen, de {o} staat klaar.",
    "We zoeken nog vrijwilligers die een paar uur per maand willen meehelpen met {a}.",
    "Samen met de gemeente en de wijkagent maken we de {s} veiliger en gezelliger.",
    "{n} begon in {y} met {a} aan de keukentafel, inmiddels doen er {k} mensen mee.",
    "De {o} krijgen we van bewoners uit {p} en de winkels aan de {s}.",
    "Kom gerust eens kijken op {d}middag, {n} of {m} vertelt je graag meer.",
    "Voor {a} hebben we een vaste plek gevonden in de kantine van de sportclub.",
    "Bewoners van de {s} en omgeving kunnen zich opgeven via de website.",
    "We werken samen met het wijkteam, de bibliotheek en de kerk in {p}.",
    "Het idee ontstond toen {n} merkte dat veel {g} in {p} niet wisten waar ze terecht konden.",
    "Deelname is gratis; een vrijwillige bijdrage voor de {o} is welkom.",
    "In de zomer verhuizen we naar buiten, naar het park bij de {s}.",
    "Twee keer per jaar organiseren we een {a} voor de hele wijk.",
    "Met een subsidie van de gemeente {q} konden we nieuwe {o} kopen.",
    "Onze groep bestaat uit {k} vaste vrijwilligers en een flinke schil van helpers.",
    "Heb je verstand van {o}? Dan zoeken we jou voor {a}.",
    "We houden het laagdrempelig: geen formulieren, geen wachtlijst, gewoon langskomen."};
const std::vector<std::string> kDays = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
const std::vector<std::string> kThings = {
    "koffie", "thee", "soep", "boeken", "gereedschap", "fietsen", "laptops", "naaimachines", "planten",
    "zaden", "lampen", "stoelen", "spelletjes", "puzzels", "jassen", "schoenen", "broodroosters",
    "kinderkleding", "verf", "potgrond", "tablets", "strijkijzers", "speelgoed", "boodschappen"};
const std::vector<std::string> kFirstNames = {
    "Ria", "Ahmed", "Fatima", "Kees", "Anouk", "Mohamed", "Els", "Jan", "Sanne", "Yusuf", "Henk",
    "Marieke", "Ali", "Ineke", "Bram", "Noor", "Joke", "Daan", "Samira", "Piet", "Lotte", "Hassan"};
const std::vector<std::string> kStreetWords = {
    "Linden", "Eiken", "Beuken", "Kastanje", "Merel", "Lijster", "Spreeuw", "Vink", "Rembrandt",
    "Vermeer", "Mozart", "Bach", "Tulp", "Roos", "Iris", "Dahlia", "Molen", "Kerk", "Dorps", "School",
    "Kanaal", "Haven", "Weide", "Akker", "Polder", "Dijk", "Beek", "Bron", "Heide", "Zand"};
const std::vector<std::string> kStreetKinds = {"straat", "laan", "weg", "plein", "hof", "singel", "kade", "pad"};

std::string pick(const std::vector<std::string>& list, std::mt19937& random) {
  return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
}

std::string fill(std::string text, const std::map<std::string, std::string>& slots) {
  for (const auto& [slot, value] : slots)
    for (auto at = text.find(slot); at != std::string::npos; at = text.find(slot, at + value.size())) text.replace(at, slot.size(), value);
  return text;
}

search::InitiativeFields generate(std::size_t number, const std::vector<geo::Place>& places, std::mt19937& random) {
  const geo::Place& place = places[std::uniform_int_distribution<std::size_t>(0, places.size() - 1)(random)];
  const Topic& topic = kTopics[std::uniform_int_distribution<std::size_t>(0, kTopics.size() - 1)(random)];
  const std::string& activity = topic.activity;
  std::string group = pick(kGroups, random);
  std::string capitalised = activity;
  capitalised[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalised[0])));
  search::InitiativeFields fields;
  fields.id = std::to_string(number);
  fields.external_id = "G" + fields.id;
  switch (number % 3) {
    case 0: fields.name = capitalised + " " + std::string(place.name); break;
    case 1: fields.name = "Stichting " + pick(kNouns, random); break;
    default: fields.name = "De " + pick(kNouns, random) + " " + std::string(place.name); break;
  }
  fields.summary = capitalised + " voor " + group + " in " + std::string(place.name) + ".";
  const geo::Municipality* home = geo::find_municipality(place.municipality_code);
  std::map<std::string, std::string> slots = {
      {"{a}", activity}, {"{g}", group}, {"{p}", std::string(place.name)}, {"{d}", pick(kDays, random)},
      {"{o}", pick(kThings, random)}, {"{n}", pick(kFirstNames, random)}, {"{m}", pick(kFirstNames, random)},
      {"{s}", pick(kStreetWords, random) + pick(kStreetKinds, random)},
      {"{y}", std::to_string(std::uniform_int_distribution<int>(1995, 2025)(random))},
      {"{k}", std::to_string(std::uniform_int_distribution<int>(3, 80)(random))},
      {"{q}", home ? std::string(home->name) : "Utrecht"}};
  for (const auto& sentence : topic.sentences)
    if (std::uniform_int_distribution<int>(0, 3)(random) > 0) fields.description += sentence + " ";
  int general = std::uniform_int_distribution<int>(1, 3)(random);
  for (int i = 0; i < general; ++i) fields.description += fill(pick(kSentences, random), slots) + " ";
  fields.themes = topic.themes;
  if (number % 5 == 0) fields.themes.push_back(pick(kThemes, random));
  fields.target_groups = {pick(kTargetGroups, random)};
  fields.offers = {"ervaring met " + activity};
  fields.needs = {"vrijwilligers voor " + activity};
  fields.municipality = home ? std::string(home->name) : "Utrecht";
  fields.place = std::string(place.name);
  std::normal_distribution<double> jitter(0, 0.008);
  fields.location = geo::LatLon{place.centre.lat + jitter(random), place.centre.lon + jitter(random)};
  fields.phase = number % 4 == 0 ? "startend" : "gevestigd";
  fields.created = 1700000000 + static_cast<std::int64_t>(number) * 60;
  return fields;
}

std::uintmax_t folder_size(const fs::path& folder) {
  std::uintmax_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) total += entry.file_size();
  return total;
}

double percentile(std::vector<double> values, double share) {
  std::sort(values.begin(), values.end());
  std::size_t at = static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(at, values.size() - 1)];
}

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string line;
  std::getline(in, line);
  return line + "\n";
}

struct TimedQuery {
  std::string kind, text;
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = argc > 1 ? std::stoul(argv[1]) : 100000;
  int rounds = argc > 2 ? std::stoi(argv[2]) : 30;
  set_log_level(LogLevel::Warning);
  std::vector<geo::Place> places;
  for (const auto& place : geo::places())
    if (place.kind != geo::PlaceKind::Province) places.push_back(place);

  fs::path folder = fs::temp_directory_path() / ("omzien-search-latency-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  auto started = std::chrono::steady_clock::now();
  auto index = search::Index::open(folder.string());
  if (!index) {
    std::printf("cannot open index: %s\n", index.error().detail.c_str());
    return 1;
  }
  double open_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  std::mt19937 random(42);
  std::size_t made = 0;
  started = std::chrono::steady_clock::now();
  auto built = (*index)->rebuild([&]() -> std::optional<search::Document> {
    if (made >= count) return std::nullopt;
    return search::initiative_document(generate(made++, places, random));
  });
  if (!built) {
    std::printf("cannot build index: %s\n", built.error().detail.c_str());
    return 1;
  }
  double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%zu generated initiatives: index built in %.1f s (%.0f documents/s), %.1f MB on disk; opening "
              "(dictionary load) %.0f ms\n",
              count, build_s, static_cast<double>(count) / build_s, static_cast<double>(folder_size(folder)) / 1e6, open_ms);

  const std::vector<TimedQuery> queries = {
      {"exact", "voedselbank"}, {"exact", "kledingruil"}, {"exact", "buurtkoelkast"},
      {"compound", "moestuin"}, {"compound", "buurt tuin"}, {"compound", "voedsel bank"},
      {"typo", "mantelzrog"}, {"typo", "voedselbnak"}, {"typo", "huiswerkbegeleidng"},
      {"synonym", "senioren"}, {"synonym", "asielzoekers"}, {"synonym", "alleen zijn"},
      {"place", "taalcafe amersfoort"}, {"place", "repair cafe overvecht"}, {"place", "zeist"},
      {"question", "waar kan ik mijn fiets laten maken in zeist"},
      {"question", "wie helpt mijn moeder met haar telefoon"},
      {"question", "hoe kom ik aan gratis kleding voor mijn kinderen"},
  };
  std::printf("load average now: %s", load_average().c_str());
  std::printf("wall: time as a user waits for it; cpu: time the search thread ran (less disturbed by other work on the machine)\n");
  for (bool facets : {true, false}) {
    std::map<std::string, std::vector<double>> wall_by_kind, cpu_by_kind, per_query;
    std::vector<double> wall, cpu;
    for (int round = 0; round <= rounds; ++round) {
      for (const auto& query : queries) {
        search::SearchQuery request;
        request.text = query.text;
        request.limit = 20;
        request.count_facets = facets;
        auto begin = std::chrono::steady_clock::now();
        double cpu_begin = thread_cpu_ms();
        auto results = (*index)->search(request);
        double cpu_ms = thread_cpu_ms() - cpu_begin;
        double wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
        if (!results) std::printf("%s failed: %s\n", query.text.c_str(), results.error().detail.c_str());
        if (round == 0) continue;  // warm-up
        wall_by_kind[query.kind].push_back(wall_ms);
        per_query[query.text].push_back(cpu_ms);
        cpu_by_kind[query.kind].push_back(cpu_ms);
        wall.push_back(wall_ms);
        cpu.push_back(cpu_ms);
      }
    }
    std::printf("\n%s, one query at a time, %zu searches:\n", facets ? "search page (with facet counts)" : "API (no facet counts)",
                wall.size());
    auto line = [](const std::string& kind, const std::vector<double>& w, const std::vector<double>& c) {
      std::printf("    %-10s wall p50 %6.2f ms  p99 %6.2f ms    cpu p50 %6.2f ms  p99 %6.2f ms\n", kind.c_str(),
                  percentile(w, 0.5), percentile(w, 0.99), percentile(c, 0.5), percentile(c, 0.99));
    };
    line("all", wall, cpu);
    for (const auto& [kind, values] : wall_by_kind) line(kind, values, cpu_by_kind[kind]);
    for (const auto& [text, values] : per_query)
      std::printf("      %-50s cpu p50 %6.2f ms  p99 %6.2f ms\n", text.c_str(), percentile(values, 0.5), percentile(values, 0.99));
  }
  fs::remove_all(folder);
  return 0;
}
