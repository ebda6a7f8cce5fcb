// The demo initiatives (`omzien demo`), in the interchange format of import_format.h: made up by
// us, spread over the 26 municipalities and every theme. Websites and addresses are on .example,
// which can never receive mail. Edit the JSON below; the demo test checks that it imports cleanly.
#include <string_view>

#include "features/initiatives/demo.h"

namespace omzien::initiatives {

std::string_view demo_initiatives_json() {
  return R"demo_json([
  {
    "id": "DEMO-01",
    "name": "Buurtkamer De Linde",
    "summary": "Elke dinsdag en vrijdag staat de koffie klaar in onze buurtkamer. Iedereen is welkom, ook als je alleen even wilt zitten.",
    "description": "In de buurtkamer aan het plein drink je koffie met buren die je nog niet kende. Vrijwilligers uit de wijk zetten de tafels klaar, bakken soms een taart en maken een praatje.\n\nJe hoeft niets mee te nemen en je hoeft je niet aan te melden. Wie wil, doet mee met een spelletje of de handwerkclub. Wie hulp zoekt bij een brief of een klusje, vindt hier vaak iemand die helpt.",
    "themes": [
      "eenzaamheid",
      "wonen-buurt"
    ],
    "target_groups": [
      "buurtbewoners",
      "ouderen"
    ],
    "municipality": "Utrecht",
    "place": "Overvecht",
    "lat": 52.1174,
    "lon": 5.1131,
    "phase": "gevestigd",
    "founded": 2016,
    "legal_form": "stichting",
    "offers": [
      "ervaring met een buurtkamer opzetten",
      "tafels en stoelen te leen"
    ],
    "needs": [
      "vrijwilligers voor de vrijdagmiddag"
    ],
    "website": "https://buurtkamer-de-linde.example",
    "email": "info@buurtkamer-de-linde.example"
  },
  {
    "id": "DEMO-02",
    "name": "Samen Koken Kanaleneiland",
    "summary": "Eens per week koken we met buren uit veel landen. Je leert een nieuw gerecht en oefent ondertussen Nederlands.",
    "description": "Iedere donderdag koken we met een groep van tien tot vijftien mensen in de keuken van het wijkcentrum. Elke week kiest iemand anders een recept uit het land waar hij of zij vandaan komt.\n\nTijdens het snijden en roeren praten we Nederlands. Daarna eten we samen. Meedoen kost twee euro.",
    "themes": [
      "voedsel",
      "taal-integratie"
    ],
    "target_groups": [
      "nieuwkomers",
      "buurtbewoners"
    ],
    "municipality": "Utrecht",
    "place": "Kanaleneiland",
    "lat": 52.0716,
    "lon": 5.0991,
    "phase": "startend",
    "founded": 2022,
    "legal_form": "informeel",
    "offers": [
      "recepten uit veel landen"
    ],
    "needs": [
      "een grotere keuken",
      "iemand die boodschappen kan halen met een auto"
    ],
    "website": "https://samen-koken-kanaleneiland.example",
    "email": "info@samen-koken-kanaleneiland.example"
  },
  {
    "id": "DEMO-03",
    "name": "Duofiets Zuilen",
    "summary": "Met de duofiets gaan we samen met ouderen naar buiten. Jij trapt mee of geniet van de tocht, een vrijwilliger stuurt.",
    "description": "Veel ouderen kunnen niet meer zelf fietsen, maar missen het wel. Op onze duofiets zit je naast een vrijwilliger. Samen rijden jullie een rondje langs de Vecht of naar de markt.\n\nJe boekt een rit via de receptie van het zorgcentrum of door ons te mailen. De fiets heeft trapondersteuning, dus ook een lange tocht lukt.",
    "themes": [
      "ouderen",
      "sport-bewegen",
      "mobiliteit"
    ],
    "target_groups": [
      "ouderen",
      "mensen-met-een-beperking"
    ],
    "municipality": "Utrecht",
    "place": "Zuilen",
    "lat": 52.1087,
    "lon": 5.0952,
    "phase": "gevestigd",
    "founded": 2019,
    "legal_form": "vereniging",
    "offers": [
      "advies over het kopen van een duofiets"
    ],
    "needs": [
      "vrijwilligers die graag fietsen"
    ],
    "website": "https://duofiets-zuilen.example",
    "email": "info@duofiets-zuilen.example"
  },
  {
    "id": "DEMO-04",
    "name": "Jongerenpodium Leidsche Rijn",
    "summary": "Een podium voor jongeren die muziek maken, rappen of dansen. Eén keer per maand, gratis, en jongeren regelen het zelf.",
    "description": "Jongeren uit de wijk zochten een plek om op te treden. Nu organiseren ze zelf elke maand een avond in de kantine van de sportvereniging. Ze doen de geluidstechniek, de promotie en de bar zonder alcohol.\n\nWil je optreden? Stuur een bericht. Beginners zijn juist welkom.",
    "themes": [
      "jongeren",
      "cultuur"
    ],
    "target_groups": [
      "jongeren"
    ],
    "municipality": "Utrecht",
    "place": "Leidsche Rijn",
    "lat": 52.0957,
    "lon": 5.0543,
    "phase": "startend",
    "founded": 2023,
    "legal_form": "informeel",
    "offers": [],
    "needs": [
      "een eigen geluidsinstallatie",
      "een vaste ruimte"
    ],
    "website": "https://jongerenpodium-leidsche-rijn.example",
    "email": "info@jongerenpodium-leidsche-rijn.example"
  },
  {
    "id": "DEMO-05",
    "name": "Papierwinkel Hoograven",
    "summary": "Hulp bij brieven, rekeningen en formulieren. Kom langs op woensdag, dan kijken we er samen naar.",
    "description": "Een brief van de Belastingdienst of een aanmaning kan veel stress geven. In de Papierwinkel helpen vrijwilligers je om te begrijpen wat er staat en wat je moet doen.\n\nWe maken samen een overzicht van je geld en je rekeningen. Als het nodig is, gaan we mee naar de schuldhulp van de gemeente. Alles wat je vertelt, blijft tussen ons.",
    "themes": [
      "armoede-schulden"
    ],
    "target_groups": [
      "minima",
      "gezinnen"
    ],
    "municipality": "Utrecht",
    "place": "Hoograven",
    "lat": 52.0745,
    "lon": 5.1282,
    "phase": "gevestigd",
    "founded": 2014,
    "legal_form": "stichting",
    "offers": [
      "training voor vrijwilligers in de thuisadministratie"
    ],
    "needs": [
      "vrijwilligers die goed zijn met cijfers"
    ],
    "website": "https://papierwinkel-hoograven.example",
    "email": "info@papierwinkel-hoograven.example"
  },
  {
    "id": "DEMO-06",
    "name": "Vathorst Wekt Op",
    "summary": "Buren in Vathorst die samen zonnepanelen op daken van scholen en bedrijven leggen. Leden delen in de opbrengst.",
    "description": "We zijn een vereniging van bewoners die zelf schone stroom willen maken. Op twee schooldaken liggen al panelen. Het volgende project is het dak van de sporthal.\n\nIedereen uit Vathorst kan lid worden, ook met een klein bedrag. We geven ook gratis advies over energie besparen in huis.",
    "themes": [
      "duurzaamheid-energie"
    ],
    "target_groups": [
      "buurtbewoners"
    ],
    "municipality": "Amersfoort",
    "place": "Vathorst",
    "lat": 52.1952,
    "lon": 5.4162,
    "phase": "gevestigd",
    "founded": 2018,
    "legal_form": "vereniging",
    "offers": [
      "hulp bij het opzetten van een energiecoöperatie",
      "een energiecoach"
    ],
    "needs": [
      "een dak van minstens 500 m²"
    ],
    "website": "https://vathorst-wekt-op.example",
    "email": "info@vathorst-wekt-op.example"
  },
  {
    "id": "DEMO-07",
    "name": "Tablethulp Kattenbroek",
    "summary": "Vragen over je tablet of telefoon? Elke maandagochtend helpen vrijwilligers je, rustig en in je eigen tempo.",
    "description": "Veel dingen gaan tegenwoordig online: je bank, de huisarts, een treinkaartje. In de bibliotheek van Kattenbroek helpen we je stap voor stap.\n\nNeem je eigen tablet of telefoon mee. Er zijn geen domme vragen. Je hoeft je niet aan te melden.",
    "themes": [
      "digitale-vaardigheden",
      "ouderen"
    ],
    "target_groups": [
      "ouderen"
    ],
    "municipality": "Amersfoort",
    "place": "Kattenbroek",
    "lat": 52.1846,
    "lon": 5.3994,
    "phase": "gevestigd",
    "founded": 2020,
    "legal_form": "informeel",
    "offers": [
      "een handleiding voor DigiD in eenvoudige taal"
    ],
    "needs": [
      "vrijwilligers met geduld"
    ],
    "website": "",
    "email": "info@tablethulp-kattenbroek.example"
  },
  {
    "id": "DEMO-08",
    "name": "Zorgpauze Amersfoort",
    "summary": "Een middag voor jezelf als je voor een ander zorgt. Praten met mensen die het herkennen, of gewoon even niets.",
    "description": "Mantelzorgers zijn er altijd voor een ander. Bij Zorgpauze is er één middag per maand voor henzelf. We drinken thee, soms komt er iemand iets vertellen over regelingen of rust nemen.\n\nHeb je iemand die niet alleen kan zijn? Vraag ons naar een vrijwilliger die zolang bij je naaste blijft.",
    "themes": [
      "mantelzorg",
      "zorg-welzijn"
    ],
    "target_groups": [
      "mantelzorgers"
    ],
    "municipality": "Amersfoort",
    "place": "Amersfoort",
    "lat": 52.1553,
    "lon": 5.3871,
    "phase": "gevestigd",
    "founded": 2012,
    "legal_form": "stichting",
    "offers": [
      "informatie over respijtzorg"
    ],
    "needs": [],
    "website": "https://zorgpauze-amersfoort.example",
    "email": "info@zorgpauze-amersfoort.example"
  },
  {
    "id": "DEMO-09",
    "name": "Moestuin Het Wilde Hof",
    "summary": "Een moestuin waar buren samen groente kweken. Kinderen uit de wijk hebben er hun eigen bakken.",
    "description": "Op een oud stuk grasland achter de flats kweken we aardappels, bonen, kruiden en bloemen. Iedereen mag helpen op zaterdagochtend, ook zonder ervaring.\n\nDe oogst verdelen we onder de mensen die meewerken. Wat over is, gaat naar de voedselbank. Op woensdagmiddag is er tuinles voor kinderen.",
    "themes": [
      "groen-natuur",
      "voedsel"
    ],
    "target_groups": [
      "iedereen",
      "kinderen"
    ],
    "municipality": "Zeist",
    "place": "Zeist",
    "lat": 52.0903,
    "lon": 5.2356,
    "phase": "gevestigd",
    "founded": 2017,
    "legal_form": "vereniging",
    "offers": [
      "zaden en stekjes",
      "ervaring met een schooltuin"
    ],
    "needs": [
      "een regenton",
      "een schuur voor gereedschap"
    ],
    "website": "https://moestuin-het-wilde-hof.example",
    "email": "info@moestuin-het-wilde-hof.example"
  },
  {
    "id": "DEMO-10",
    "name": "Wandelgroep Den Dolder",
    "summary": "Elke ochtend om negen uur wandelen we een uur door het bos. Daarna drinken we samen koffie.",
    "description": "Onze groep begon met drie buren die na hun pensioen vaker naar buiten wilden. Nu lopen we met zo'n twintig mensen. Het tempo is rustig en niemand blijft achter.\n\nWandelen is goed voor je hart en je hoofd. En je leert nieuwe mensen kennen. Je kunt zo aansluiten bij het station.",
    "themes": [
      "sport-bewegen",
      "gezondheid",
      "eenzaamheid"
    ],
    "target_groups": [
      "ouderen",
      "iedereen"
    ],
    "municipality": "Zeist",
    "place": "Den Dolder",
    "lat": 52.1386,
    "lon": 5.2481,
    "phase": "gevestigd",
    "founded": 2015,
    "legal_form": "informeel",
    "offers": [
      "wandelroutes door de bossen rond Den Dolder"
    ],
    "needs": [],
    "website": "",
    "email": "info@wandelgroep-den-dolder.example"
  },
  {
    "id": "DEMO-11",
    "name": "Taaltafel Baarn",
    "summary": "Nederlands oefenen in een ontspannen sfeer. Elke week praten we over een ander onderwerp, met een taalmaatje aan tafel.",
    "description": "Aan de taaltafel oefen je Nederlands praten. Je zit met een kleine groep en een vrijwilliger. We praten over gewone dingen: de markt, het weer, je werk of je kinderen.\n\nJe hoeft nog niet goed Nederlands te spreken. Fouten maken mag. Koffie en thee zijn gratis.",
    "themes": [
      "taal-integratie"
    ],
    "target_groups": [
      "nieuwkomers"
    ],
    "municipality": "Baarn",
    "place": "Baarn",
    "lat": 52.2121,
    "lon": 5.2869,
    "phase": "gevestigd",
    "founded": 2016,
    "legal_form": "informeel",
    "offers": [
      "oefenkaarten voor gesprekken"
    ],
    "needs": [
      "vrijwilligers die Nederlands als moedertaal spreken"
    ],
    "website": "https://taaltafel-baarn.example",
    "email": "info@taaltafel-baarn.example"
  },
  {
    "id": "DEMO-12",
    "name": "Koffieschenkerij Odijk",
    "summary": "Een huiskamer in het dorp waar ouderen elkaar ontmoeten. Met koffie, een krant en soms een optreden.",
    "description": "In de Koffieschenkerij kun je elke werkdag binnenlopen. Er is altijd iemand om mee te praten. Op vrijdag is er een warme maaltijd voor vijf euro.\n\nWe willen dat niemand in Odijk zich alleen voelt. Ken je iemand die er vaak alleen voor staat? Neem diegene gerust een keer mee.",
    "themes": [
      "eenzaamheid",
      "ouderen"
    ],
    "target_groups": [
      "ouderen"
    ],
    "municipality": "Bunnik",
    "place": "Odijk",
    "lat": 52.0531,
    "lon": 5.2349,
    "phase": "gevestigd",
    "founded": 2019,
    "legal_form": "stichting",
    "offers": [
      "een draaiboek voor een dorpshuiskamer"
    ],
    "needs": [
      "chauffeurs die mensen ophalen"
    ],
    "website": "https://koffieschenkerij-odijk.example",
    "email": "info@koffieschenkerij-odijk.example"
  },
  {
    "id": "DEMO-13",
    "name": "Klusploeg Spakenburg",
    "summary": "Gepensioneerde vakmensen die kleine klussen doen bij mensen die het zelf niet kunnen of niet kunnen betalen.",
    "description": "Een lekkende kraan, een deur die klemt of een lamp die opgehangen moet worden. Onze klussers komen langs en doen het klusje, je betaalt alleen het materiaal.\n\nWe helpen vooral ouderen en mensen met een kleine beurs. Bel of mail ons, dan spreken we een tijd af.",
    "themes": [
      "wonen-buurt",
      "zorg-welzijn"
    ],
    "target_groups": [
      "ouderen",
      "minima"
    ],
    "municipality": "Bunschoten",
    "place": "Bunschoten-Spakenburg",
    "lat": 52.2455,
    "lon": 5.3748,
    "phase": "gevestigd",
    "founded": 2013,
    "legal_form": "informeel",
    "offers": [
      "gereedschap te leen"
    ],
    "needs": [
      "klussers met een auto"
    ],
    "website": "",
    "email": "info@klusploeg-spakenburg.example"
  },
  {
    "id": "DEMO-14",
    "name": "Reparatiehoek Bilthoven",
    "summary": "Kapot is niet weg. Eén zaterdag per maand repareren vrijwilligers samen met jou je kapotte spullen.",
    "description": "Breng je broodrooster, fiets, broek of laptop mee. Samen met een vrijwilliger kijk je wat er mis is en probeer je het te maken. Je leert er zelf ook iets van.\n\nZo gooien we minder weg en besparen we geld. De reparatie is gratis, een vrijwillige bijdrage mag.",
    "themes": [
      "duurzaamheid-energie"
    ],
    "target_groups": [
      "buurtbewoners"
    ],
    "municipality": "De Bilt",
    "place": "Bilthoven",
    "lat": 52.1291,
    "lon": 5.2035,
    "phase": "gevestigd",
    "founded": 2015,
    "legal_form": "stichting",
    "offers": [
      "reserveonderdelen",
      "reparatie-ervaring"
    ],
    "needs": [
      "iemand die naaimachines kan maken"
    ],
    "website": "https://reparatiehoek-bilthoven.example",
    "email": "info@reparatiehoek-bilthoven.example"
  },
  {
    "id": "DEMO-15",
    "name": "Rijmaatjes Mijdrecht",
    "summary": "Vrijwilligers rijden mensen die slecht ter been zijn naar de huisarts, het ziekenhuis of de kapper.",
    "description": "Niet iedereen kan zelf met de bus of de auto. Onze chauffeurs rijden met hun eigen auto en helpen bij het in- en uitstappen. Je betaalt een kleine vergoeding per kilometer.\n\nBel een dag van tevoren, dan zoeken wij een chauffeur. We rijden in de hele gemeente De Ronde Venen.",
    "themes": [
      "mobiliteit",
      "ouderen"
    ],
    "target_groups": [
      "ouderen",
      "mensen-met-een-beperking"
    ],
    "municipality": "De Ronde Venen",
    "place": "Mijdrecht",
    "lat": 52.2072,
    "lon": 4.8631,
    "phase": "gevestigd",
    "founded": 2010,
    "legal_form": "stichting",
    "offers": [],
    "needs": [
      "chauffeurs voor de ochtend"
    ],
    "website": "https://rijmaatjes-mijdrecht.example",
    "email": "info@rijmaatjes-mijdrecht.example"
  },
  {
    "id": "DEMO-16",
    "name": "Eemnesser Polderploeg",
    "summary": "Op zaterdag werken we in de polder: wilgen knotten, slootkanten maaien en nestkastjes ophangen.",
    "description": "De polder rond Eemnes is mooi, maar heeft onderhoud nodig. Met onze ploeg helpen we boeren en de natuurvereniging. Je werkt buiten, met je handen, samen met anderen.\n\nWe zorgen voor gereedschap, laarzen en soep. Kinderen mogen mee als ze twaalf jaar of ouder zijn.",
    "themes": [
      "groen-natuur"
    ],
    "target_groups": [
      "iedereen"
    ],
    "municipality": "Eemnes",
    "place": "Eemnes",
    "lat": 52.2536,
    "lon": 5.2583,
    "phase": "gevestigd",
    "founded": 2008,
    "legal_form": "vereniging",
    "offers": [
      "knotgereedschap",
      "kennis over weidevogels"
    ],
    "needs": [
      "jongere vrijwilligers"
    ],
    "website": "https://eemnesser-polderploeg.example",
    "email": "info@eemnesser-polderploeg.example"
  },
  {
    "id": "DEMO-17",
    "name": "De Keet Schalkwijk",
    "summary": "Een eigen plek voor jongeren in het dorp. Op vrijdagavond open, met een pooltafel, muziek en begeleiders uit het dorp.",
    "description": "In Schalkwijk was er niets te doen voor jongeren. Daarom bouwden ouders en jongeren samen een oude bouwkeet om tot hangplek. Nu is De Keet elke vrijdag open.\n\nDe jongeren beslissen zelf mee over wat er gebeurt. Twee volwassenen uit het dorp zijn er altijd bij.",
    "themes": [
      "jongeren"
    ],
    "target_groups": [
      "jongeren"
    ],
    "municipality": "Houten",
    "place": "Schalkwijk",
    "lat": 51.9987,
    "lon": 5.1872,
    "phase": "gevestigd",
    "founded": 2018,
    "legal_form": "vereniging",
    "offers": [],
    "needs": [
      "een nieuwe bank",
      "vrijwilligers voor de vrijdagavond"
    ],
    "website": "https://de-keet-schalkwijk.example",
    "email": "info@de-keet-schalkwijk.example"
  },
  {
    "id": "DEMO-18",
    "name": "Deelkast IJsselstein",
    "summary": "Een kast op straat met eten en spullen. Neem wat je nodig hebt, breng wat je over hebt.",
    "description": "Onze deelkast staat bij het buurthuis en is dag en nacht open. Buren, winkels en bakkers zetten er eten in dat anders weggegooid wordt. Iedereen mag er iets uit halen, zonder vragen.\n\nVrijwilligers controleren elke dag of alles schoon en vers is.",
    "themes": [
      "voedsel",
      "armoede-schulden"
    ],
    "target_groups": [
      "minima",
      "iedereen"
    ],
    "municipality": "IJsselstein",
    "place": "IJsselstein",
    "lat": 52.0207,
    "lon": 5.0428,
    "phase": "startend",
    "founded": 2023,
    "legal_form": "informeel",
    "offers": [
      "een hygiëneplan voor een deelkast"
    ],
    "needs": [
      "een koelkast die buiten kan staan"
    ],
    "website": "",
    "email": "info@deelkast-ijsselstein.example"
  },
  {
    "id": "DEMO-19",
    "name": "Noaberhulp Achterveld",
    "summary": "Dorpsgenoten helpen elkaar: boodschappen, een ritje, een bezoekje. Zo kunnen ouderen langer thuis blijven wonen.",
    "description": "In Achterveld kennen mensen elkaar nog. Die kracht gebruiken we. Heb je hulp nodig, dan bel je ons vaste nummer. Wij zoeken een dorpsgenoot die kan helpen.\n\nWe werken samen met de huisarts en de thuiszorg. Zo weten we wie extra aandacht nodig heeft.",
    "themes": [
      "zorg-welzijn",
      "ouderen"
    ],
    "target_groups": [
      "ouderen",
      "mantelzorgers"
    ],
    "municipality": "Leusden",
    "place": "Achterveld",
    "lat": 52.1364,
    "lon": 5.4968,
    "phase": "gevestigd",
    "founded": 2016,
    "legal_form": "vereniging",
    "offers": [
      "ervaring met een zorgcoöperatie in een dorp"
    ],
    "needs": [
      "meer jonge vrijwilligers"
    ],
    "website": "https://noaberhulp-achterveld.example",
    "email": "info@noaberhulp-achterveld.example"
  },
  {
    "id": "DEMO-20",
    "name": "Benschop Let Op Elkaar",
    "summary": "Een buurtapp en avondrondes om inbraken te voorkomen en op elkaar te letten.",
    "description": "Na een paar inbraken besloten we samen op te letten. We hebben een buurtapp met afspraken en lopen een paar avonden per maand een ronde door het dorp.\n\nWe werken samen met de wijkagent. We letten niet alleen op inbrekers, maar ook op buren die hulp nodig hebben.",
    "themes": [
      "veiligheid",
      "wonen-buurt"
    ],
    "target_groups": [
      "buurtbewoners"
    ],
    "municipality": "Lopik",
    "place": "Benschop",
    "lat": 52.0076,
    "lon": 4.9772,
    "phase": "gevestigd",
    "founded": 2019,
    "legal_form": "informeel",
    "offers": [],
    "needs": [
      "hesjes en zaklampen"
    ],
    "website": "",
    "email": "info@benschop-let-op-elkaar.example"
  },
  {
    "id": "DEMO-21",
    "name": "Speeltuin De Wilgenhoek",
    "summary": "Een speeltuin van en voor het dorp. Ouders houden hem samen schoon en veilig, en organiseren feesten.",
    "description": "De speeltuin in Linschoten bestaat al meer dan vijfentwintig jaar. Ouders doen al het werk: het gras maaien, de toestellen controleren en de zomerfeesten regelen.\n\nLid worden kost weinig. Met dat geld kopen we nieuwe speeltoestellen.",
    "themes": [
      "wonen-buurt",
      "sport-bewegen"
    ],
    "target_groups": [
      "kinderen",
      "gezinnen"
    ],
    "municipality": "Montfoort",
    "place": "Linschoten",
    "lat": 52.0634,
    "lon": 4.9132,
    "phase": "gevestigd",
    "founded": 1998,
    "legal_form": "vereniging",
    "offers": [
      "een draaiboek voor een kinderfeest"
    ],
    "needs": [
      "een nieuwe schommel"
    ],
    "website": "https://speeltuin-de-wilgenhoek.example",
    "email": "info@speeltuin-de-wilgenhoek.example"
  },
  {
    "id": "DEMO-22",
    "name": "Huiswerkkamer Nieuwegein",
    "summary": "Na school maken kinderen hier hun huiswerk, met hulp van studenten en gepensioneerde leraren.",
    "description": "Niet elk kind kan thuis rustig werken of hulp krijgen bij huiswerk. In de huiswerkkamer is het stil en zijn er altijd vrijwilligers die uitleg geven.\n\nWe helpen kinderen van groep 7 tot de derde klas. Meedoen is gratis. Ouders zijn welkom om te komen kijken.",
    "themes": [
      "jongeren",
      "taal-integratie"
    ],
    "target_groups": [
      "kinderen",
      "jongeren"
    ],
    "municipality": "Nieuwegein",
    "place": "Nieuwegein",
    "lat": 52.0301,
    "lon": 5.0806,
    "phase": "gevestigd",
    "founded": 2017,
    "legal_form": "stichting",
    "offers": [
      "uitleg over een huiswerkklas opzetten"
    ],
    "needs": [
      "vrijwilligers voor wiskunde"
    ],
    "website": "https://huiswerkkamer-nieuwegein.example",
    "email": "info@huiswerkkamer-nieuwegein.example"
  },
  {
    "id": "DEMO-23",
    "name": "Kunstroute Oudewater",
    "summary": "Eén weekend per jaar zetten kunstenaars uit de stad hun deuren open. Bezoekers lopen een route door de oude binnenstad.",
    "description": "Schilders, fotografen, pottenbakkers en beeldhouwers laten zien waar ze werken. Een route met vlaggetjes brengt je langs alle ateliers.\n\nDe kunstroute is gratis. Vrijwilligers uit de stad helpen met de kaart, de vlaggen en de koffie onderweg.",
    "themes": [
      "cultuur"
    ],
    "target_groups": [
      "iedereen"
    ],
    "municipality": "Oudewater",
    "place": "Oudewater",
    "lat": 52.0244,
    "lon": 4.8691,
    "phase": "gevestigd",
    "founded": 2011,
    "legal_form": "stichting",
    "offers": [
      "ervaring met een kunstroute"
    ],
    "needs": [
      "sponsors",
      "vrijwilligers voor het weekend"
    ],
    "website": "https://kunstroute-oudewater.example",
    "email": "info@kunstroute-oudewater.example"
  },
  {
    "id": "DEMO-24",
    "name": "Soep op Zondag Renswoude",
    "summary": "Op zondagmiddag eten we samen soep in het dorpshuis. Voor iedereen die graag in gezelschap eet.",
    "description": "Zondag kan een lange dag zijn als je alleen bent. Daarom koken we elke zondag een grote pan soep. Je schuift aan bij een lange tafel en praat met dorpsgenoten.\n\nDe soep is gratis. Wil je iemand meenemen? Graag!",
    "themes": [
      "eenzaamheid",
      "voedsel"
    ],
    "target_groups": [
      "ouderen",
      "iedereen"
    ],
    "municipality": "Renswoude",
    "place": "Renswoude",
    "lat": 52.0748,
    "lon": 5.5402,
    "phase": "startend",
    "founded": 2024,
    "legal_form": "informeel",
    "offers": [],
    "needs": [
      "koks voor een keer per maand"
    ],
    "website": "",
    "email": "info@soep-op-zondag-renswoude.example"
  },
  {
    "id": "DEMO-25",
    "name": "Beweegtuin Elst",
    "summary": "Een buitentuin met toestellen om te bewegen, voor alle leeftijden. Op dinsdag en donderdag met begeleiding.",
    "description": "In het park staan toestellen waarmee je je evenwicht, kracht en soepelheid traint. Iedereen mag er altijd gebruik van maken.\n\nTwee keer per week is er een fysiotherapeut die oefeningen voordoet. Dat is vooral fijn voor ouderen die willen blijven bewegen.",
    "themes": [
      "sport-bewegen",
      "gezondheid"
    ],
    "target_groups": [
      "ouderen",
      "iedereen"
    ],
    "municipality": "Rhenen",
    "place": "Elst",
    "lat": 51.9968,
    "lon": 5.5114,
    "phase": "startend",
    "founded": 2022,
    "legal_form": "informeel",
    "offers": [
      "oefenkaarten voor buitentoestellen"
    ],
    "needs": [],
    "website": "https://beweegtuin-elst.example",
    "email": "info@beweegtuin-elst.example"
  },
  {
    "id": "DEMO-26",
    "name": "Digitaal Spreekuur Soesterberg",
    "summary": "Hulp bij de computer, DigiD en online formulieren. Elke donderdag in het dorpshuis.",
    "description": "Steeds meer gaat via internet. Wie daar niet handig in is, loopt vast. Bij ons spreekuur helpen vrijwilligers je met je vraag, en leggen ze uit hoe je het de volgende keer zelf doet.\n\nWe helpen ook met het aanvragen van toeslagen. Neem je pas en je wachtwoorden mee.",
    "themes": [
      "digitale-vaardigheden"
    ],
    "target_groups": [
      "ouderen",
      "iedereen"
    ],
    "municipality": "Soest",
    "place": "Soesterberg",
    "lat": 52.1196,
    "lon": 5.2873,
    "phase": "gevestigd",
    "founded": 2021,
    "legal_form": "informeel",
    "offers": [],
    "needs": [
      "een printer"
    ],
    "website": "https://digitaal-spreekuur-soesterberg.example",
    "email": "info@digitaal-spreekuur-soesterberg.example"
  },
  {
    "id": "DEMO-27",
    "name": "Op Adem Maarssen",
    "summary": "Vrijwilligers nemen een paar uur de zorg over, zodat mantelzorgers even op adem kunnen komen.",
    "description": "Zorg je voor je partner, ouder of kind? Dan heb je zelf ook rust nodig. Een vrijwilliger van Op Adem komt een middag bij je thuis en blijft bij je naaste.\n\nJij kunt dan naar de kapper, sporten of gewoon even weg. We zoeken een vrijwilliger die bij jullie past.",
    "themes": [
      "mantelzorg",
      "zorg-welzijn"
    ],
    "target_groups": [
      "mantelzorgers"
    ],
    "municipality": "Stichtse Vecht",
    "place": "Maarssen",
    "lat": 52.1357,
    "lon": 5.0409,
    "phase": "gevestigd",
    "founded": 2018,
    "legal_form": "stichting",
    "offers": [
      "een training voor vrijwilligers in de thuiszorg"
    ],
    "needs": [
      "meer vrijwilligers in Breukelen"
    ],
    "website": "https://op-adem-maarssen.example",
    "email": "info@op-adem-maarssen.example"
  },
  {
    "id": "DEMO-28",
    "name": "Klimaatgroep Driebergen",
    "summary": "Bewoners die hun dorp klimaatbestendig maken: tegels eruit, groen erin en samen isoleren.",
    "description": "We organiseren avonden over isoleren en helpen buren met kleine maatregelen, zoals radiatorfolie en tochtstrips. In het voorjaar halen we samen tegels uit tuinen en planten we groen.\n\nIedereen die mee wil denken of doen, is welkom op onze maandelijkse avond in de bibliotheek.",
    "themes": [
      "duurzaamheid-energie",
      "groen-natuur"
    ],
    "target_groups": [
      "buurtbewoners"
    ],
    "municipality": "Utrechtse Heuvelrug",
    "place": "Driebergen-Rijsenburg",
    "lat": 52.0536,
    "lon": 5.2791,
    "phase": "startend",
    "founded": 2021,
    "legal_form": "informeel",
    "offers": [
      "een warmtecamera te leen"
    ],
    "needs": [
      "een vaste vergaderplek"
    ],
    "website": "https://klimaatgroep-driebergen.example",
    "email": "info@klimaatgroep-driebergen.example"
  },
  {
    "id": "DEMO-29",
    "name": "Kleedkamer Veenendaal",
    "summary": "Een winkel met gratis kleding voor mensen met een kleine beurs. Met een pasje van de gemeente of de kerk.",
    "description": "In de Kleedkamer vind je nette kleding, schoenen en jassen voor het hele gezin. Alles is gedoneerd door inwoners van Veenendaal en gratis voor wie het nodig heeft.\n\nVrijwilligers sorteren en helpen je met passen. We zijn open op dinsdag en zaterdag.",
    "themes": [
      "armoede-schulden"
    ],
    "target_groups": [
      "minima",
      "gezinnen"
    ],
    "municipality": "Veenendaal",
    "place": "Veenendaal",
    "lat": 52.0281,
    "lon": 5.5571,
    "phase": "gevestigd",
    "founded": 2014,
    "legal_form": "stichting",
    "offers": [
      "kledingrekken"
    ],
    "needs": [
      "winterjassen voor kinderen"
    ],
    "website": "https://kleedkamer-veenendaal.example",
    "email": "info@kleedkamer-veenendaal.example"
  },
  {
    "id": "DEMO-30",
    "name": "Leerdam in Beweging",
    "summary": "Gratis sporten in het park en op pleinen, zodat meer mensen in Leerdam gezond en fit blijven.",
    "description": "We merkten dat veel mensen in Leerdam weinig bewegen. Sportclubs zijn duur of ver weg. Daarom geven vrijwillige trainers gratis lessen buiten: bootcamp, stoelyoga en wandelvoetbal.\n\nJe kunt gewoon aansluiten. Neem water en goede schoenen mee.",
    "themes": [
      "gezondheid",
      "sport-bewegen"
    ],
    "target_groups": [
      "iedereen"
    ],
    "municipality": "Vijfheerenlanden",
    "place": "Leerdam",
    "lat": 51.8937,
    "lon": 5.0915,
    "phase": "startend",
    "founded": 2024,
    "legal_form": "informeel",
    "offers": [],
    "needs": [
      "trainers met een sportdiploma"
    ],
    "website": "https://leerdam-in-beweging.example",
    "email": "info@leerdam-in-beweging.example"
  },
  {
    "id": "DEMO-31",
    "name": "Trappers Wijk bij Duurstede",
    "summary": "Fietsles voor volwassenen die nooit hebben leren fietsen. Veilig oefenen, daarna samen de weg op.",
    "description": "Fietsen geeft vrijheid: naar je werk, de school of de winkel. Veel nieuwkomers hebben het nooit geleerd. Bij ons oefen je eerst op een plein, daarna op rustige wegen.\n\nJe leert ook de verkeersregels. Je krijgt een fiets te leen zolang de lessen duren.",
    "themes": [
      "mobiliteit",
      "taal-integratie",
      "veiligheid"
    ],
    "target_groups": [
      "nieuwkomers"
    ],
    "municipality": "Wijk bij Duurstede",
    "place": "Wijk bij Duurstede",
    "lat": 51.9736,
    "lon": 5.3398,
    "phase": "gevestigd",
    "founded": 2017,
    "legal_form": "informeel",
    "offers": [
      "lesfietsen",
      "een lesplan voor fietsles"
    ],
    "needs": [
      "fietsen in kleine maten"
    ],
    "website": "https://trappers-wijk-bij-duurstede.example",
    "email": "info@trappers-wijk-bij-duurstede.example"
  },
  {
    "id": "DEMO-32",
    "name": "Muziekcafé Harmelen",
    "summary": "Elke derde zondag live muziek in het dorpscafé, gespeeld door muzikanten uit de buurt.",
    "description": "Van jazz tot levenslied: in het Muziekcafé spelen muzikanten uit Harmelen en omgeving. De toegang is gratis, er gaat een hoed rond voor de muzikanten.\n\nHet is een middag om elkaar te ontmoeten. Ook mensen die minder makkelijk de deur uit gaan, komen graag. We kunnen je ophalen.",
    "themes": [
      "cultuur",
      "eenzaamheid"
    ],
    "target_groups": [
      "iedereen",
      "ouderen"
    ],
    "municipality": "Woerden",
    "place": "Harmelen",
    "lat": 52.0884,
    "lon": 4.9637,
    "phase": "gevestigd",
    "founded": 2019,
    "legal_form": "informeel",
    "offers": [
      "een geluidsinstallatie te leen"
    ],
    "needs": [
      "muzikanten die een keer willen spelen"
    ],
    "website": "",
    "email": "info@muziekcafe-harmelen.example"
  },
  {
    "id": "DEMO-33",
    "name": "Jongerenwerkplaats Woudenberg",
    "summary": "Jongeren leren repareren, bouwen en programmeren in een oude schuur. Met vakmensen uit het dorp.",
    "description": "In de werkplaats maken jongeren van twaalf tot achttien jaar hun eigen projecten: een skateboard, een vogelhuis of een robot. Vakmensen uit het dorp leren hen met gereedschap en computers werken.\n\nWe zijn open op woensdagmiddag en zaterdagochtend. Meedoen is gratis.",
    "themes": [
      "jongeren",
      "digitale-vaardigheden"
    ],
    "target_groups": [
      "jongeren"
    ],
    "municipality": "Woudenberg",
    "place": "Woudenberg",
    "lat": 52.0812,
    "lon": 5.4147,
    "phase": "startend",
    "founded": 2022,
    "legal_form": "vereniging",
    "offers": [
      "3D-printer voor projecten"
    ],
    "needs": [
      "gedoneerde laptops"
    ],
    "website": "https://jongerenwerkplaats-woudenberg.example",
    "email": "info@jongerenwerkplaats-woudenberg.example"
  },
  {
    "id": "DEMO-34",
    "name": "Huiskamernetwerk Utrecht",
    "summary": "Een netwerk van buurtkamers in de hele provincie. We delen ervaring, draaiboeken en vrijwilligers.",
    "description": "Overal in de provincie zijn buurtkamers en huiskamers waar mensen elkaar ontmoeten. Vaak vinden ze steeds opnieuw het wiel uit. In ons netwerk helpen ze elkaar.\n\nTwee keer per jaar is er een ontmoetingsdag. Daartussen delen we vragen en tips online.",
    "themes": [
      "wonen-buurt",
      "zorg-welzijn"
    ],
    "target_groups": [
      "iedereen"
    ],
    "municipality": "Hele provincie",
    "place": "",
    "lat": null,
    "lon": null,
    "phase": "gevestigd",
    "founded": 2015,
    "legal_form": "stichting",
    "offers": [
      "draaiboeken voor buurtkamers",
      "contact met andere buurtkamers"
    ],
    "needs": [],
    "website": "https://huiskamernetwerk-utrecht.example",
    "email": "info@huiskamernetwerk-utrecht.example"
  }
]
)demo_json";
}

}  // namespace omzien::initiatives
