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

// Photos.
inline constexpr const char* kPhotoTooLarge = "Deze foto is groter dan 10 MB. Kies een kleinere foto, of maak hem eerst kleiner (bijvoorbeeld door hem te delen via je telefoon).";
inline constexpr const char* kPhotoTooManyPixels = "Deze foto heeft te veel pixels (meer dan 50 megapixel). Kies een kleinere foto.";
inline constexpr const char* kPhotoNotAnImage = "Dit bestand is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-bestand.";
inline constexpr const char* kPhotoBroken = "Deze foto is beschadigd of kwam niet helemaal aan. Probeer het nog eens, of kies een andere foto.";
inline constexpr const char* kPhotoNotSaved = "De foto kon niet worden bewaard. Probeer het later nog eens.";

// Completeness: what a profile could still show, and why it helps. Advice, never a demand.
inline constexpr const char* kCompletePhoto = "Een foto of logo";
inline constexpr const char* kCompletePhotoWhy = "Met een foto wordt je initiatief vaker bekeken.";
inline constexpr const char* kCompleteDescription = "Een beschrijving";
inline constexpr const char* kCompleteDescriptionWhy = "Dan weten mensen wat ze bij jullie kunnen doen en of het iets voor hen is.";
inline constexpr const char* kCompleteTargetGroups = "Voor wie jullie er zijn";
inline constexpr const char* kCompleteTargetGroupsWhy = "Zo vinden de mensen voor wie jullie er zijn je initiatief als ze op doelgroep zoeken.";
inline constexpr const char* kCompleteOpeningTimes = "Wanneer jullie open of actief zijn";
inline constexpr const char* kCompleteOpeningTimesWhy = "Dan weten mensen wanneer ze kunnen langskomen of meedoen.";
inline constexpr const char* kCompletePlace = "De woonplaats of wijk";
inline constexpr const char* kCompletePlaceWhy = "Dan zien mensen in de buurt dat jullie dichtbij zijn.";
inline constexpr const char* kCompleteWebsite = "Een website of sociale media";
inline constexpr const char* kCompleteWebsiteWhy = "Daar lezen mensen meer over jullie en zien ze dat jullie actief zijn.";
inline constexpr const char* kCompleteOffersNeeds = "Wat jullie bieden of zoeken";
inline constexpr const char* kCompleteOffersNeedsWhy = "Zo kunnen andere initiatieven jullie helpen, of jullie hen.";

// Beheerders and invitations.
inline constexpr const char* kManagersTitle = "Beheerders van {}";
inline constexpr const char* kManagerWithoutName = "Beheerder zonder naam";
inline constexpr const char* kInviteEmailRequired = "Vul het e-mailadres in van wie je wilt uitnodigen.";
inline constexpr const char* kInviteAlreadyManager = "Dit e-mailadres is al beheerder van dit profiel.";
inline constexpr const char* kInviteTooMany = "Er zijn vandaag al veel uitnodigingen verstuurd. Probeer het morgen opnieuw.";
inline constexpr const char* kInvitationSent = "De uitnodiging is verstuurd. De link in de mail werkt 14 dagen.";
inline constexpr const char* kInvitationWithdrawn = "De uitnodiging is ingetrokken. De link in de mail werkt niet meer.";
inline constexpr const char* kInvitationMailSubject = "Je bent uitgenodigd als beheerder van {}";
inline constexpr const char* kInvitationTitle = "Uitnodiging";
inline constexpr const char* kInvitationAccepted = "Welkom! Je bent nu beheerder van {}.";
inline constexpr const char* kManagerRemoved = "De beheerder is verwijderd.";
inline constexpr const char* kYouLeft = "Je bent geen beheerder meer van {}.";
inline constexpr const char* kNotAManager = "Deze persoon is geen beheerder (meer) van dit profiel.";
inline constexpr const char* kLastManagerCannotLeave = "Je bent de enige beheerder van dit profiel. Een initiatief houdt altijd minstens één beheerder: nodig eerst iemand anders uit, dan kun je daarna stoppen.";
inline constexpr const char* kLastManagerCannotBeRemoved = "Dit is de laatste beheerder van dit profiel. Een initiatief houdt altijd minstens één beheerder.";
inline constexpr const char* kLastManagerCannotDeleteAccount = "Je bent de enige beheerder van {}. Nodig eerst iemand anders uit als beheerder, of vraag ons om het profiel weg te halen. Daarna kun je je account verwijderen.";
inline constexpr const char* kAuditInvited = "Uitnodiging verstuurd (uitnodiging {})";
inline constexpr const char* kAuditInvitationWithdrawn = "Uitnodiging ingetrokken (uitnodiging {})";
inline constexpr const char* kAuditInvitee = "uitgenodigde beheerder";
inline constexpr const char* kAuditManagerJoined = "Beheerder geworden via een uitnodiging";
inline constexpr const char* kAuditManagerRemoved = "Beheerder verwijderd (account {})";
inline constexpr const char* kAuditManagerLeft = "Gestopt als beheerder";

