// Dutch text of the search pages. B1, "je".
#pragma once

namespace omzien::search_pages::texts {

inline constexpr const char* kTitle = "Zoeken";
inline constexpr const char* kResultsTitle = "Zoekresultaten";
inline constexpr const char* kUnavailable = "Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw, of bekijk de lijst met alle initiatieven.";
inline constexpr const char* kWithoutWord = "zonder een van de woorden";
inline constexpr const char* kWithoutFilters = "zonder filters";
inline constexpr const char* kSpelling = "andere spelling";
inline constexpr const char* kMissedSearchesTitle = "Zoekopdrachten zonder resultaat";

// Staff's own synonyms.
inline constexpr const char* kSynonymsTitle = "Woorden die hetzelfde betekenen";
inline constexpr const char* kSynonymEditTitle = "Groep wijzigen";
inline constexpr const char* kSynonymsTooFew = "Vul minstens twee woorden in, met een komma ertussen. Of vul één woord in en daaronder wat het ook moet vinden.";
inline constexpr const char* kSynonymsTooMany = "Dat zijn te veel woorden. Zet er hooguit 20 in één groep.";
inline constexpr const char* kSynonymTooLong = "Een woord is te lang. Houd elk woord of elke woordgroep onder de 60 tekens.";
inline constexpr const char* kSynonymCharacters = "Gebruik geen # en geen =>. Zet alleen een komma tussen de woorden.";
inline constexpr const char* kSynonymTooCommon = "Met „{}” kan zoeken niets: het woord is te algemeen. Kies een woord dat iets zegt.";
inline constexpr const char* kSynonymTwice = "„{}” staat er twee keer in.";
inline constexpr const char* kSynonymAdded = "De groep is toegevoegd. Zoeken gebruikt hem meteen.";
inline constexpr const char* kSynonymChanged = "De groep is gewijzigd. Zoeken gebruikt hem meteen.";
inline constexpr const char* kSynonymRemoved = "De groep is verwijderd. Zoeken gebruikt hem niet meer.";
inline constexpr const char* kSynonymNotApplied = "De groep is opgeslagen, maar zoeken kon hem nog niet gebruiken. Dat gebeurt vanzelf bij de volgende start van de website.";
inline constexpr const char* kAuditSynonymAdded = "Synoniemen toegevoegd: {}";
inline constexpr const char* kAuditSynonymChanged = "Synoniemen gewijzigd: {}";
inline constexpr const char* kAuditSynonymRemoved = "Synoniemen verwijderd: {}";

}  // namespace omzien::search_pages::texts
