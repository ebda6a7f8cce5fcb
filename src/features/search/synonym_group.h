// A group of synonyms that staff add themselves, beside the list built into the program: words
// that mean the same ("buurtkamer, huiskamer") and, optionally, broader words they also find
// ("=> ontmoeting"). The form keeps what was typed and says per field what needs a change.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/view.h"
#include "http/request.h"

namespace omzien::search {
class Analyzer;
}

namespace omzien::search_pages {

inline constexpr std::size_t kMaxPhrases = 20;      // per field
inline constexpr std::size_t kMaxPhraseLength = 60;  // characters

struct SynonymGroup {
  std::int64_t id = 0;
  std::vector<std::string> words = {};       // each finds the others
  std::vector<std::string> also_finds = {};  // found by `words`, not the other way round
  Seconds changed_at = 0;
};

// One rule in the format of src/search/synonyms.h: "a, b" or "a, b => c".
std::string rule_text(const SynonymGroup& group);
// The rules of all `groups`, one a line: the text for search::Index::set_extra_synonyms.
std::string rules_text(const std::vector<SynonymGroup>& groups);
// Phrases as typed, separated by commas or new lines; trimmed, empty ones left out.
std::vector<std::string> phrases_of(std::string_view typed);
// "a, b, c".
std::string joined(const std::vector<std::string>& phrases);

struct SynonymForm {
  std::string words = {};       // as typed
  std::string also_finds = {};  // as typed
  std::map<std::string, std::string> errors = {};

  static SynonymForm from_request(const http::Request& request);
  static SynonymForm from_group(const SynonymGroup& group);
  // True when it can be saved; else `errors` says why, per field. With an analyzer, a word that
  // search cannot use ("de", "en") is refused too.
  bool validate(const search::Analyzer* analyzer);
  // The group it describes (call after validate()).
  SynonymGroup to_group(std::int64_t id, Seconds now) const;
  View to_view() const;  // {words, also_finds}
};

}  // namespace omzien::search_pages
