// Reads only what search needs from hunspell's format: suffix rules (SFX) with their conditions,
// continuation flags and morphological tags, and the flags of each dictionary entry. Prefix rules
// and compound rules for numbers are left out; nl.aff uses two-letter flags ("FLAG long").
#include "search/dutch_dictionary.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "core/log.h"
#include "search/utf8.h"  // fold_search_word writes the ligature "ĳ" as "ij"

namespace omzien::search {
namespace {

constexpr const char* kSystemAff = "/usr/share/hunspell/nl.aff";
constexpr const char* kSystemDic = "/usr/share/hunspell/nl.dic";

// One position of a rule condition such as "[^eo]" or "l" or ".".
struct ConditionChar {
  std::u32string chars;
  bool negated = false;
  bool any = false;
};

struct SuffixRule {
  std::string strip;
  std::string add;
  std::string continuation;  // flags given to the derived form
  std::vector<ConditionChar> condition;
  bool gives_base = true;  // false for comparatives and superlatives (ouder, jonger)
  bool noun_form = false;  // plural or diminutive ("ts:NN...")
};

std::vector<ConditionChar> parse_condition(std::string_view text) {
  std::vector<ConditionChar> out;
  std::u32string chars = utf8_to_u32(text);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    ConditionChar c;
    if (chars[i] == U'.') {
      c.any = true;
    } else if (chars[i] == U'[') {
      std::size_t end = chars.find(U']', i);
      if (end == std::u32string::npos) end = chars.size();
      std::size_t first = i + 1;
      if (first < end && chars[first] == U'^') {
        c.negated = true;
        ++first;
      }
      c.chars = chars.substr(first, end - first);
      i = end;
    } else {
      c.chars = chars.substr(i, 1);
    }
    out.push_back(std::move(c));
  }
  if (out.size() == 1 && out[0].any) out.clear();
  return out;
}

bool condition_holds(const std::vector<ConditionChar>& condition, const std::u32string& word) {
  if (condition.size() > word.size()) return false;
  std::size_t start = word.size() - condition.size();
  for (std::size_t i = 0; i < condition.size(); ++i) {
    const auto& c = condition[i];
    if (c.any) continue;
    bool in = c.chars.find(word[start + i]) != std::u32string::npos;
    if (in == c.negated) return false;
  }
  return true;
}

bool has_flag(std::string_view flags, std::string_view flag) {
  for (std::size_t i = 0; i + 1 < flags.size(); i += 2)
    if (flags.substr(i, 2) == flag) return true;
  return false;
}

std::uint8_t roles_from_flags(std::string_view flags) {
  std::uint8_t roles = 0;
  if (has_flag(flags, "Ca")) roles |= kCompoundBegin;
  if (has_flag(flags, "Cb")) roles |= kCompoundMiddle;
  if (has_flag(flags, "Cc")) roles |= kCompoundEnd;
  return roles;
}

std::unordered_map<std::string, std::vector<SuffixRule>> read_suffix_rules(std::istream& in) {
  std::unordered_map<std::string, std::vector<SuffixRule>> rules;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("SFX ", 0) != 0) continue;
    std::istringstream fields(line);
    std::string sfx, flag, strip, add, condition, extra;
    fields >> sfx >> flag >> strip >> add >> condition;
    if (condition.empty() || condition == "#") continue;  // the header line "SFX Xx Y n"
    if (add == "Y" || add == "N") continue;
    SuffixRule rule;
    rule.strip = strip == "0" ? "" : strip;
    if (auto slash = add.find('/'); slash != std::string::npos) {
      rule.continuation = add.substr(slash + 1);
      add.resize(slash);
    }
    rule.add = add == "0" ? "" : add;
    rule.condition = parse_condition(condition);
    while (fields >> extra) {
      if (extra.rfind("ts:AJc", 0) == 0 || extra.rfind("ts:AJs", 0) == 0) rule.gives_base = false;
      if (extra.rfind("ts:NN", 0) == 0) rule.noun_form = true;
    }
    rules[flag].push_back(std::move(rule));
  }
  return rules;
}

// Folded as the tokenizer folds text; "opa's" is read as "opas" as the tokenizer reads it.
std::string dictionary_form(std::string_view word) {
  std::string folded = fold_search_word(word);
  std::erase(folded, '\'');
  for (std::size_t at; (at = folded.find("\u2019")) != std::string::npos;) folded.erase(at, 3);
  return folded;
}

struct RawForm {
  std::string form;
  std::string base;
  std::uint8_t roles = 0;
  bool entry = false;      // listed in the dictionary itself
  bool noun_form = false;  // derived as a plural or diminutive
};

