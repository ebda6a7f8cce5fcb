// Dutch text of logging in, accounts and the staff's help desk. B1, "je".
#pragma once

namespace omzien::accounts::texts {

inline constexpr const char* kLoginMailSubject = "Je inlogcode voor Omzien";
inline constexpr const char* kEmailRequired = "Vul je e-mailadres in.";
inline constexpr const char* kEmailInvalid = "Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.";
inline constexpr const char* kTooManyMails =
    "Je hebt al een paar keer een code gevraagd. Wacht een uur en probeer het dan opnieuw. Kijk ook in de map met ongewenste mail.";
inline constexpr const char* kTooManyMailsFromHere =
    "Vanaf deze plek zijn veel codes gevraagd. Wacht een uur en probeer het dan opnieuw.";
inline constexpr const char* kCodeRequired = "Vul de code uit de mail in. Die bestaat uit 6 cijfers.";
inline constexpr const char* kCodeWrong = "Deze code klopt niet. Kijk goed naar de code in de nieuwste mail.";
inline constexpr const char* kCodeTriesLeftOne = "Je kunt het nog 1 keer proberen.";
inline constexpr const char* kCodeTriesLeftMany = "Je kunt het nog {} keer proberen.";
inline constexpr const char* kCodeExpired =
    "Deze code werkt niet meer: hij is verlopen, al gebruikt of te vaak fout ingevuld. Vraag hieronder een nieuwe code aan.";
inline constexpr const char* kTooManyCodeTries = "Je hebt te vaak een code geprobeerd. Wacht een uur en probeer het dan opnieuw.";
inline constexpr const char* kNewCodeSent = "We hebben een nieuwe code gestuurd. Gebruik de code uit de nieuwste mail.";
inline constexpr const char* kLoggedIn = "Je bent ingelogd.";
inline constexpr const char* kLoggedOut = "Je bent uitgelogd.";
inline constexpr const char* kLoggedOutEverywhere = "Je bent overal uitgelogd. Log opnieuw in als je verder wilt.";
inline constexpr const char* kSessionEnded = "Dat apparaat is uitgelogd.";
inline constexpr const char* kNameSaved = "Je naam is bewaard.";
inline constexpr const char* kNameTooLong = "Je naam mag hoogstens 100 tekens lang zijn.";
inline constexpr const char* kNameInvalid = "Je naam kan geen regeleinden of speciale tekens bevatten.";
inline constexpr const char* kDeleteConfirmRequired = "Vink aan dat je je account echt wilt verwijderen.";
inline constexpr const char* kAccountDeleted = "Je account is verwijderd. Bedankt dat je meedeed.";

inline constexpr const char* kTotpRequired = "Vul de 6 cijfers uit je app in, of een herstelcode.";
inline constexpr const char* kTotpWrong = "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat, en gebruik de nieuwste code.";
inline constexpr const char* kTotpTooManyTries = "Je hebt te vaak een code geprobeerd. Wacht een kwartier.";
inline constexpr const char* kSecondFactorDone = "Gelukt. Je kunt nu bij het beheer.";

inline constexpr const char* kStaffLoginMailSent = "Er is een nieuwe inlogmail gestuurd.";
inline constexpr const char* kStaffEmailChanged = "Het e-mailadres is gewijzigd. De persoon is overal uitgelogd.";
inline constexpr const char* kStaffEmailTaken = "Er is al een account met dit e-mailadres.";
inline constexpr const char* kStaffIdentityRequired = "Vink aan dat je hebt gecontroleerd met wie je spreekt.";
inline constexpr const char* kStaffRolesSaved = "De rollen zijn bewaard.";
inline constexpr const char* kStaffCannotRemoveOwnStaff = "Je kunt je eigen medewerkersrol niet zelf afnemen. Vraag een collega.";

}  // namespace omzien::accounts::texts
