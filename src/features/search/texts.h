// Dutch text of the search pages. B1, "je".
#pragma once

namespace omzien::search_pages::texts {

inline constexpr const char* kTitle = "Zoeken";
inline constexpr const char* kResultsTitle = "Zoekresultaten";
inline constexpr const char* kUnavailable = "Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw, of bekijk de lijst met alle initiatieven.";
inline constexpr const char* kWithoutWord = "zonder een van de woorden";
inline constexpr const char* kWithoutFilters = "zonder filters";
inline constexpr const char* kSpelling = "andere spelling";

}  // namespace omzien::search_pages::texts
