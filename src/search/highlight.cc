#include "search/highlight.h"

#include <algorithm>

namespace omzien::search {
namespace {

bool contains(const std::vector<std::string>& terms, std::string_view term) {
  return !term.empty() && std::find(terms.begin(), terms.end(), term) != terms.end();
}

}  // namespace

std::vector<TextSegment> highlight(const Analyzer& analyzer, std::string_view text,
                                   const std::vector<std::string>& matched_terms) {
  std::vector<Token> tokens = analyzer.analyze(text);
  std::vector<bool> marked(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.stopword) continue;
    bool hit = contains(matched_terms, token.term) ||
               std::any_of(token.extra_terms.begin(), token.extra_terms.end(),
                           [&](const std::string& term) { return contains(matched_terms, term); });
    if (hit) marked[i] = true;
    if (contains(matched_terms, token.joined_term) && i + 1 < tokens.size()) marked[i] = marked[i + 1] = true;
  }

  std::vector<TextSegment> segments;
  auto append = [&segments](std::string_view piece, bool matched) {
    if (piece.empty()) return;
    if (!segments.empty() && segments.back().matched == matched) segments.back().text += piece;
    else segments.push_back({std::string(piece), matched});
  };
  std::size_t at = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!marked[i]) continue;
    // Marked words with only a space between them ("taal café") form one marked piece.
    std::size_t begin = tokens[i].begin, end = tokens[i].end;
    while (i + 1 < tokens.size() && marked[i + 1] && tokens[i + 1].joint == Joint::Space) end = tokens[++i].end;
    append(text.substr(at, begin - at), false);
    append(text.substr(begin, end - begin), true);
    at = end;
  }
  append(text.substr(at), false);
  return segments;
}

}  // namespace omzien::search