void add_entry(std::string_view word, std::string_view flags,
               const std::unordered_map<std::string, std::vector<SuffixRule>>& rules,
               std::vector<RawForm>& out) {
  if (word.empty() || has_flag(flags, "Fw")) return;
  std::u32string chars = utf8_to_u32(word);
  if (chars.empty() || u_isupper(static_cast<UChar32>(chars[0]))) return;  // names, abbreviations
  std::string folded = dictionary_form(word);
  std::uint8_t entry_roles = roles_from_flags(flags);
  if (!has_flag(flags, "Cx")) entry_roles |= kStandalone;
  out.push_back({folded, "", entry_roles, true, false});
  for (std::size_t i = 0; i + 1 < flags.size(); i += 2) {
    auto found = rules.find(std::string(flags.substr(i, 2)));
    if (found == rules.end()) continue;
    for (const SuffixRule& rule : found->second) {
      if (!rule.add.empty() && rule.add.back() == '-') continue;  // hyphenated forms: split anyway
      if (word.size() < rule.strip.size() || !word.ends_with(rule.strip)) continue;
      if (!condition_holds(rule.condition, chars)) continue;
      std::string derived(word.substr(0, word.size() - rule.strip.size()));
      derived += rule.add;
      std::uint8_t roles = roles_from_flags(rule.continuation);
      if (!has_flag(rule.continuation, "Cx")) roles |= kStandalone;
      // Hunspell inflects the last part of a compound: "moes" + "tuinen".
      if (entry_roles & kCompoundEnd) roles |= kCompoundEnd;
      std::string derived_folded = dictionary_form(derived);
      std::string base = rule.gives_base && derived_folded != folded ? folded : std::string();
      out.push_back({std::move(derived_folded), std::move(base), roles, false, rule.noun_form});
    }
  }
}

}  // namespace

Result<std::shared_ptr<const DutchDictionary>> DutchDictionary::load(const std::string& aff_path,
                                                                     const std::string& dic_path) {
  std::ifstream aff(aff_path), dic(dic_path);
  if (!aff) return not_found("dictionary affix file missing: " + aff_path);
  if (!dic) return not_found("dictionary word file missing: " + dic_path);
  auto rules = read_suffix_rules(aff);

  std::vector<RawForm> raw;
  raw.reserve(400000);
  std::string line;
  std::getline(dic, line);  // the entry count
  while (std::getline(dic, line)) {
    std::string_view entry(line);
    if (auto space = entry.find_first_of(" \t"); space != std::string_view::npos) entry = entry.substr(0, space);
    std::string word;
    std::string_view flags;
    for (std::size_t i = 0; i < entry.size(); ++i) {
      if (entry[i] == '\\' && i + 1 < entry.size()) {
        word += entry[++i];
      } else if (entry[i] == '/') {
        flags = entry.substr(i + 1);
        break;
      } else {
        word += entry[i];
      }
    }
    add_entry(word, flags, rules, raw);
  }

  // Sorting indices, not the forms themselves: moving 400,000 strings around was most of the time.
  std::vector<std::uint32_t> order(raw.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&raw](std::uint32_t a, std::uint32_t b) {
    return raw[a].form != raw[b].form ? raw[a].form < raw[b].form : a < b;
  });
  auto dictionary = std::make_shared<DutchDictionary>();
  dictionary->forms_.reserve(order.size());
  std::vector<std::string_view> bases;
  bases.reserve(order.size());
  for (std::size_t i = 0; i < order.size();) {
    const std::string& text = raw[order[i]].form;
    std::size_t end = i;
    bool entry = false;
    for (; end < order.size() && raw[order[end]].form == text; ++end)
      if (raw[order[end]].entry) entry = true;
    Form form;
    std::string_view base;
    for (std::size_t k = i; k < end; ++k) {
      const RawForm& candidate = raw[order[k]];
      form.roles |= candidate.roles;
      // A listed word keeps its own meaning unless it is also a plural or diminutive of another
      // ("fietsen" -> "fiets", but "buurt" is not a verb form of "buur"). Else the least reduced base.
      bool allowed = !entry || candidate.noun_form;
      if (allowed && candidate.base.size() > base.size()) base = candidate.base;
    }
    if (text.size() <= 255) {
      form.offset = static_cast<std::uint32_t>(dictionary->chars_.size());
      form.length = static_cast<std::uint8_t>(text.size());
      dictionary->chars_ += text;
      dictionary->forms_.push_back(form);
      bases.push_back(base);
    }
    i = end;
  }
  for (std::size_t i = 0; i < bases.size(); ++i) {
    if (bases[i].empty()) continue;
    if (const Form* base = dictionary->find(bases[i]))
      dictionary->forms_[i].base = static_cast<std::int32_t>(base - dictionary->forms_.data());
  }
  return std::shared_ptr<const DutchDictionary>(std::move(dictionary));
}

std::shared_ptr<const DutchDictionary> DutchDictionary::system() {
  static std::once_flag once;
  static std::shared_ptr<const DutchDictionary> dictionary;
  std::call_once(once, [] {
    auto loaded = load(kSystemAff, kSystemDic);
    if (loaded) {
      dictionary = std::move(loaded.value());
    } else {
      log_warning("search: {}; install hunspell-nl for compound words and base forms", loaded.error().detail);
      dictionary = empty_dictionary();
    }
  });
  return dictionary;
}

std::shared_ptr<const DutchDictionary> DutchDictionary::empty_dictionary() {
  static const auto empty = std::make_shared<const DutchDictionary>();
  return empty;
}

const DutchDictionary::Form* DutchDictionary::find(std::string_view folded) const {
  auto it = std::lower_bound(forms_.begin(), forms_.end(), folded,
                             [this](const Form& form, std::string_view word) { return text_of(form) < word; });
  if (it == forms_.end() || text_of(*it) != folded) return nullptr;
  return &*it;
}

std::uint8_t DutchDictionary::roles(std::string_view folded) const {
  const Form* form = find(folded);
  return form ? form->roles : 0;
}

std::string_view DutchDictionary::base_form(std::string_view folded) const {
  const Form* form = find(folded);
  if (!form || form->base < 0) return folded;
  return text_of(forms_[static_cast<std::size_t>(form->base)]);
}

}  // namespace omzien::search
