// Other ways people write places of the province: short forms, older names, common misspellings and
// the BAG's own spelling where ours differs by more than punctuation. Only names that point to one
// place in this province; case, accents, hyphens and apostrophes need no alias (see place_key()).
#include "geo/gazetteer_data.h"

namespace omzien::geo::data {
namespace {

constexpr PlaceAlias kAliases[] = {
    // BAG spellings that differ from ours
    {"Elst Ut", "Elst", "GM0340"},
    {"Elst (Utrecht)", "Elst", "GM0340"},
    // Short and everyday forms
    {"Driebergen", "Driebergen-Rijsenburg", "GM1581"},
    {"Spakenburg", "Bunschoten-Spakenburg", "GM0313"},
    {"Loenen", "Loenen aan de Vecht", "GM1904"},
    {"Tienhoven (Utrecht)", "Tienhoven", "GM1904"},
    {"Tienhoven (Vijfheerenlanden)", "Tienhoven aan de Lek", "GM1961"},
    {"Hollandse Rading", "Hollandsche Rading", "GM0310"},
    {"De Lage Vuursche", "Lage Vuursche", "GM0308"},
    {"Goy", "'t Goy", "GM0321"},
    {"Tull en Waal", "Tull en 't Waal", "GM0321"},
    {"Maarssendorp", "Maarssen-Dorp", "GM1904"},
    // Utrecht
    {"Utrecht Centrum", "Binnenstad", "GM0344"},
    {"Binnenstad Utrecht", "Binnenstad", "GM0344"},
    {"Leidse Rijn", "Leidsche Rijn", "GM0344"},
    {"Leidse Rijn Centrum", "Leidsche Rijn Centrum", "GM0344"},
    {"LR Centrum", "Leidsche Rijn Centrum", "GM0344"},
    {"De Uithof", "Utrecht Science Park", "GM0344"},
    {"Uithof", "Utrecht Science Park", "GM0344"},
    {"Science Park", "Utrecht Science Park", "GM0344"},
    {"Utrecht Overvecht", "Overvecht", "GM0344"},
    {"Utrecht Noord", "Utrecht-Noordwest", "GM0344"},
    // Amersfoort
    {"Amersfoort Centrum", "Binnenstad", "GM0307"},
    {"Binnenstad Amersfoort", "Binnenstad", "GM0307"},
    {"Amersfoort Vathorst", "Vathorst", "GM0307"},
    // Other towns
    {"Nieuwegein City", "Nieuwegein-Centrum", "GM0356"},
    {"Jutphaas-Wijkersloot", "Jutphaas", "GM0356"},
    {"Houten Centrum", "Oude Dorp", "GM0321"},
    {"Het Oude Dorp", "Oude Dorp", "GM0321"},
    {"Binnenstad Woerden", "Woerden-Centrum", "GM0632"},
    {"Wijk bij Duurstede Centrum", "Wijk bij Duurstede", "GM0352"},
    {"Heuvelrug", "Utrechtse Heuvelrug", "GM1581"},
    {"Vijf Heerenlanden", "Vijfheerenlanden", "GM1961"},
    {"Ronde Venen", "De Ronde Venen", "GM0736"},
};

}  // namespace

std::span<const PlaceAlias> aliases() { return kAliases; }

}  // namespace omzien::geo::data
