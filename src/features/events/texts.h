// Dutch text of bijeenkomsten. B1, "je".
#pragma once

namespace omzien::events::texts {

inline constexpr const char* kFoundationName = "Stichting Omzien naar Elkaar";
inline constexpr const char* kProvinceWide = "Hele provincie";
inline constexpr const char* kOnline = "Online";
inline constexpr const char* kFree = "Gratis";
inline constexpr const char* kAlsoOnline = "(en online)";

// The form.
inline constexpr const char* kTitleRequired = "Geef de bijeenkomst een titel.";
inline constexpr const char* kTitleTooLong = "De titel mag hoogstens 120 tekens lang zijn.";
inline constexpr const char* kDescriptionRequired = "Vertel kort wat er gebeurt op de bijeenkomst.";
inline constexpr const char* kDescriptionTooLong = "De beschrijving mag hoogstens 5000 tekens lang zijn.";
inline constexpr const char* kTextTooLong = "Dit is te lang: hoogstens 500 tekens.";
inline constexpr const char* kOrganiserRequired = "Kies wie de bijeenkomst organiseert.";
inline constexpr const char* kDateRequired = "Vul de datum in, bijvoorbeeld 2027-03-14.";
inline constexpr const char* kDateInvalid = "Deze datum bestaat niet. Schrijf hem als jaar-maand-dag, bijvoorbeeld 2027-03-14.";
inline constexpr const char* kDateInPast = "Deze datum en tijd zijn al voorbij. Kies een moment in de toekomst.";
inline constexpr const char* kDateTooFar = "Zo ver vooruit kun je nog niets plannen: hoogstens twee jaar.";
inline constexpr const char* kTimeRequired = "Vul de tijd in, bijvoorbeeld 19:30.";
inline constexpr const char* kTimeInvalid = "Schrijf de tijd als uren:minuten, bijvoorbeeld 19:30.";
inline constexpr const char* kTimeSkipped = "Deze tijd bestaat niet op die dag: de klok gaat dan van 2:00 naar 3:00 uur. Kies een andere tijd.";
inline constexpr const char* kEndBeforeStart = "De eindtijd ligt voor de begintijd. Een bijeenkomst eindigt op dezelfde dag, na de begintijd.";
inline constexpr const char* kModeRequired = "Kies of de bijeenkomst op een plek is, online, of allebei.";
inline constexpr const char* kVenueRequired = "Vul de naam van de plek in, bijvoorbeeld Buurthuis De Linde.";
inline constexpr const char* kAddressRequired = "Vul het adres in: straat en huisnummer.";
inline constexpr const char* kPlaceRequired = "Vul de plaats in.";
inline constexpr const char* kPostcodeInvalid = "Een postcode ziet eruit als 3712 AB.";
inline constexpr const char* kVideoLinkRequired = "Vul de videolink in (bijvoorbeeld van Jitsi, Teams of Zoom).";
inline constexpr const char* kVideoLinkNotHttps = "Een videolink moet beginnen met https://. Zo is de verbinding beveiligd.";
inline constexpr const char* kMunicipalityRequired = "Kies de gemeente waar de bijeenkomst is, of \"Hele provincie\".";
inline constexpr const char* kThemeUnknown = "Kies een thema uit de lijst.";
inline constexpr const char* kCapacityInvalid = "Vul een aantal plaatsen in tussen 1 en 10000, of laat het leeg als er geen grens is.";
inline constexpr const char* kDeadlineInvalid = "Vul een datum en tijd in voor het einde van het aanmelden, of laat allebei leeg.";
inline constexpr const char* kDeadlineAfterStart = "Aanmelden moet sluiten voor de bijeenkomst begint.";
inline constexpr const char* kCostsTooLong = "Schrijf de kosten korter: hoogstens 100 tekens.";

// Saving and changing.
inline constexpr const char* kCreated = "De bijeenkomst staat in de agenda. Deel de link of druk de flyer af.";
inline constexpr const char* kSaved = "De wijzigingen zijn bewaard.";
inline constexpr const char* kSavedAndMailed = "De wijzigingen zijn bewaard. Iedereen die zich heeft aangemeld, krijgt een mail.";
inline constexpr const char* kPostponed = "De bijeenkomst is uitgesteld. Iedereen die zich heeft aangemeld, krijgt een mail.";
inline constexpr const char* kCancelled = "De bijeenkomst is afgelast. Iedereen die zich heeft aangemeld, krijgt een mail.";
inline constexpr const char* kAlreadyCancelled = "Deze bijeenkomst is al afgelast.";
inline constexpr const char* kCannotChangeCancelled = "Deze bijeenkomst is afgelast. Een afgelaste bijeenkomst kun je niet meer wijzigen; maak een nieuwe aan.";
inline constexpr const char* kAlreadyOver = "Deze bijeenkomst is al voorbij.";
inline constexpr const char* kNoteTooLong = "Schrijf het korter: hoogstens 1000 tekens.";
inline constexpr const char* kReportSaved = "Het verslag staat bij de bijeenkomst.";
inline constexpr const char* kReportTooLong = "Het verslag mag hoogstens 10000 tekens lang zijn.";
inline constexpr const char* kReportNotYet = "Een verslag kun je schrijven zodra de bijeenkomst begonnen is.";

// Registering.
inline constexpr const char* kNameRequired = "Vul je naam in.";
inline constexpr const char* kNameTooLong = "Je naam mag hoogstens 100 tekens lang zijn.";
inline constexpr const char* kEmailRequired = "Vul je e-mailadres in. Daar sturen we de bevestiging naartoe.";
inline constexpr const char* kEmailInvalid = "Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.";
inline constexpr const char* kRegistered = "Je bent aangemeld. Je krijgt een mail met de bevestiging en een agenda-bestand.";
inline constexpr const char* kOnWaitingList = "De bijeenkomst is vol. Je staat op de wachtlijst: als er een plek vrijkomt, krijg je een mail en ben je aangemeld.";
inline constexpr const char* kAlreadyRegistered = "Dit e-mailadres staat al op de lijst voor deze bijeenkomst. Kijk in je mail voor de bevestiging met je persoonlijke link.";
inline constexpr const char* kFull = "Deze bijeenkomst is vol. Aanmelden kan niet meer.";
inline constexpr const char* kRegistrationClosed = "Aanmelden voor deze bijeenkomst is gesloten.";
inline constexpr const char* kRegistrationCancelledEvent = "Deze bijeenkomst is afgelast. Aanmelden kan niet.";
inline constexpr const char* kRegistrationPostponed = "Deze bijeenkomst is uitgesteld. Aanmelden kan weer zodra de nieuwe datum bekend is.";
inline constexpr const char* kRegistrationPast = "Deze bijeenkomst is al begonnen of voorbij. Aanmelden kan niet meer.";
inline constexpr const char* kTooManyRegistrations = "Er zijn vanaf dit adres veel aanmeldingen gedaan. Probeer het over een uur opnieuw.";
inline constexpr const char* kTooManyMails = "Naar dit e-mailadres zijn in het afgelopen uur al veel mails gestuurd. Probeer het over een uur opnieuw.";
inline constexpr const char* kRegistrationCancelled = "Je bent afgemeld. Bedankt dat je het laat weten: zo kan iemand anders je plek krijgen.";
inline constexpr const char* kAlreadyCancelledRegistration = "Je was al afgemeld voor deze bijeenkomst. Er is niets veranderd.";
inline constexpr const char* kNameChanged = "Je naam is aangepast.";
inline constexpr const char* kNotRegistered = "Je staat niet op de lijst voor deze bijeenkomst.";

// The organiser's tools.
inline constexpr const char* kCheckedIn = "{} is aangevinkt als aanwezig.";
inline constexpr const char* kCheckedOut = "{} staat weer op niet aanwezig.";
inline constexpr const char* kWalkInAdded = "{} is toegevoegd en aangevinkt als aanwezig.";
inline constexpr const char* kWalkInWasRegistered = "{} stond al op de lijst en is nu aangevinkt als aanwezig.";
inline constexpr const char* kConsentNeeded = "Vink aan dat deze persoon mails over deze bijeenkomst wil krijgen, of laat het e-mailadres leeg.";
inline constexpr const char* kWalkInEmailInvalid = "Dit lijkt geen e-mailadres. Laat het leeg als iemand geen mail wil.";
inline constexpr const char* kMessageSubjectRequired = "Vul een onderwerp in.";
inline constexpr const char* kMessageSubjectTooLong = "Het onderwerp mag hoogstens 150 tekens lang zijn.";
inline constexpr const char* kMessageBodyRequired = "Schrijf je bericht.";
inline constexpr const char* kMessageTooLong = "Het bericht mag hoogstens 5000 tekens lang zijn.";
inline constexpr const char* kMessageNobody = "Er is nog niemand aangemeld die je kunt mailen.";
inline constexpr const char* kMessageLimit = "Je hebt vandaag al drie berichten over deze bijeenkomst gestuurd. Morgen kan het weer.";
inline constexpr const char* kMessageSent = "Je bericht gaat naar {} mensen.";

// The list of people and its CSV file.
inline constexpr const char* kPersonRegistered = "Aangemeld";
inline constexpr const char* kPersonWaiting = "Wachtlijst";
inline constexpr const char* kPersonCancelled = "Afgemeld";
inline constexpr const char* kPersonWalkIn = "Inloop";
inline constexpr const char* kYes = "ja";
inline constexpr const char* kNo = "nee";
inline constexpr const char* kCsvName = "Naam";
inline constexpr const char* kCsvEmail = "E-mailadres";
inline constexpr const char* kCsvStatus = "Status";
inline constexpr const char* kCsvAttended = "Aanwezig";
inline constexpr const char* kCsvMayMail = "Mag mailen";
inline constexpr const char* kCsvSince = "Aangemeld op";

// Mail subjects.
inline constexpr const char* kMailConfirmed = "Je bent aangemeld: {}";
inline constexpr const char* kMailWaiting = "Je staat op de wachtlijst: {}";
inline constexpr const char* kMailPromoted = "Er is een plek vrij: je bent aangemeld voor {}";
inline constexpr const char* kMailChanged = "Gewijzigd: {}";
inline constexpr const char* kMailPostponed = "Uitgesteld: {}";
inline constexpr const char* kMailCancelled = "Afgelast: {}";
inline constexpr const char* kMailSelfCancelled = "Je bent afgemeld: {}";
inline constexpr const char* kMailReminder = "Morgen: {}";
inline constexpr const char* kMailMessage = "{} (bericht over {})";

// What changed, in a change mail.
inline constexpr const char* kChangeTime = "De datum of tijd is veranderd.";
inline constexpr const char* kChangePlace = "De plek is veranderd.";
inline constexpr const char* kChangeVideo = "De videolink is veranderd.";
inline constexpr const char* kChangeMode = "De bijeenkomst is nu {}.";
inline constexpr const char* kModeOfflineWords = "op een plek";
inline constexpr const char* kModeOnlineWords = "online";
inline constexpr const char* kModeHybridWords = "op een plek en online";

// Labels.
inline constexpr const char* kModeOffline = "Op locatie";
inline constexpr const char* kModeOnline = "Online";
inline constexpr const char* kModeHybrid = "Op locatie en online";
inline constexpr const char* kStatusPostponed = "Uitgesteld";
inline constexpr const char* kStatusRescheduled = "Nieuwe datum";
inline constexpr const char* kStatusCancelled = "Afgelast";
inline constexpr const char* kAddressForRegistered = "Het adres krijg je als je je aanmeldt.";
inline constexpr const char* kWalkInLabel = "inloop";
inline constexpr const char* kQrLabel = "QR-code naar de bijeenkomst {}";
inline constexpr const char* kFeedName = "Bijeenkomsten – {}";
inline constexpr const char* kCalendarVideo = "Videolink: {}";
inline constexpr const char* kCalendarMore = "Meer informatie: {}";
inline constexpr const char* kCalendarManage = "Afmelden of je aanmelding bekijken: {}";
inline constexpr const char* kShareMailBody = "{}\n\nMeer over deze bijeenkomst: {}";

// Audit log (for staff; no e-mail addresses).
inline constexpr const char* kAuditCreated = "Bijeenkomst aangemaakt";
inline constexpr const char* kAuditUpdated = "Bijeenkomst gewijzigd";
inline constexpr const char* kAuditPostponed = "Bijeenkomst uitgesteld";
inline constexpr const char* kAuditCancelled = "Bijeenkomst afgelast";
inline constexpr const char* kAuditReport = "Verslag bewaard";
inline constexpr const char* kAuditMessage = "Bericht gestuurd aan {} deelnemers";
inline constexpr const char* kAuditCheckIn = "Aanwezigheid bijgewerkt (aanmelding {})";
inline constexpr const char* kAuditWalkIn = "Inloper toegevoegd (aanmelding {})";
inline constexpr const char* kAuditExport = "Deelnemerslijst gedownload";

}  // namespace omzien::events::texts
