// Dutch text of initiative profiles and the directory. B1, "je".
#pragma once

namespace omzien::initiatives::texts {

inline constexpr const char* kNameRequired = "Vul de naam van je initiatief in.";
inline constexpr const char* kNameTooLong = "De naam mag hoogstens 100 tekens lang zijn.";
inline constexpr const char* kNameTaken = "Er staat al een initiatief met deze naam in deze gemeente. Kies een andere naam, of vraag de beheerders van dat profiel of je mee mag doen.";
inline constexpr const char* kMunicipalityRequired = "Kies de gemeente waar je initiatief actief is.";
inline constexpr const char* kThemesRequired = "Kies minstens één thema.";
inline constexpr const char* kThemeUnknown = "Kies een thema uit de lijst.";
inline constexpr const char* kSentenceRequired = "Vertel in één zin wat jullie doen.";
inline constexpr const char* kSentenceTooLong = "Deze zin is te lang: hoogstens 160 tekens. Nu zijn het er {}.";
inline constexpr const char* kEmailRequired = "Vul een e-mailadres in waarop mensen jullie kunnen bereiken.";
inline constexpr const char* kEmailInvalid = "Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.";
inline constexpr const char* kDescriptionTooLong = "De beschrijving mag hoogstens 5000 tekens lang zijn.";
inline constexpr const char* kWebsiteInvalid = "Vul een webadres in dat begint met https:// of http://.";
inline constexpr const char* kSocialInvalid = "Elke regel moet een webadres zijn dat begint met https:// (hoogstens 5).";
inline constexpr const char* kPhoneInvalid = "Dit lijkt geen telefoonnummer. Bijvoorbeeld: 030 123 45 67 of 06 12345678.";
inline constexpr const char* kPostcodeInvalid = "Een postcode ziet eruit als 3712 AB.";
inline constexpr const char* kFoundedInvalid = "Vul een jaartal in, bijvoorbeeld 2015.";
inline constexpr const char* kChoiceInvalid = "Kies een van de mogelijkheden.";
inline constexpr const char* kListTooLong = "Hoogstens 10 regels, elk hoogstens 100 tekens.";
inline constexpr const char* kTextTooLong = "Dit is te lang: hoogstens 500 tekens.";
inline constexpr const char* kTargetGroupUnknown = "Kies een doelgroep uit de lijst.";

inline constexpr const char* kCreated = "Je initiatief staat erop. Iedereen kan het nu vinden.";
inline constexpr const char* kSaved = "De wijzigingen zijn bewaard.";
inline constexpr const char* kProvinceWide = "Hele provincie";

}  // namespace omzien::initiatives::texts
