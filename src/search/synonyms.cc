#include "search/synonyms.h"

#include <algorithm>

#include "core/text.h"

namespace omzien::search {
namespace {

// The data file is a raw string literal so the program carries it without a build step.
constexpr std::string_view kBuiltin =
#include "search/data/synonyms.txt"
    ;

std::vector<std::string> split_phrases(std::string_view list) {
  std::vector<std::string> out;
  for (const std::string& part : split(list, ',')) {
    std::string phrase = trim(part);
    if (!phrase.empty()) out.push_back(std::move(phrase));
  }
  return out;
}

void add_expansion(SynonymTable& table, const std::string& key, const std::string& value) {
  if (key.empty() || value.empty() || value == std::string(1, kRelatedMark) || key == value) return;
  auto& values = table[key];
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

std::string_view builtin_synonyms() { return kBuiltin; }

Result<std::vector<SynonymRule>> parse_synonyms(std::string_view text) {
  std::vector<SynonymRule> rules;
  int line_number = 0;
  for (const std::string& raw_line : split(text, '\n')) {
    ++line_number;
    std::string_view line = raw_line;
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::string content = trim(line);
    if (content.empty()) continue;
    SynonymRule rule;
    if (auto arrow = content.find("=>"); arrow != std::string::npos) {
      rule.from = split_phrases(std::string_view(content).substr(0, arrow));
      rule.to = split_phrases(std::string_view(content).substr(arrow + 2));
      if (rule.from.empty() || rule.to.empty())
        return Error{ErrorKind::Invalid, "synonyms line " + std::to_string(line_number) + ": a side of => is empty"};
    } else {
      rule.from = split_phrases(content);
      if (rule.from.size() < 2)
        return Error{ErrorKind::Invalid, "synonyms line " + std::to_string(line_number) + ": a group needs two phrases"};
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

std::string analysed_phrase(std::string_view phrase, const Analyzer& analyzer) {
  std::string out;
  for (const Token& token : analyzer.analyze(phrase)) {
    if (!out.empty()) out += ' ';
    out += token.term;
  }
  return out;
}

SynonymTable build_synonym_table(const std::vector<SynonymRule>& rules, const Analyzer& analyzer) {
  SynonymTable table;
  for (const SynonymRule& rule : rules) {
    std::vector<std::string> from, to;
    for (const auto& phrase : rule.from) from.push_back(analysed_phrase(phrase, analyzer));
    for (const auto& phrase : rule.to) to.push_back(analysed_phrase(phrase, analyzer));
    if (rule.to.empty()) {
      for (const auto& key : from)
        for (const auto& value : from) add_expansion(table, key, value);
    } else {
      for (const auto& key : from)
        for (const auto& value : to) add_expansion(table, key, kRelatedMark + value);
    }
  }
  return table;
}

}  // namespace omzien::search
