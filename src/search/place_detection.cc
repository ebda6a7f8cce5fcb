#include "search/place_detection.h"

#include <map>
#include <string>

#include "geo/geo.h"
#include "search/tokenizer.h"

namespace omzien::search {
namespace {

constexpr std::size_t kMinLastWordAlias = 5;

struct Alias {
  std::vector<std::string> words;
  std::vector<const geo::Place*> places;
};

int kind_rank(geo::PlaceKind kind) {
  switch (kind) {
    case geo::PlaceKind::Municipality: return 0;
    case geo::PlaceKind::Woonplaats: return 1;
    case geo::PlaceKind::Neighbourhood: return 2;
    case geo::PlaceKind::Province: return 3;
  }
  return 3;
}

bool is_article(std::string_view word) { return word == "de" || word == "den" || word == "het" || word == "t" || word == "s"; }

// Folded name words -> every place with that name or alias, built once from the gazetteer.
const std::map<std::vector<std::string>, Alias>& aliases() {
  static const auto table = [] {
    std::map<std::vector<std::string>, Alias> out;
    auto add = [&out](std::vector<std::string> words, const geo::Place& place) {
      if (words.empty()) return;
      Alias& alias = out[words];
      alias.words = std::move(words);
      for (const geo::Place* known : alias.places)
        if (known->name == place.name && known->municipality_code == place.municipality_code) return;
      alias.places.push_back(&place);
    };
    auto words_of = [](std::string_view name) {
      std::vector<std::string> words;
      for (auto& token : tokenize(name)) words.push_back(token.word);
      return words;
    };
    for (const geo::Place& place : geo::places()) {
      if (place.kind == geo::PlaceKind::Province) continue;
      std::vector<std::string> words = words_of(place.name);
      add(words, place);
      std::vector<std::string> without_article = words;
      while (without_article.size() > 1 && is_article(without_article.front())) without_article.erase(without_article.begin());
      add(without_article, place);
      if (place.kind == geo::PlaceKind::Municipality && without_article.size() >= 2 &&
          without_article.back().size() >= kMinLastWordAlias)
        add({without_article.back()}, place);
    }
    // Everyday names of the gazetteer ("Spakenburg", "De Uithof").
    for (const geo::PlaceAlias& alias : geo::place_aliases())
      for (const geo::Place& place : geo::places())
        if (place.name == alias.name && place.municipality_code == alias.municipality_code) add(words_of(alias.alias), place);
    return out;
  }();
  return table;
}

// The place an alias stands for, or null when it is ambiguous.
const geo::Place* resolve(const Alias& alias) {
  const geo::Place* best = nullptr;
  bool tie = false;
  for (const geo::Place* place : alias.places) {
    if (!best || kind_rank(place->kind) < kind_rank(best->kind)) {
      best = place;
      tie = false;
    } else if (kind_rank(place->kind) == kind_rank(best->kind)) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

}  // namespace

std::optional<PlaceMatch> detect_place(const std::vector<Token>& tokens) {
  const auto& table = aliases();
  std::optional<PlaceMatch> best;
  for (std::size_t first = 0; first < tokens.size(); ++first) {
    std::vector<std::string> words;
    for (std::size_t last = first; last < tokens.size() && last < first + 5; ++last) {
      if (last > first && tokens[last].joint == Joint::Punctuation) break;
      words.push_back(tokens[last].word);
      auto found = table.find(words);
      if (found == table.end()) continue;
      const geo::Place* place = resolve(found->second);
      if (!place) continue;
      std::size_t count = last - first + 1;
      if (best && best->token_count >= count) continue;
      PlaceMatch match;
      match.place = {std::string(place->name), place->kind, std::string(place->municipality_code), place->centre};
      match.first_token = first;
      match.token_count = count;
      best = match;
    }
  }
  return best;
}

}  // namespace omzien::search
