// Every Dutch word the monitor shows or exports. Plain Dutch (B1), "je".
#pragma once

#include <array>
#include <string_view>

namespace omzien::monitoring::texts {

inline constexpr const char* kTitle = "Monitor: hoe gaat het?";
inline constexpr std::array<std::string_view, 6> kStepLabels = {
    "In het adresbestand", "Benaderd (gemaild of gebeld)", "Wil meedoen", "Profiel aangemaakt",
    "Profiel compleet",    "Actief in de laatste 90 dagen"};
inline constexpr std::array<std::string_view, 4> kBandLabels = {"Minder dan 50%", "50 tot 75%", "75 tot 100%",
                                                                "100%"};

inline constexpr std::array<std::string_view, 12> kShortMonths = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                                                  "jul", "aug", "sep", "okt", "nov", "dec"};

inline constexpr const char* kNoMunicipality = "(geen gemeente)";
inline constexpr const char* kProvinceWide = "Hele provincie";
inline constexpr const char* kNoProfileLinked = "(nog geen profiel gekoppeld)";
inline constexpr const char* kNoTheme = "(geen thema)";
inline constexpr const char* kNoLinkingPin = "(geen LinkingPin)";
inline constexpr const char* kFormerLinkingPin = "(geen LinkingPin meer)";
inline constexpr const char* kLinkingPinNumbered = "LinkingPin ";
inline constexpr const char* kUnknownBefore = "onbekend";

// The filter form.
inline constexpr const char* kAllMunicipalities = "Alle gemeenten";
inline constexpr const char* kAllThemes = "Alle thema's";
inline constexpr const char* kAllLinkingPins = "Alle contacten";
inline constexpr const char* kWithoutLinkingPin = "Zonder LinkingPin";
inline constexpr const char* kDateInvalid = "Vul een datum in zoals 2026-09-01 of 1-9-2026.";
inline constexpr const char* kMunicipalityUnknown = "Kies een gemeente uit de lijst.";
inline constexpr const char* kThemeUnknown = "Kies een thema uit de lijst.";
inline constexpr const char* kLinkingPinUnknown = "Kies een LinkingPin uit de lijst.";
inline constexpr const char* kPeriodBackwards = "De einddatum moet na de begindatum liggen.";

// Charts: the title a screen reader reads, and the description under it.
inline constexpr const char* kFunnelChartTitle = "Trechter: van adresbestand naar actief initiatief";
inline constexpr const char* kFunnelChartDescription =
    "Staafdiagram. Hoeveel contacten elke stap bereikten. Dezelfde getallen staan in de tabel eronder.";
inline constexpr const char* kWeeksChartTitle = "Verloop per week";
inline constexpr const char* kWeeksChartDescription =
    "Lijndiagram. Per week hoeveel contacten een stap hadden bereikt aan het eind van die week. "
    "Dezelfde getallen staan in de tabel eronder.";
inline constexpr const char* kBandsChartTitle = "Hoe compleet zijn de profielen?";
inline constexpr const char* kBandsChartDescription =
    "Staafdiagram. Hoeveel profielen in elke groep vallen. Dezelfde getallen staan in de tabel eronder.";

// The CSV export: a long table that a spreadsheet can pivot.
inline constexpr const char* kCsvPart = "Onderdeel";
inline constexpr const char* kCsvGroup = "Groep";
inline constexpr const char* kCsvMeasure = "Meting";
inline constexpr const char* kCsvCount = "Aantal";
inline constexpr const char* kCsvFunnel = "Trechter";
inline constexpr const char* kCsvAll = "Alle contacten";
inline constexpr const char* kCsvWeek = "Per week (stand aan het eind van de week)";
inline constexpr const char* kCsvMunicipality = "Per gemeente";
inline constexpr const char* kCsvTheme = "Per thema";
inline constexpr const char* kCsvLinkingPin = "Per LinkingPin";
inline constexpr const char* kCsvProfiles = "Profielen";
inline constexpr const char* kCsvCompleteness = "Volledigheid van profielen";
inline constexpr const char* kCsvProfilesTotal = "Alle profielen";
inline constexpr const char* kCsvProfilesClaimed = "Beheerd door het initiatief zelf";
inline constexpr const char* kCsvProfilesUnclaimed = "Nog niet overgenomen";
inline constexpr const char* kCsvProfilesComplete = "Compleet (75% of meer)";
inline constexpr const char* kCsvAveragePercent = "Gemiddeld percentage compleet";
inline constexpr const char* kCsvProfileCount = "Profielen";
inline constexpr const char* kCsvMissedSearches = "Zoekopdrachten zonder resultaat, {} tot en met {}";
inline constexpr const char* kCsvTimes = "Keer gezocht";
inline constexpr const char* kCsvEvents = "Bijeenkomsten";
inline constexpr const char* kCsvEventTotals = "Alle bijeenkomsten samen";
inline constexpr const char* kCsvRegistered = "Aangemeld";
inline constexpr const char* kCsvAttended = "Gekomen";
inline constexpr const char* kCsvWalkIns = "Zonder aanmelding gekomen";
inline constexpr const char* kCsvWeekOf = "Week van ";
inline constexpr const char* kCsvFilter = "Filter";
inline constexpr const char* kCsvSurvey = "Behoeftepeiling: ";
inline constexpr const char* kCsvSurveyAll = "Alle initiatieven";
inline constexpr const char* kCsvInvited = "Uitgenodigd";
inline constexpr const char* kCsvResponses = "Geantwoord";
inline constexpr const char* kCsvFilterMunicipality = "Gemeente";
inline constexpr const char* kCsvFilterTheme = "Thema";
inline constexpr const char* kCsvFilterLinkingPin = "LinkingPin";
inline constexpr const char* kCsvFilterOneLinkingPin = "Eén LinkingPin";
inline constexpr const char* kCsvFilterFrom = "Vanaf";
inline constexpr const char* kCsvFilterUntil = "Stand op";

}  // namespace omzien::monitoring::texts