// Sharing and printing.
inline constexpr const char* kShareMailBody = "{}\n\nMeer over dit initiatief: {}";
inline constexpr const char* kPrintTitle = "{} (afdrukken)";
inline constexpr const char* kProvinceName = "Provincie Utrecht";
inline constexpr const char* kQrLabel = "QR-code naar het profiel van {}";

// Import (the command line and the demo). Messages about a row follow its place: "regel 12 (A012): ...".
inline constexpr const char* kImportWhereLine = "regel {}";
inline constexpr const char* kImportWhereItem = "item {}";
inline constexpr const char* kImportSummary = "{} rijen gelezen: {} nieuw, {} bijgewerkt, {} ongewijzigd, {} overgeslagen, {} met fouten.";
inline constexpr const char* kImportFileRefused = "Niets ingelezen. {}";
inline constexpr const char* kImportEmptyFile = "Het bestand is leeg.";
inline constexpr const char* kImportNotJson = "Dit is geen geldig JSON-bestand. Controleer de haakjes, komma's en aanhalingstekens.";
inline constexpr const char* kImportNotAList = "Het JSON-bestand moet een lijst van initiatieven zijn: [ {...}, {...} ].";
inline constexpr const char* kImportItemNotObject = "dit is geen initiatief (verwacht: { \"name\": ..., ... }).";
inline constexpr const char* kImportNoNameColumn = "De eerste regel moet de kolomnamen bevatten, zoals name;summary;municipality;themes;email. De kolom name ontbreekt.";
inline constexpr const char* kImportDuplicateColumn = "De kolom {} staat twee keer in de eerste regel.";
inline constexpr const char* kImportUnclosedQuote = "Op regel {} begint een aanhalingsteken (\") dat nergens wordt gesloten.";
inline constexpr const char* kImportUnknownField = "Kolom of veld \"{}\" is niet gebruikt: die naam kennen we niet.";
inline constexpr const char* kImportTooManyCells = "deze regel heeft meer cellen dan er kolommen zijn.";
inline constexpr const char* kImportWrongKind = "{}: verkeerde soort waarde (verwacht: {}).";
inline constexpr const char* kImportKindText = "tekst";
inline constexpr const char* kImportKindList = "een lijst van teksten";
inline constexpr const char* kImportKindNumber = "een getal";
inline constexpr const char* kImportNotANumber = "{}: \"{}\" is geen getal.";
inline constexpr const char* kImportFieldProblem = "{}: {}";
inline constexpr const char* kImportUnknownMunicipality = "municipality: \"{}\" is geen gemeente in de provincie Utrecht. Gebruik de naam van een van de 26 gemeenten, of \"Hele provincie\".";
inline constexpr const char* kImportUnknownTheme = "themes: \"{}\" is geen bekend thema.";
inline constexpr const char* kImportUnknownTargetGroup = "target_groups: \"{}\" is geen bekende doelgroep.";
inline constexpr const char* kImportLatLonPair = "lat en lon horen bij elkaar: vul ze allebei in, of laat ze allebei leeg.";
inline constexpr const char* kImportOutsideProvince = "lat/lon: deze plek ligt niet in de provincie Utrecht.";
inline constexpr const char* kImportDuplicateInFile = "dit initiatief staat al eerder in het bestand ({}).";
inline constexpr const char* kImportOtherId = "er staat al een initiatief met deze naam in deze gemeente, met een ander id ({}).";
inline constexpr const char* kImportNameTaken = "er staat al een ander initiatief met deze naam in deze gemeente.";
inline constexpr const char* kImportSaveFailed = "dit initiatief kon niet worden bewaard.";
inline constexpr const char* kImportSkippedClaimed = "niet bijgewerkt, want het initiatief beheert dit profiel nu zelf.";
inline constexpr const char* kImportAuditCreated = "Profiel gemaakt bij een import";
inline constexpr const char* kImportAuditUpdated = "Profiel bijgewerkt bij een import";

