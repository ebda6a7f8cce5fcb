// Dutch text of the map, near me and finding a profile's spot. B1, "je".
#pragma once

namespace omzien::map::texts {

inline constexpr const char* kMapTitle = "Kaart van initiatieven";
inline constexpr const char* kEmbedTitle = "Kaart van bewonersinitiatieven";

// Search words on the map.
inline constexpr const char* kSearchUnavailable =
    "Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw, of bekijk de kaart zonder zoekwoorden.";

// Near me.
inline constexpr const char* kYourLocation = "jouw plek";
inline constexpr const char* kNearNotFound =
    "We kennen deze plaats of postcode niet. Kijk de spelling na, of probeer een plaats in de buurt.";
inline constexpr const char* kNearUnavailable =
    "Postcodes opzoeken lukt nu even niet. Vul een plaats of wijk in, zoals Zeist of Overvecht.";
inline constexpr const char* kNearTooOften =
    "Je hebt veel plaatsen achter elkaar opgezocht. Wacht een paar minuten en probeer het dan opnieuw.";
inline constexpr const char* kNearOutsideProvince =
    "Deze plek ligt buiten de provincie Utrecht. Kies een plaats in de provincie Utrecht.";

// Finding the spot of a profile (form and JSON look-up).
inline constexpr const char* kFoundAt = "We vonden de plek van {}.";
inline constexpr const char* kPinSaved = "De plek op de kaart is bewaard.";
inline constexpr const char* kPinOutsideProvince =
    "De speld stond buiten de provincie Utrecht. We hebben de plek opnieuw opgezocht.";
inline constexpr const char* kNoSpotSaved =
    "Je profiel is wel bewaard. Op de kaart staat het in het midden van je gemeente.";
inline constexpr const char* kLoginToLookUp = "Log in om adressen op te zoeken.";
inline constexpr const char* kLookUpTooOften =
    "Je hebt veel adressen achter elkaar opgezocht. Wacht een paar minuten en probeer het dan opnieuw.";

}  // namespace omzien::map::texts
