#include "search/compounds.h"

#include <limits>

namespace omzien::search {
namespace {

constexpr std::size_t kMinPart = 3;
// Words of their own in the dictionary ("buurtmoestuin", "koelkast") are split too, so a part
// finds them, but only into longer parts: "verbinding" is not "ver" + "binding".
constexpr std::size_t kMinPartOfKnownWord = 4;

}  // namespace

std::vector<std::string> split_compound(const DutchDictionary& dictionary, std::string_view word) {
  const std::size_t n = word.size();
  const std::size_t kMinPart = (dictionary.roles(word) & kStandalone) ? kMinPartOfKnownWord : search::kMinPart;
  if (dictionary.empty() || n < 2 * kMinPart) return {};

  // parts[i]: fewest parts for word[i..] where the part at i continues a compound and the last
  // part ends one; head[i]: length of that last part; next[i]: where the part at i ends.
  constexpr int kNone = std::numeric_limits<int>::max();
  std::vector<int> parts(n + 1, kNone);
  std::vector<std::size_t> head(n + 1, 0), next(n + 1, n);
  auto better = [&](std::size_t i, int count, std::size_t head_length) {
    return count < parts[i] || (count == parts[i] && head_length > head[i]);
  };
  for (std::size_t i = n - kMinPart + 1; i-- > 0;) {
    if (dictionary.roles(word.substr(i)) & kCompoundEnd) {
      parts[i] = 1;
      head[i] = n - i;
      next[i] = n;
    }
    for (std::size_t j = i + kMinPart; j + kMinPart <= n; ++j) {
      if (parts[j] == kNone) continue;
      if (!(dictionary.roles(word.substr(i, j - i)) & (kCompoundMiddle | kCompoundBegin))) continue;
      if (better(i, parts[j] + 1, head[j])) {
        parts[i] = parts[j] + 1;
        head[i] = head[j];
        next[i] = j;
      }
    }
  }
  // The first part must be able to begin a compound.
  int best = kNone;
  std::size_t best_first = 0, best_head = 0;
  for (std::size_t j = kMinPart; j + kMinPart <= n; ++j) {
    if (parts[j] == kNone || !(dictionary.roles(word.substr(0, j)) & kCompoundBegin)) continue;
    if (parts[j] + 1 < best || (parts[j] + 1 == best && head[j] > best_head)) {
      best = parts[j] + 1;
      best_first = j;
      best_head = head[j];
    }
  }
  if (best == kNone) return {};
  std::vector<std::string> out{std::string(word.substr(0, best_first))};
  for (std::size_t i = best_first; i < n; i = next[i]) out.emplace_back(word.substr(i, next[i] - i));
  return out;
}

bool may_join(const DutchDictionary& dictionary, std::string_view first, std::string_view second) {
  if (dictionary.empty() || first.size() < kMinPart || second.size() < kMinPart) return false;
  std::string joined = std::string(first) + std::string(second);
  if (dictionary.roles(joined) & kStandalone) return true;
  return (dictionary.roles(first) & kCompoundBegin) && (dictionary.roles(second) & kCompoundEnd);
}

}  // namespace omzien::search
