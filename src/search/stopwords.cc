#include "search/stopwords.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace omzien::search {
namespace {

// Sorted once at start-up; kept as one list so it reads like the data it is.
constexpr std::array kStopwords = std::to_array<std::string_view>({
    // Dutch function words (Snowball's Dutch list, folded).
    "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der",
    "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen",
    "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun",
    "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer",
    "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om",
    "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot",
    "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd",
    "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn",
    "zo", "zonder", "zou",
    // Question words and the remnants of 't, zo'n, m'n, z'n, d'r.
    "waar", "waarom", "wanneer", "welk", "welke", "hoeveel", "kun", "kunt", "mag", "mogen", "moeten",
    "wilt", "willen", "zouden", "waarbij", "waarmee", "jij", "jou", "jouw", "jullie", "onze", "mn",
    "zn", "m", "n", "t", "s", "r", "d", "k", "dr", "hebt", "bent", "word",
    // Around a place: "in de buurt van zeist" keeps "buurt", "omgeving utrecht" keeps nothing.
    "omgeving", "nabij", "rond", "rondom", "dichtbij", "regio",
    // English function words.
    "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "with", "by", "from", "is",
    "are", "be", "i", "my", "me", "you", "your", "we", "our", "where", "what", "who", "how", "can",
    "do", "does", "want", "need", "find", "looking", "some", "any", "it", "this", "that", "there",
    "near", "around",
});

constexpr std::array kFillers = std::to_array<std::string_view>({
    // Dutch: "ik zoek graag ergens iemand die ...", "hoe kom ik aan ...", "wie helpt ...".
    "graag", "ergens", "zoek", "zoeken", "zoekt", "gezocht", "vind", "vinden", "zoiets", "erg", "even",
    "eigenlijk", "misschien", "laten", "laat", "krijgen", "krijg", "kom", "komen", "gaan", "ga", "gaat",
    "doe", "doet", "moeite", "problemen", "probleem", "hulp", "help", "helpen", "helpt", "iedereen",
    "mensen", "iemand", "persoon", "mogelijk", "mogelijkheden", "informatie", "info", "idee", "ideeen",
    "tips", "tip", "suggesties", "suggestie",
    // English.
    "help", "helping", "people", "someone", "information", "info", "ideas", "idea",
});

template <std::size_t N>
std::array<std::string_view, N> sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace

bool is_stopword(std::string_view folded_word) {
  static const auto words = sorted(kStopwords);
  return std::binary_search(words.begin(), words.end(), folded_word);
}

bool is_query_filler(std::string_view folded_word) {
  static const auto words = sorted(kFillers);
  return std::binary_search(words.begin(), words.end(), folded_word);
}

}  // namespace omzien::search
