// How a theme looks on the map. Colour alone fails colour-blind visitors, so every marker carries
// a two-letter code of its theme ("Vo" for Voedsel) on one of eight colours (the Okabe-Ito
// palette, told apart by most colour-blind people), and the legend lists both.
#pragma once

#include <string>
#include <vector>

#include "features/initiatives/taxonomy.h"

namespace omzien::map {

struct ThemeMarker {
  std::string theme_id;  // "voedsel"
  std::string label;     // "Voedsel"
  std::string code;      // "Vo": unique among the themes
  int colour = 0;        // 0 to 7: the CSS class omzien-marker--kleur-N
};

inline constexpr int kMarkerColours = 8;

// One marker style per theme, in the order of `themes` (retired ones too: old profiles keep them).
// Codes come from the label's letters: the first, then the first next letter that makes it unique.
std::vector<ThemeMarker> theme_markers(const std::vector<initiatives::Term>& themes);
// The marker of `theme_id`; a neutral one ("·", colour 7) for an unknown or empty theme.
ThemeMarker marker_for(const std::vector<ThemeMarker>& markers, const std::string& theme_id);

}  // namespace omzien::map
