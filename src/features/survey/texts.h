// Dutch text of the needs survey. B1: short sentences, no jargon; "je" to everyone.
#pragma once

namespace omzien::survey::texts {

// Page titles.
inline constexpr const char* kSurveysTitle = "Peilingen";
inline constexpr const char* kNewSurveyTitle = "Nieuwe peiling";
inline constexpr const char* kEditSurveyTitle = "Peiling wijzigen";
inline constexpr const char* kEditQuestionTitle = "Vraag wijzigen";
inline constexpr const char* kResultsTitle = "Uitkomsten van {}";
inline constexpr const char* kRespondTitle = "{}";
inline constexpr const char* kLinkUnknownTitle = "Deze link kennen we niet";
inline constexpr const char* kClosedTitle = "Deze peiling is gesloten";

// Status and kinds.
inline constexpr const char* kStatusLabels[] = {"Concept", "Open", "Gesloten"};
inline constexpr const char* kKindLabels[] = {"Meerkeuze, één antwoord", "Meerkeuze, meer antwoorden mogelijk",
                                              "Schaal (bijvoorbeeld 1 tot 5)", "Open vraag"};
inline constexpr const char* kAllMunicipalities = "Alle gemeenten";
inline constexpr const char* kAllThemes = "Alle thema's";
inline constexpr const char* kProvinceWide = "Hele provincie";

// Validation: the survey.
inline constexpr const char* kTitleRequired = "Geef de peiling een titel.";
inline constexpr const char* kTitleTooLong = "Maak de titel korter: hoogstens 120 tekens.";
inline constexpr const char* kIntroTooLong = "Maak de inleiding korter: hoogstens 2000 tekens.";
// Validation: a question.
inline constexpr const char* kQuestionRequired = "Schrijf de vraag op.";
inline constexpr const char* kQuestionTooLong = "Maak de vraag korter: hoogstens 300 tekens.";
inline constexpr const char* kKindRequired = "Kies wat voor vraag het is.";
inline constexpr const char* kOptionsTooFew = "Schrijf minstens twee antwoorden op, elk op een eigen regel.";
inline constexpr const char* kOptionsTooMany = "Gebruik hoogstens 12 antwoorden.";
inline constexpr const char* kOptionTooLong = "Maak elk antwoord korter: hoogstens 120 tekens.";
inline constexpr const char* kOptionsTwice = "Een antwoord staat er twee keer in.";
inline constexpr const char* kScaleInvalid = "Kies een schaal van 1 tot een getal van 2 tot en met 10.";
// Validation: an answer.
inline constexpr const char* kChooseOne = "Kies één antwoord.";
inline constexpr const char* kChoiceUnknown = "Kies een van de antwoorden uit de lijst.";
inline constexpr const char* kScaleOutOfRange = "Kies een getal uit de schaal.";
inline constexpr const char* kOpenTooLong = "Je antwoord is te lang: hoogstens 2000 tekens.";
inline constexpr const char* kNothingAnswered = "Beantwoord minstens één vraag.";

// Flash messages.
inline constexpr const char* kSurveySaved = "De peiling is opgeslagen.";
inline constexpr const char* kQuestionAdded = "De vraag is toegevoegd.";
inline constexpr const char* kQuestionSaved = "De vraag is opgeslagen.";
inline constexpr const char* kQuestionRemoved = "De vraag is weggehaald.";
inline constexpr const char* kQuestionMoved = "De volgorde is aangepast.";
inline constexpr const char* kNotADraft = "Deze peiling is al verstuurd. De vragen kun je niet meer veranderen.";
inline constexpr const char* kNoQuestions = "Voeg eerst minstens één vraag toe.";
inline constexpr const char* kNoRecipients = "Er is geen initiatief dat deze peiling kan krijgen. Kies een andere groep.";
inline constexpr const char* kBadSelection = "Kies een gemeente en thema uit de lijst.";
inline constexpr const char* kSent = "De peiling is verstuurd naar {} initiatieven.";
inline constexpr const char* kSendTooOften = "Je hebt net al verstuurd. Probeer het over een uur nog eens.";
inline constexpr const char* kClosed = "De peiling is gesloten. Antwoorden kunnen niet meer veranderen.";
inline constexpr const char* kNotOpen = "Deze peiling is niet open.";
inline constexpr const char* kDeleted = "Het concept is weggegooid.";
inline constexpr const char* kConfirmClose = "Vink aan dat je de peiling echt wilt sluiten.";
inline constexpr const char* kConfirmDelete = "Vink aan dat je het concept echt wilt weggooien.";
inline constexpr const char* kConfirmRemoveQuestion = "Vink aan dat je deze vraag echt wilt weghalen.";
inline constexpr const char* kReminded = "Er gaat een herinnering naar {} initiatieven.";
inline constexpr const char* kNobodyToRemind = "Er is niemand om aan te herinneren: iedereen heeft geantwoord of kreeg al een herinnering.";
inline constexpr const char* kTestSent = "De test is naar je eigen adres gestuurd ({}). De links in de test werken niet.";
inline constexpr const char* kTestTooOften = "Je hebt al veel tests gestuurd. Probeer het over een uur nog eens.";
inline constexpr const char* kAnswerSaved = "Bedankt! Je antwoord is opgeslagen. Met dezelfde link kun je het nog veranderen tot de peiling sluit.";

// Who gets it.
inline constexpr const char* kDeliveryWill = "Krijgt de peiling";
inline constexpr const char* kDeliveryOptedOut = "Afgemeld voor mail";
inline constexpr const char* kDeliveryNoEmail = "Geen e-mailadres";

// The mail.
inline constexpr const char* kMailSubject = "{}: wil je een paar vragen beantwoorden?";
inline constexpr const char* kReminderSubject = "Herinnering: {}";
inline constexpr const char* kTestSubjectPrefix = "[Test] ";
inline constexpr const char* kExampleInitiative = "Voorbeeldinitiatief";

// Results and CSV.
inline constexpr const char* kNoAnswerYet = "Nog niet";
inline constexpr const char* kCsvInitiative = "Initiatief";
inline constexpr const char* kCsvMunicipality = "Gemeente";
inline constexpr const char* kCsvAnsweredAt = "Beantwoord op";
inline constexpr const char* kChartLabel = "Staafdiagram bij vraag {}. De getallen staan ook in de tabel eronder.";

// Audit log.
inline constexpr const char* kAuditCreated = "Peiling gemaakt";
inline constexpr const char* kAuditChanged = "Peiling gewijzigd";
inline constexpr const char* kAuditSent = "Peiling verstuurd naar {} initiatieven";
inline constexpr const char* kAuditClosed = "Peiling gesloten";
inline constexpr const char* kAuditDeleted = "Concept van peiling weggegooid";
inline constexpr const char* kAuditExported = "Antwoorden gedownload als CSV";
inline constexpr const char* kAuditReminded = "Herinnering gevraagd voor {} initiatieven";
inline constexpr const char* kAuditTestSent = "Test naar zichzelf gestuurd";
inline constexpr const char* kAuditAnswered = "Antwoord opgeslagen voor {}";
inline constexpr const char* kAuditRecipient = "De ontvanger van de link";

}  // namespace omzien::survey::texts
