#include "features/search/synonym_group.h"

#include <algorithm>
#include <fmt/format.h>

#include "core/text.h"
#include "features/search/texts.h"
#include "search/analyzer.h"

namespace omzien::search_pages {
namespace {

// The rule format uses these; inside a word they would change what the rule means.
bool has_format_characters(std::string_view phrase) {
  return phrase.find('#') != std::string_view::npos || phrase.find("=>") != std::string_view::npos;
}

bool searchable(const search::Analyzer& analyzer, std::string_view phrase) {
  auto tokens = analyzer.analyze(phrase);
  return std::any_of(tokens.begin(), tokens.end(), [](const search::Token& t) { return !t.stopword; });
}

// The message for the first problem of one field's phrases; empty when there is none.
std::string problem_of(const std::vector<std::string>& phrases, const search::Analyzer* analyzer) {
  if (phrases.size() > kMaxPhrases) return texts::kSynonymsTooMany;
  std::vector<std::string> folded;
  for (const auto& phrase : phrases) {
    if (utf8_length(phrase) > kMaxPhraseLength || has_control_characters(phrase)) return texts::kSynonymTooLong;
    if (has_format_characters(phrase)) return texts::kSynonymCharacters;
    if (analyzer && !searchable(*analyzer, phrase)) return fmt::format(fmt::runtime(texts::kSynonymTooCommon), phrase);
    std::string key = fold(phrase);
    if (std::find(folded.begin(), folded.end(), key) != folded.end())
      return fmt::format(fmt::runtime(texts::kSynonymTwice), phrase);
    folded.push_back(key);
  }
  return {};
}

}  // namespace

std::vector<std::string> phrases_of(std::string_view typed) {
  std::string text(typed);
  std::replace(text.begin(), text.end(), '\n', ',');
  std::vector<std::string> out;
  for (const auto& part : split(text, ',')) {
    std::string phrase = trim(part);
    if (!phrase.empty()) out.push_back(std::move(phrase));
  }
  return out;
}

std::string joined(const std::vector<std::string>& phrases) {
  std::string out;
  for (const auto& phrase : phrases) out += (out.empty() ? "" : ", ") + phrase;
  return out;
}

std::string rule_text(const SynonymGroup& group) {
  std::string out = joined(group.words);
  if (!group.also_finds.empty()) out += " => " + joined(group.also_finds);
  return out;
}

std::string rules_text(const std::vector<SynonymGroup>& groups) {
  std::string out;
  for (const auto& group : groups) out += rule_text(group) + "\n";
  return out;
}

SynonymForm SynonymForm::from_request(const http::Request& request) {
  return {.words = request.form.get("words"), .also_finds = request.form.get("also_finds")};
}

SynonymForm SynonymForm::from_group(const SynonymGroup& group) {
  return {.words = joined(group.words), .also_finds = joined(group.also_finds)};
}

bool SynonymForm::validate(const search::Analyzer* analyzer) {
  errors.clear();
  std::vector<std::string> same = phrases_of(words), broader = phrases_of(also_finds);
  if (same.empty() || (same.size() < 2 && broader.empty())) errors["words"] = texts::kSynonymsTooFew;
  else if (auto problem = problem_of(same, analyzer); !problem.empty()) errors["words"] = problem;
  if (auto problem = problem_of(broader, analyzer); !problem.empty()) errors["also_finds"] = problem;
  return errors.empty();
}

SynonymGroup SynonymForm::to_group(std::int64_t id, Seconds now) const {
  return {.id = id, .words = phrases_of(words), .also_finds = phrases_of(also_finds), .changed_at = now};
}

View SynonymForm::to_view() const { return View().set("words", words).set("also_finds", also_finds); }

}  // namespace omzien::search_pages
