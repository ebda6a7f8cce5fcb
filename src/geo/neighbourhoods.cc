// Wijken and well-known neighbourhoods of the larger towns, and village cores that are part of a
// larger woonplaats (Cabauw is in woonplaats Lopik, Achterberg in Rhenen). Centres to four
// decimals, good to a few hundred metres; written by us from public facts (CBS wijken en buurten,
// PDOK). Names are how residents write them, because search detects places in queries with them
// ("repair cafe overvecht"). A bare compass word ("Oost") would match too much, so the city's
// districts carry the city's name ("Utrecht-Oost"); hyphens do not matter when matching.
#include "geo/gazetteer_data.h"

namespace omzien::geo::data {
namespace {

constexpr PlaceKind N = PlaceKind::Neighbourhood;

constexpr Place kNeighbourhoods[] = {
    // Utrecht: the ten wijken of the city, then well-known neighbourhoods.
    {"Binnenstad", N, "GM0344", {52.0915, 5.1195}},
    {"Utrecht-Noordoost", N, "GM0344", {52.1020, 5.1370}},
    {"Utrecht-Oost", N, "GM0344", {52.0850, 5.1500}},
    {"Utrecht-Zuid", N, "GM0344", {52.0700, 5.1300}},
    {"Utrecht-Zuidwest", N, "GM0344", {52.0740, 5.1000}},
    {"Utrecht-West", N, "GM0344", {52.0920, 5.0950}},
    {"Utrecht-Noordwest", N, "GM0344", {52.1050, 5.0970}},
    {"Overvecht", N, "GM0344", {52.1170, 5.1120}},
    {"Leidsche Rijn", N, "GM0344", {52.0950, 5.0550}},
    {"Vleuten-De Meern", N, "GM0344", {52.0930, 5.0180}},
    {"Kanaleneiland", N, "GM0344", {52.0720, 5.0980}},
    {"Transwijk", N, "GM0344", {52.0760, 5.1060}},
    {"Rivierenwijk", N, "GM0344", {52.0790, 5.1150}},
    {"Dichterswijk", N, "GM0344", {52.0830, 5.1090}},
    {"Lunetten", N, "GM0344", {52.0670, 5.1420}},
    {"Hoograven", N, "GM0344", {52.0740, 5.1290}},
    {"Tolsteeg", N, "GM0344", {52.0800, 5.1260}},
    {"Oudwijk", N, "GM0344", {52.0880, 5.1350}},
    {"Wittevrouwen", N, "GM0344", {52.0960, 5.1330}},
    {"Tuinwijk", N, "GM0344", {52.1010, 5.1290}},
    {"Voordorp", N, "GM0344", {52.1060, 5.1420}},
    {"Tuindorp", N, "GM0344", {52.1090, 5.1250}},
    {"Lauwerecht", N, "GM0344", {52.1020, 5.1150}},
    {"Pijlsweerd", N, "GM0344", {52.0990, 5.1080}},
    {"Ondiep", N, "GM0344", {52.1030, 5.1050}},
    {"Zuilen", N, "GM0344", {52.1090, 5.0960}},
    {"Lombok", N, "GM0344", {52.0920, 5.1030}},
    {"Oog in Al", N, "GM0344", {52.0880, 5.0950}},
    {"Utrecht Science Park", N, "GM0344", {52.0850, 5.1760}},
    {"Leidsche Rijn Centrum", N, "GM0344", {52.0900, 5.0620}},
    {"Parkwijk", N, "GM0344", {52.1000, 5.0580}},
    {"Langerak", N, "GM0344", {52.0930, 5.0460}},
    {"Terwijde", N, "GM0344", {52.1010, 5.0420}},
    {"Vleuterweide", N, "GM0344", {52.1000, 5.0210}},
    {"Veldhuizen", N, "GM0344", {52.0860, 5.0260}},
    // Amersfoort (Hoogland and Hooglanderveen are woonplaatsen of their own)
    {"Binnenstad", N, "GM0307", {52.1560, 5.3870}},
    {"Soesterkwartier", N, "GM0307", {52.1600, 5.3670}},
    {"Bergkwartier", N, "GM0307", {52.1500, 5.3740}},
    {"Leusderkwartier", N, "GM0307", {52.1480, 5.3850}},
    {"Vermeerkwartier", N, "GM0307", {52.1490, 5.3950}},
    {"Randenbroek", N, "GM0307", {52.1450, 5.4050}},
    {"Rustenburg", N, "GM0307", {52.1560, 5.4040}},
    {"Schuilenburg", N, "GM0307", {52.1520, 5.4170}},
    {"Kruiskamp", N, "GM0307", {52.1630, 5.4010}},
    {"Liendert", N, "GM0307", {52.1640, 5.4150}},
    {"Schothorst", N, "GM0307", {52.1740, 5.4000}},
    {"Zielhorst", N, "GM0307", {52.1780, 5.4220}},
    {"Kattenbroek", N, "GM0307", {52.1840, 5.4000}},
    {"Nieuwland", N, "GM0307", {52.1800, 5.3830}},
    {"Emiclaer", N, "GM0307", {52.1890, 5.3930}},
    {"Vathorst", N, "GM0307", {52.1960, 5.4150}},
    // Nieuwegein
    {"Nieuwegein-Centrum", N, "GM0356", {52.0290, 5.0820}},
    {"Jutphaas", N, "GM0356", {52.0450, 5.0960}},
    {"Galecop", N, "GM0356", {52.0470, 5.0760}},
    {"Batau-Noord", N, "GM0356", {52.0390, 5.0730}},
    {"Batau-Zuid", N, "GM0356", {52.0320, 5.0720}},
    {"Doorslag", N, "GM0356", {52.0340, 5.0880}},
    {"Merwestein", N, "GM0356", {52.0250, 5.0960}},
    {"Rijnhuizen", N, "GM0356", {52.0360, 5.1120}},
    {"Zuilenstein", N, "GM0356", {52.0230, 5.0690}},
    {"Huis de Geer", N, "GM0356", {52.0180, 5.0820}},
    {"Fokkesteeg", N, "GM0356", {52.0160, 5.0930}},
    {"Lekboulevard", N, "GM0356", {52.0110, 5.0810}},
    {"Vreeswijk", N, "GM0356", {52.0100, 5.0990}},
    // Veenendaal
    {"Veenendaal-Centrum", N, "GM0345", {52.0270, 5.5580}},
    {"Veenendaal-West", N, "GM0345", {52.0290, 5.5350}},
    {"Veenendaal-Oost", N, "GM0345", {52.0280, 5.5900}},
    {"Dragonder", N, "GM0345", {52.0240, 5.5750}},
    {"Petenbos", N, "GM0345", {52.0340, 5.5420}},
    {"Engelenburg", N, "GM0345", {52.0370, 5.5580}},
    {"Franse Gat", N, "GM0345", {52.0190, 5.5600}},
    // Zeist
    {"Zeist-Centrum", N, "GM0355", {52.0880, 5.2320}},
    {"Zeist-West", N, "GM0355", {52.0870, 5.2150}},
    {"Zeist-Noord", N, "GM0355", {52.1000, 5.2380}},
    {"Vollenhove", N, "GM0355", {52.0970, 5.2180}},
    {"Crosestein", N, "GM0355", {52.1020, 5.2290}},
    {"Brugakker", N, "GM0355", {52.0990, 5.2440}},
    {"Mooi Zeist", N, "GM0355", {52.0840, 5.2400}},
    {"Kerckebosch", N, "GM0355", {52.0820, 5.2470}},
    // Houten
    {"Oude Dorp", N, "GM0321", {52.0310, 5.1630}},
    {"Houten-Noord", N, "GM0321", {52.0420, 5.1660}},
    {"Houten-Zuid", N, "GM0321", {52.0180, 5.1740}},
    {"Castellum", N, "GM0321", {52.0220, 5.1740}},
    {"Loerik", N, "GM0321", {52.0170, 5.1580}},
    // Woerden
    {"Woerden-Centrum", N, "GM0632", {52.0850, 4.8830}},
    {"Molenvliet", N, "GM0632", {52.0950, 4.8960}},
    {"Schilderskwartier", N, "GM0632", {52.0910, 4.8760}},
    {"Staatsliedenkwartier", N, "GM0632", {52.0920, 4.8880}},
    {"Snel en Polanen", N, "GM0632", {52.0790, 4.9000}},
    {"Waterrijk", N, "GM0632", {52.0870, 4.8620}},
    // IJsselstein
    {"IJsselstein-Centrum", N, "GM0353", {52.0200, 5.0430}},
    {"Zenderpark", N, "GM0353", {52.0150, 5.0550}},
    // Soest
    {"Soestdijk", N, "GM0342", {52.1850, 5.3000}},
    {"Soest-Zuid", N, "GM0342", {52.1610, 5.3030}},
    {"Soestduinen", N, "GM0342", {52.1520, 5.2990}},
    // Stichtse Vecht
    {"Maarssen-Dorp", N, "GM1904", {52.1370, 5.0420}},
    {"Maarssenbroek", N, "GM1904", {52.1230, 5.0250}},
    // Village cores inside a larger woonplaats
    {"Cabauw", N, "GM0331", {51.9600, 4.9570}},
    {"Achterberg", N, "GM0340", {51.9730, 5.5840}},
    {"Rijsenburg", N, "GM1581", {52.0480, 5.2950}},
};

}  // namespace

std::span<const Place> neighbourhoods() { return kNeighbourhoods; }

}  // namespace omzien::geo::data