// Claim links.
inline constexpr const char* kClaimMailSubject = "Neem het profiel van {} over";
inline constexpr const char* kClaimTitle = "Profiel overnemen";
inline constexpr const char* kClaimNotUsableTitle = "Deze link werkt niet";
inline constexpr const char* kClaimed = "Welkom! Je bent nu beheerder van {}. Kijk of alles klopt.";
inline constexpr const char* kClaimLinkSent = "De claimlink is verstuurd naar {}. Hij werkt 30 dagen.";
inline constexpr const char* kClaimAlreadyClaimed = "Dit profiel heeft al beheerders. Een beheerder kan anderen uitnodigen.";
inline constexpr const char* kClaimNoAddress = "Dit profiel heeft geen contactadres. Vul er eerst een in.";
inline constexpr const char* kClaimTooMany = "Er zijn net al claimlinks verstuurd. Probeer het later opnieuw.";
inline constexpr const char* kAuditClaimLinkSent = "Claimlink verstuurd naar het contactadres";
inline constexpr const char* kAuditClaimed = "Profiel geclaimd via de claimlink";
inline constexpr const char* kAuditNewManager = "Nieuwe beheerder";

// Staff tools.
inline constexpr const char* kStaffHidden = "Het profiel is verborgen.";
inline constexpr const char* kStaffShown = "Het profiel is weer zichtbaar.";
inline constexpr const char* kStaffAffiliated = "Het profiel is gemarkeerd als aangesloten bij de beweging.";
inline constexpr const char* kStaffUnaffiliated = "Het kenmerk \"aangesloten bij de beweging\" is weggehaald.";
inline constexpr const char* kAuditHidden = "Profiel verborgen";
inline constexpr const char* kAuditShown = "Profiel weer zichtbaar gemaakt";
inline constexpr const char* kAuditAffiliated = "Gemarkeerd als aangesloten bij de beweging";
inline constexpr const char* kAuditUnaffiliated = "Niet meer gemarkeerd als aangesloten bij de beweging";
inline constexpr const char* kTermTheme = "Thema";
inline constexpr const char* kTermTargetGroup = "Doelgroep";
inline constexpr const char* kTermLabelRequired = "Vul een naam in.";
inline constexpr const char* kTermLabelTooLong = "De naam mag hoogstens 60 tekens lang zijn.";
inline constexpr const char* kTermIdInvalid = "De code mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld taal-integratie.";
inline constexpr const char* kTermIdTaken = "Deze code bestaat al. Kies een andere, of zet de bestaande weer aan.";
inline constexpr const char* kTermSaved = "Bewaard.";
inline constexpr const char* kAuditTermRenamed = "{} hernoemd: \"{}\" heet nu \"{}\"";
inline constexpr const char* kAuditTermRetired = "{} \"{}\" uitgezet";
inline constexpr const char* kAuditTermRestored = "{} \"{}\" weer aangezet";
inline constexpr const char* kAuditTermAdded = "{} toegevoegd: \"{}\"";

}  // namespace omzien::initiatives::texts
