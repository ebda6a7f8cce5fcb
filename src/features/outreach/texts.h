// Every Dutch sentence the outreach feature shows or mails. Plain Dutch (B1), "je".
#pragma once

#include <array>
#include <string_view>

namespace omzien::outreach::texts {

// ---- The pipeline -------------------------------------------------------------------------------
inline constexpr std::array<std::string_view, 7> kStageLabels = {
    "Nog niet benaderd", "Gemaild", "Gebeld", "Heeft geantwoord", "Profiel aangemaakt", "Profiel compleet", "Actief"};
inline constexpr std::array<std::string_view, 4> kOutcomeLabels = {"Bereikt", "Voicemail", "Geen gehoor",
                                                                   "Verkeerd nummer"};
inline constexpr std::array<std::string_view, 4> kAnswerLabels = {"Nog geen antwoord", "Wil meedoen", "Twijfelt",
                                                                  "Wil niet"};
inline constexpr std::array<std::string_view, 12> kMonthNames = {"januari", "februari", "maart",     "april",
                                                                 "mei",     "juni",     "juli",      "augustus",
                                                                 "september", "oktober", "november", "december"};
inline constexpr const char* kProvinceWide = "Hele provincie";
inline constexpr const char* kAllStages = "Alle stappen";
inline constexpr const char* kAllMunicipalities = "Alle gemeenten";
inline constexpr const char* kNoMunicipality = "(geen gemeente)";
inline constexpr const char* kAllLinkingPins = "Iedereen";
inline constexpr const char* kNoLinkingPin = "Geen LinkingPin";
inline constexpr const char* kChooseLinkingPin = "Kies een LinkingPin";
inline constexpr const char* kFormerLinkingPin = "(geen LinkingPin meer)";
inline constexpr const char* kDeletedAccount = "(account verwijderd)";
inline constexpr const char* kNoAnswerYet = "Nog geen antwoord";

// ---- Contact fields -----------------------------------------------------------------------------
// Index: ContactField (Ignore, InitiativeName, PersonName, Email, Phone, Municipality, Notes).
inline constexpr std::array<std::string_view, 7> kFieldLabels = {
    "Niet gebruiken", "Naam initiatief", "Contactpersoon", "E-mailadres", "Telefoon", "Gemeente", "Opmerkingen"};
inline constexpr const char* kEmailInvalid = "\"{}\" is geen e-mailadres.";
inline constexpr const char* kPhoneInvalid = "\"{}\" is geen telefoonnummer dat we kennen (bijvoorbeeld 06-12345678 of 030 123 45 67).";
inline constexpr const char* kMunicipalityUnknown = "De gemeente \"{}\" kennen we niet in de provincie Utrecht.";
inline constexpr const char* kEmailOrPhoneRequired = "Vul een e-mailadres of een telefoonnummer in.";
inline constexpr const char* kNameTooLong = "Deze naam is te lang (hoogstens 200 tekens).";
inline constexpr const char* kNotesTooLong = "De opmerkingen zijn te lang (hoogstens 4000 tekens).";
inline constexpr const char* kEmailTaken = "Dit e-mailadres staat al in het adresbestand.";

// ---- Lists and the import -----------------------------------------------------------------------
inline constexpr const char* kImportTitle = "Een lijst inlezen";
inline constexpr const char* kPreviewTitle = "Controleer de lijst";
inline constexpr const char* kReportTitle = "De lijst is ingelezen";
inline constexpr const char* kListEmpty = "De lijst is leeg. Kies een bestand of plak de cellen uit je spreadsheet.";
inline constexpr const char* kListTooBig = "Dit bestand is te groot (hoogstens 5 MB). Maak het kleiner of lees het in delen in.";
inline constexpr const char* kListTooLong = "Deze lijst heeft te veel regels (hoogstens {}). Lees hem in delen in.";
inline constexpr const char* kListUnclosedQuote =
    "Op regel {} begint een aanhalingsteken (\") dat nergens wordt afgesloten. Daardoor lezen we de rest van het bestand "
    "als één cel. Haal het teken weg of sluit het af, en probeer het opnieuw. Er is niets ingelezen.";
inline constexpr const char* kListNoRows = "Er staan geen regels met gegevens in de lijst. Er is niets ingelezen.";
inline constexpr const char* kListNoKnownColumns =
    "We herkennen geen kolommen. Geef de eerste regel kolomnamen, zoals \"Naam initiatief\", \"E-mail\", \"Telefoon\", "
    "\"Gemeente\", of kies hieronder zelf wat elke kolom is.";
inline constexpr const char* kMappingNeedsEmailOrPhone =
    "Kies welke kolom het e-mailadres of het telefoonnummer is. Zonder een van die twee kunnen we niemand bereiken.";
inline constexpr const char* kNothingImported = "Er is niets ingelezen.";
inline constexpr const char* kImportFailed =
    "Het opslaan ging mis. Er is niets ingelezen. Probeer het over een paar minuten opnieuw.";
inline constexpr const char* kDraftGone =
    "Deze lijst is er niet meer: we bewaren een lijst hoogstens een uur. Lees hem opnieuw in.";
inline constexpr const char* kImportCancelled = "Je hebt het inlezen gestopt. Er is niets opgeslagen.";
inline constexpr const char* kReportCreated = "Nieuw in het adresbestand: {}";
inline constexpr const char* kReportMerged = "Aangevuld bij een bestaand contact: {}";
inline constexpr const char* kReportUnchanged = "Al bekend, niets nieuws: {}";
inline constexpr const char* kReportBad = "Niet ingelezen: {}";
inline constexpr const char* kReportBadRow = "  regel {}: {}";

// ---- Contacts -----------------------------------------------------------------------------------
inline constexpr const char* kContactsTitle = "Adresbestand";
inline constexpr const char* kMyContactsTitle = "Mijn contacten";
inline constexpr const char* kNewContactTitle = "Contact toevoegen";
inline constexpr const char* kEditContactTitle = "Contact wijzigen";
inline constexpr const char* kContactCreated = "Het contact staat in het adresbestand.";
inline constexpr const char* kContactSaved = "De wijzigingen zijn bewaard.";
inline constexpr const char* kContactDeleted = "Het contact is voor altijd verwijderd, met alle gesprekken en mails.";
inline constexpr const char* kDeleteConfirmRequired = "Zet een vinkje als je het contact echt wilt verwijderen.";
inline constexpr const char* kDeleteCampaignConfirmRequired = "Vink aan dat je dit concept echt wilt weggooien.";
inline constexpr const char* kAnswerSaved = "Het antwoord is bewaard.";
inline constexpr const char* kLinkingPinSaved = "De LinkingPin is bewaard.";
inline constexpr const char* kInitiativePinRemoved = "Het initiatief heeft nu geen LinkingPin.";
inline constexpr const char* kInitiativePinTitle = "LinkingPin voor {}";
inline constexpr const char* kAssignNoneChosen = "Zet eerst een vinkje bij de contacten die je wilt toewijzen.";
inline constexpr const char* kAssignChoosePin = "Kies eerst een LinkingPin.";
inline constexpr const char* kAssigned = "Toegewezen: {} contacten.";
inline constexpr const char* kLinkingPinsTitle = "LinkingPins en wie wie binnenbracht";
inline constexpr const char* kStandardText = "De standaardtekst";

// ---- Profiles of contacts -----------------------------------------------------------------------
inline constexpr const char* kProfileLinked = "Het contact is gekoppeld aan het profiel {}.";
inline constexpr const char* kProfileSetUp =
    "Het profiel {} staat klaar. Nog niemand beheert het: stuur een uitnodiging, dan kan het initiatief het overnemen.";
inline constexpr const char* kProfileUnlinked = "Het contact is niet meer gekoppeld aan een profiel.";
inline constexpr const char* kProfileNameTaken = "Er is al een profiel met deze naam in deze gemeente. Koppel dat profiel.";
inline constexpr const char* kSetupNeedsMunicipality =
    "Vul eerst de gemeente van het contact in (via Wijzigen). Een profiel hoort bij een gemeente.";

// ---- Calling ------------------------------------------------------------------------------------
inline constexpr const char* kCallListTitle = "Bellijst";
inline constexpr const char* kCallTitle = "Bellen: {}";
inline constexpr const char* kReasonCallBack = "Terugbellen: {}";
inline constexpr const char* kReasonNeverCalled = "Nog niet gebeld";
inline constexpr const char* kReasonNotReached = "Niet bereikt op {}";
inline constexpr const char* kButtonWantsToJoin = "Bereikt: wil meedoen";
inline constexpr const char* kButtonDoubts = "Bereikt: twijfelt";
inline constexpr const char* kButtonDeclines = "Bereikt: wil niet";
inline constexpr const char* kButtonReached = "Bereikt, nog geen antwoord";
inline constexpr const char* kButtonVoicemail = "Voicemail";
inline constexpr const char* kButtonNoAnswer = "Geen gehoor";
inline constexpr const char* kButtonWrongNumber = "Verkeerd nummer";
inline constexpr const char* kChooseOutcome = "Kies hoe het gesprek ging.";
inline constexpr const char* kDateInvalid = "Vul een datum in, bijvoorbeeld 12-03-2027.";
inline constexpr const char* kDateInPast = "Kies vandaag of een dag later.";
inline constexpr const char* kNoteTooLong = "De notitie is te lang (hoogstens 2000 tekens).";
inline constexpr const char* kCallSaved = "Bewaard: {}.";
inline constexpr const char* kNextContact = "Dit is de volgende.";
inline constexpr const char* kListDone = "Er staat niemand meer op de bellijst.";
inline constexpr const char* kInvitationSent = "De uitnodiging is verstuurd.";
inline constexpr const char* kCannotInvite =
    "We kunnen geen uitnodiging sturen: er is geen e-mailadres, of deze persoon heeft zich afgemeld voor onze mails.";
inline constexpr const char* kTooManyInvitations = "Er zijn vandaag al drie uitnodigingen naar dit contact gegaan. Probeer het morgen.";
inline constexpr const char* kLoginMailSent = "De inlogmail is verstuurd. Hij werkt 10 minuten.";
inline constexpr const char* kNoAccount = "Dit e-mailadres heeft nog geen account. Stuur een uitnodiging.";
inline constexpr const char* kTooManyLoginMails = "Er zijn net al veel inlogmails gestuurd. Probeer het over een uur.";

// ---- Campaigns ----------------------------------------------------------------------------------
inline constexpr const char* kCampaignsTitle = "Uitnodigingen";
inline constexpr const char* kNewCampaignTitle = "Nieuwe uitnodiging";
inline constexpr const char* kEditCampaignTitle = "Uitnodiging wijzigen";
// Index: CampaignStatus (Draft, Sending, Done, Stopped).
inline constexpr std::array<std::string_view, 4> kCampaignStatusLabels = {"Nog niet verstuurd", "Wordt verstuurd",
                                                                          "Verstuurd", "Gestopt"};
// Index: the place in kSelections (campaign.h).
inline constexpr std::array<std::string_view, 6> kSelectionLabels = {
    "Iedereen die nog geen profiel heeft", "Nog niet benaderd", "Gemaild, daarna niets", "Gebeld, nog geen antwoord",
    "Wil meedoen, nog geen profiel", "Twijfelt"};
inline constexpr const char* kDefaultCampaignName = "Uitnodiging voor het platform";
inline constexpr const char* kDefaultSubject = "Zet {{initiatief}} op {0}";
inline constexpr const char* kDefaultBody =
    "Beste {{naam}},\n\n"
    "Stichting Omzien naar Elkaar maakt {0}: een plek waar bewonersinitiatieven in de provincie Utrecht elkaar "
    "vinden, vragen stellen en elkaar helpen. We nodigen {{initiatief}} graag uit om mee te doen.\n\n"
    "Met deze persoonlijke link zet je je initiatief erop. Je hebt geen wachtwoord nodig:\n\n"
    "{{link}}\n\n"
    "De link werkt {1} dagen. Heb je vragen? Beantwoord deze mail, dan nemen we contact met je op.\n\n"
    "Hartelijke groet,\n"
    "Stichting Omzien naar Elkaar";
inline constexpr const char* kDefaultReminderSubject = "Herinnering: zet {{initiatief}} op {0}";
inline constexpr const char* kDefaultReminderBody =
    "Beste {{naam}},\n\n"
    "Een tijdje geleden nodigden we {{initiatief}} uit voor {0}. Misschien is de mail ondergesneeuwd. Met deze "
    "persoonlijke link zet je je initiatief er in een paar minuten op:\n\n"
    "{{link}}\n\n"
    "Wil je liever eerst even bellen? Beantwoord deze mail, dan bellen we je.\n\n"
    "Hartelijke groet,\n"
    "Stichting Omzien naar Elkaar";
inline constexpr const char* kNameFallback = "initiatiefnemer";
inline constexpr const char* kInitiativeFallback = "je initiatief";
inline constexpr const char* kExampleInitiative = "Voorbeeld: Repair Café De Schroef";
inline constexpr const char* kExamplePerson = "Voorbeeld Persoon";
inline constexpr const char* kCopyName = "Kopie van {}";
inline constexpr const char* kTestSubjectPrefix = "[Test] ";
inline constexpr const char* kByHand = "met de hand";
inline constexpr const char* kCampaignNameRequired = "Geef de uitnodiging een naam, zodat je hem later terugvindt.";
inline constexpr const char* kCampaignNameTooLong = "De naam is te lang (hoogstens 100 tekens).";
inline constexpr const char* kSubjectRequired = "Vul een onderwerp in.";
inline constexpr const char* kSubjectTooLong = "Het onderwerp is te lang (hoogstens 200 tekens).";
inline constexpr const char* kBodyRequired = "Vul de tekst van de mail in.";
inline constexpr const char* kBodyTooLong = "De tekst is te lang (hoogstens 10.000 tekens).";
inline constexpr const char* kBodyNeedsLink =
    "Zet {link} in de tekst. Daar komt de persoonlijke link waarmee het initiatief zich aanmeldt.";
inline constexpr const char* kUnknownPlaceholders =
    "Deze tekens tussen accolades kennen we niet: {}. Je kunt {{naam}}, {{initiatief}}, {{gemeente}} en {{link}} gebruiken.";
inline constexpr const char* kReminderDaysInvalid = "Vul een aantal dagen in van 0 tot 90 (0 is: geen herinnering).";
inline constexpr const char* kPerMinuteInvalid = "Vul een aantal van 1 tot 60 mails per minuut in.";
inline constexpr const char* kChoiceInvalid = "Kies een van de mogelijkheden.";
inline constexpr const char* kCampaignSaved = "De uitnodiging is bewaard. Bekijk hieronder hoe hij eruitziet.";
inline constexpr const char* kCampaignNotEditable = "Deze uitnodiging is al verstuurd. Maak een kopie om hem te wijzigen.";
inline constexpr const char* kCampaignAlreadySent = "Deze uitnodiging is al verstuurd.";
inline constexpr const char* kStartConfirmRequired = "Zet een vinkje om te bevestigen dat je wilt versturen.";
inline constexpr const char* kNobodyToSend = "Er is niemand om naar te versturen. Kies een andere groep.";
inline constexpr const char* kSendingStarted = "Het versturen is begonnen: {} mails, {} per minuut.";
inline constexpr const char* kCampaignStopped = "Gestopt. Mails die nog wachtten, gaan niet meer weg.";
inline constexpr const char* kStopConfirmRequired = "Vink aan dat je echt wilt stoppen met versturen.";
inline constexpr const char* kCampaignDeleted = "De uitnodiging is weggegooid.";
inline constexpr const char* kTestSent = "Er is een test verstuurd naar {}.";
inline constexpr const char* kDeliveryWill = "Krijgt de mail";
inline constexpr const char* kDeliveryOptedOut = "Afgemeld: krijgt niets";
inline constexpr const char* kDeliveryNoEmail = "Geen e-mailadres";
inline constexpr const char* kSendWaiting = "Wacht";
inline constexpr const char* kSendSent = "Verstuurd";
inline constexpr const char* kSendReminded = "Herinnering verstuurd";
inline constexpr const char* kSendSkipped = "Niet verstuurd";
inline constexpr const char* kSkipGone = "contact bestaat niet meer";
inline constexpr const char* kSkipNoEmail = "geen e-mailadres";
inline constexpr const char* kSkipOptedOut = "afgemeld";
inline constexpr const char* kSkipJoined = "doet al mee";
inline constexpr const char* kSkipDeclined = "wil niet meedoen";
inline constexpr const char* kSkipActed = "heeft de link al gebruikt";

// ---- The personal link, opting out, invite links ------------------------------------------------
inline constexpr const char* kJoinTitle = "Doe mee";
inline constexpr const char* kLinkNotUsableTitle = "Deze link werkt niet meer";
inline constexpr const char* kJoinedClaimed = "Welkom! Jij beheert nu het profiel van {}. Kijk of alles klopt.";
inline constexpr const char* kJoinedOpen = "Welkom terug! Je bent ingelogd.";
inline constexpr const char* kJoinedCreate = "Welkom! Je bent ingelogd. Beantwoord de vragen, dan staat je initiatief erop.";
inline constexpr const char* kOptOutTitle = "Afmelden";
inline constexpr const char* kOneClickBadBody = "Verwacht: List-Unsubscribe=One-Click";
inline constexpr const char* kOneClickDone = "Afgemeld. Je krijgt geen uitnodigingen en peilingen meer van ons.";
inline constexpr const char* kOneClickUnknown = "Deze afmeldlink kennen we niet.";
inline constexpr const char* kOneClickFailed = "Afmelden lukte niet. Probeer het later opnieuw.";
inline constexpr const char* kInviteTitle = "Nodig een initiatief uit";
inline constexpr const char* kShareTitle = "Zet je initiatief op {}";
inline constexpr const char* kShareSentence = "Bewonersinitiatieven in de provincie Utrecht vinden en helpen elkaar. Doe je mee?";
inline constexpr const char* kQrLabel = "QR-code van je uitnodigingslink";
inline constexpr const char* kReferralTitle = "Zet je initiatief erop";
inline constexpr const char* kReferralFollowed = "Fijn dat je meedoet! Beantwoord de vragen, dan staat je initiatief erop.";

// ---- The audit log (short, no names or addresses of contacts) -----------------------------------
inline constexpr const char* kAuditImported = "Ingelezen uit een lijst";
inline constexpr const char* kAuditMerged = "Aangevuld uit een ingelezen lijst";
inline constexpr const char* kAuditCreated = "Toegevoegd aan het adresbestand";
inline constexpr const char* kAuditUpdated = "Gegevens gewijzigd";
inline constexpr const char* kAuditDeleted = "Voor altijd verwijderd";
inline constexpr const char* kAuditDeletedAfterRetention = "Verwijderd na 2 jaar zonder contact";
inline constexpr const char* kAuditAnswer = "Antwoord: {}";
inline constexpr const char* kAuditAssigned = "LinkingPin: {}";
inline constexpr const char* kAuditInitiativePinAssigned = "LinkingPin gekoppeld: {} benadert {}";
inline constexpr const char* kAuditInitiativePinRemoved = "LinkingPin ontkoppeld van {}";
inline constexpr const char* kAuditCalled = "Gebeld: {}";
inline constexpr const char* kAuditCallBack = ", terugbellen op {}";
inline constexpr const char* kAuditLinked = "Gekoppeld aan het profiel {}";
inline constexpr const char* kAuditUnlinked = "Niet meer gekoppeld aan een profiel";
inline constexpr const char* kAuditAutoLinked = "Gekoppeld aan het profiel dat de contactpersoon beheert";
inline constexpr const char* kAuditProfileSetUp = "Profiel klaargezet vanuit het adresbestand (nog niet geclaimd)";
inline constexpr const char* kAuditInvitationSent = "Uitnodiging verstuurd ({})";
inline constexpr const char* kAuditReminderSent = "Herinnering verstuurd ({})";
inline constexpr const char* kAuditInvitedByHand = "Uitnodiging gestuurd";
inline constexpr const char* kAuditLoginMail = "Inlogmail gestuurd";
inline constexpr const char* kAuditLinkUsed = "Persoonlijke link gebruikt";
inline constexpr const char* kAuditOptedOut = "Afgemeld voor mails";
inline constexpr const char* kAuditTestSent = "Test naar zichzelf gestuurd";
inline constexpr const char* kAuditCampaignCreated = "Uitnodiging opgesteld";
inline constexpr const char* kAuditCampaignUpdated = "Uitnodiging gewijzigd";
inline constexpr const char* kAuditCampaignStarted = "Versturen begonnen naar {} contacten";
inline constexpr const char* kAuditCampaignStopped = "Versturen gestopt";
inline constexpr const char* kAuditCampaignDeleted = "Uitnodiging weggegooid";
inline constexpr const char* kAuditFollowedInviteLink = "Kwam binnen via een uitnodigingslink";
inline constexpr const char* kAuditBroughtIn = "Binnengebracht via een uitnodigingslink";
inline constexpr const char* kAuditPlatform = "Het platform";
inline constexpr const char* kAuditRecipient = "De ontvanger";
inline constexpr const char* kAuditContactPerson = "De contactpersoon";
inline constexpr const char* kAuditNewcomer = "Een nieuw lid";
inline constexpr const char* kCampaignActor = "Uitnodigingen";

}  // namespace omzien::outreach::texts
