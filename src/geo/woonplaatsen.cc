// Every woonplaats of the BAG (Basisregistratie Adressen en Gebouwen) in the province of Utrecht,
// with a centre point near its church or main square, to four decimals (about 10 m; the centres
// themselves are good to a few hundred metres). Written by us from public facts (BAG, PDOK).
// Names are how people write them; where the BAG differs, the BAG name is an alias
// (place_aliases.cc): "Elst Ut" is Elst. Case and hyphens need none: "de Hoef", "Oud Zuilen".
// A woonplaats may carry its municipality's name ("Zeist"); find_place() then prefers the municipality.
#include "geo/gazetteer_data.h"

namespace omzien::geo::data {
namespace {

constexpr PlaceKind W = PlaceKind::Woonplaats;

constexpr Place kWoonplaatsen[] = {
    // Amersfoort
    {"Amersfoort", W, "GM0307", {52.1561, 5.3878}},
    {"Hoogland", W, "GM0307", {52.1850, 5.3780}},
    {"Hooglanderveen", W, "GM0307", {52.1830, 5.4330}},
    {"Stoutenburg Noord", W, "GM0307", {52.1450, 5.4550}},
    // Baarn
    {"Baarn", W, "GM0308", {52.2117, 5.2875}},
    {"Lage Vuursche", W, "GM0308", {52.1800, 5.2300}},
    // Bunnik
    {"Bunnik", W, "GM0312", {52.0665, 5.1985}},
    {"Odijk", W, "GM0312", {52.0527, 5.2360}},
    {"Werkhoven", W, "GM0312", {52.0240, 5.2440}},
    // Bunschoten
    {"Bunschoten-Spakenburg", W, "GM0313", {52.2460, 5.3740}},
    {"Eemdijk", W, "GM0313", {52.2560, 5.3490}},
    // De Bilt
    {"Bilthoven", W, "GM0310", {52.1283, 5.2042}},
    {"De Bilt", W, "GM0310", {52.1100, 5.1806}},
    {"Groenekan", W, "GM0310", {52.1360, 5.1620}},
    {"Hollandsche Rading", W, "GM0310", {52.1760, 5.1790}},
    {"Maartensdijk", W, "GM0310", {52.1550, 5.1740}},
    {"Westbroek", W, "GM0310", {52.1660, 5.1300}},
    // De Ronde Venen
    {"Abcoude", W, "GM0736", {52.2720, 4.9700}},
    {"Amstelhoek", W, "GM0736", {52.2300, 4.8350}},
    {"Baambrugge", W, "GM0736", {52.2450, 4.9890}},
    {"De Hoef", W, "GM0736", {52.2030, 4.8270}},
    {"Mijdrecht", W, "GM0736", {52.2067, 4.8625}},
    {"Vinkeveen", W, "GM0736", {52.2140, 4.9320}},
    {"Waverveen", W, "GM0736", {52.2050, 4.9150}},
    {"Wilnis", W, "GM0736", {52.1960, 4.8970}},
    // Eemnes
    {"Eemnes", W, "GM0317", {52.2540, 5.2571}},
    // Houten
    {"Houten", W, "GM0321", {52.0283, 5.1681}},
    {"'t Goy", W, "GM0321", {52.0030, 5.2320}},
    {"Schalkwijk", W, "GM0321", {51.9990, 5.1860}},
    {"Tull en 't Waal", W, "GM0321", {51.9950, 5.1560}},
    // IJsselstein
    {"IJsselstein", W, "GM0353", {52.0199, 5.0434}},
    // Leusden
    {"Leusden", W, "GM0327", {52.1325, 5.4311}},
    {"Achterveld", W, "GM0327", {52.1370, 5.4960}},
    {"Stoutenburg", W, "GM0327", {52.1320, 5.4610}},
    // Lopik
    {"Lopik", W, "GM0331", {51.9728, 4.9461}},
    {"Benschop", W, "GM0331", {52.0070, 4.9780}},
    {"Jaarsveld", W, "GM0331", {51.9600, 4.9120}},
    {"Lopikerkapel", W, "GM0331", {51.9850, 5.0000}},
    {"Polsbroek", W, "GM0331", {51.9800, 4.8560}},
    // Montfoort
    {"Montfoort", W, "GM0335", {52.0459, 4.9527}},
    {"Linschoten", W, "GM0335", {52.0630, 4.9140}},
    // Nieuwegein
    {"Nieuwegein", W, "GM0356", {52.0292, 5.0812}},
    // Oudewater
    {"Oudewater", W, "GM0589", {52.0250, 4.8683}},
    {"Hekendorp", W, "GM0589", {52.0320, 4.8300}},
    {"Papekop", W, "GM0589", {52.0470, 4.8530}},
    {"Snelrewaard", W, "GM0589", {52.0360, 4.8950}},
    // Renswoude
    {"Renswoude", W, "GM0339", {52.0740, 5.5396}},
    // Rhenen
    {"Rhenen", W, "GM0340", {51.9594, 5.5681}},
    {"Elst", W, "GM0340", {51.9960, 5.5120}},
    // Soest
    {"Soest", W, "GM0342", {52.1740, 5.2917}},
    {"Soesterberg", W, "GM0342", {52.1190, 5.2880}},
    // Stichtse Vecht
    {"Maarssen", W, "GM1904", {52.1350, 5.0400}},
    {"Breukelen", W, "GM1904", {52.1740, 5.0010}},
    {"Kockengen", W, "GM1904", {52.1500, 4.9560}},
    {"Loenen aan de Vecht", W, "GM1904", {52.2090, 5.0230}},
    {"Loenersloot", W, "GM1904", {52.2170, 4.9950}},
    {"Nieuwer Ter Aa", W, "GM1904", {52.1790, 4.9690}},
    {"Nieuwersluis", W, "GM1904", {52.1930, 5.0170}},
    {"Nigtevecht", W, "GM1904", {52.2730, 5.0300}},
    {"Oud-Zuilen", W, "GM1904", {52.1180, 5.0700}},
    {"Tienhoven", W, "GM1904", {52.1640, 5.0850}},
    {"Vreeland", W, "GM1904", {52.2280, 5.0300}},
    // Utrecht
    {"Utrecht", W, "GM0344", {52.0907, 5.1214}},
    {"De Meern", W, "GM0344", {52.0815, 5.0320}},
    {"Haarzuilens", W, "GM0344", {52.1210, 5.0000}},
    {"Vleuten", W, "GM0344", {52.1070, 5.0110}},
    // Utrechtse Heuvelrug
    {"Amerongen", W, "GM1581", {52.0030, 5.4600}},
    {"Doorn", W, "GM1581", {52.0330, 5.3450}},
    {"Driebergen-Rijsenburg", W, "GM1581", {52.0530, 5.2800}},
    {"Leersum", W, "GM1581", {52.0120, 5.4320}},
    {"Maarn", W, "GM1581", {52.0630, 5.3700}},
    {"Maarsbergen", W, "GM1581", {52.0610, 5.4050}},
    {"Overberg", W, "GM1581", {52.0300, 5.4830}},
    // Veenendaal
    {"Veenendaal", W, "GM0345", {52.0275, 5.5563}},
    // Vijfheerenlanden (Utrecht since 2019: the former Leerdam, Vianen and Zederik)
    {"Vianen", W, "GM1961", {51.9920, 5.0920}},
    {"Ameide", W, "GM1961", {51.9540, 4.9630}},
    {"Everdingen", W, "GM1961", {51.9720, 5.1450}},
    {"Hagestein", W, "GM1961", {51.9800, 5.1190}},
    {"Hei- en Boeicop", W, "GM1961", {51.9300, 5.0350}},
    {"Hoef en Haag", W, "GM1961", {51.9860, 5.1080}},
    {"Kedichem", W, "GM1961", {51.8580, 5.0480}},
    {"Leerbroek", W, "GM1961", {51.9160, 5.0450}},
    {"Leerdam", W, "GM1961", {51.8930, 5.0920}},
    {"Lexmond", W, "GM1961", {51.9660, 5.0320}},
    {"Meerkerk", W, "GM1961", {51.9190, 4.9960}},
    {"Nieuwland", W, "GM1961", {51.9040, 5.0170}},
    {"Oosterwijk", W, "GM1961", {51.8810, 5.0700}},
    {"Ossenwaard", W, "GM1961", {51.9950, 5.1150}},
    {"Schoonrewoerd", W, "GM1961", {51.9200, 5.1170}},
    {"Tienhoven aan de Lek", W, "GM1961", {51.9560, 4.9400}},
    {"Zijderveld", W, "GM1961", {51.9540, 5.1420}},
    // Wijk bij Duurstede
    {"Wijk bij Duurstede", W, "GM0352", {51.9742, 5.3403}},
    {"Cothen", W, "GM0352", {51.9960, 5.3090}},
    {"Langbroek", W, "GM0352", {52.0070, 5.3290}},
    // Woerden
    {"Woerden", W, "GM0632", {52.0857, 4.8833}},
    {"Harmelen", W, "GM0632", {52.0890, 4.9630}},
    {"Kamerik", W, "GM0632", {52.1120, 4.8930}},
    {"Zegveld", W, "GM0632", {52.1170, 4.8370}},
    // Woudenberg
    {"Woudenberg", W, "GM0351", {52.0806, 5.4153}},
    // Zeist
    {"Zeist", W, "GM0355", {52.0894, 5.2331}},
    {"Austerlitz", W, "GM0355", {52.0815, 5.3120}},
    {"Bosch en Duin", W, "GM0355", {52.1160, 5.2370}},
    {"Den Dolder", W, "GM0355", {52.1390, 5.2470}},
    {"Huis ter Heide", W, "GM0355", {52.1020, 5.2500}},
};

}  // namespace

std::span<const Place> woonplaatsen() { return kWoonplaatsen; }

}  // namespace omzien::geo::data
