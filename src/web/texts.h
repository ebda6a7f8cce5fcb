// Dutch text that the web layer shows (error pages, refusals). B1: short sentences, no jargon.
// The platform says "je" to everyone, as the initiatives do among themselves.
#pragma once

namespace omzien::web::texts {

inline constexpr const char* kErrorTitle400 = "Dit verzoek klopt niet";
inline constexpr const char* kErrorMessage400 = "Je browser stuurde iets wat wij niet begrijpen. Ga terug en probeer het nog eens.";
inline constexpr const char* kErrorTitle403 = "Dit mag je niet doen";
inline constexpr const char* kErrorMessage403 = "Je hebt geen toegang tot deze pagina. Ben je misschien niet ingelogd, of met een ander e-mailadres?";
inline constexpr const char* kErrorTitle404 = "Deze pagina bestaat niet";
inline constexpr const char* kErrorMessage404 = "Misschien is de pagina verhuisd, of klopt het adres niet. Zoek hieronder of ga naar de startpagina.";
inline constexpr const char* kErrorTitle405 = "Dit kan zo niet";
inline constexpr const char* kErrorMessage405 = "Deze pagina werkt niet op deze manier. Ga terug en probeer het opnieuw.";
inline constexpr const char* kErrorTitle409 = "Dit botst met iets wat er al is";
inline constexpr const char* kErrorMessage409 = "Iemand anders heeft dit net veranderd, of het bestaat al. Ga terug en kijk of alles klopt.";
inline constexpr const char* kErrorTitle413 = "Dit is te groot";
inline constexpr const char* kErrorMessage413 = "Wat je stuurde is groter dan wij aannemen. Een foto mag hoogstens 10 MB zijn. Ga terug en kies een kleiner bestand.";
inline constexpr const char* kErrorTitle429 = "Even wachten";
inline constexpr const char* kErrorMessage429 = "Je hebt dit te vaak achter elkaar gedaan. Wacht even en probeer het dan opnieuw.";
inline constexpr const char* kErrorTitle500 = "Er ging iets mis";
inline constexpr const char* kErrorMessage500 = "Dit is onze fout, niet de jouwe. Probeer het over een paar minuten opnieuw. Wat je al had opgeslagen, is bewaard.";
inline constexpr const char* kErrorTitle503 = "Het is nu te druk";
inline constexpr const char* kErrorMessage503 = "De website is even te druk. Probeer het over een minuut opnieuw.";
inline constexpr const char* kErrorTitleOther = "Er ging iets mis";
inline constexpr const char* kErrorMessageOther = "Probeer het opnieuw.";

inline constexpr const char* kCsrfTitle = "Deze pagina was verlopen";
inline constexpr const char* kCsrfMessage =
    "Voor je veiligheid hebben we dit formulier niet verwerkt. Ga terug, laad de pagina opnieuw en probeer het nog eens.";
inline constexpr const char* kBadMultipartTitle = "Het formulier kwam niet goed aan";
inline constexpr const char* kBadMultipart = "Er ging iets mis bij het versturen. Ga terug en probeer het opnieuw.";

}  // namespace omzien::web::texts
