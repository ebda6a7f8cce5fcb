// The Dutch word list of Debian's hunspell-nl (OpenTaal), read for search: which words exist,
// which may begin, continue or end a compound (the dictionary's compound flags Ca/Cb/Cc and the
// affix rules that carry them, such as Cd/Ch "with a linking s" and Ce), and the base form of an
// inflected word (plural, diminutive, verb form), so "cafés", "klusjes" and "fietsen" meet
// "café", "klus" and "fiets". Words are stored folded (lower case, no diacritics, "ĳ" as "ij").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace omzien::search {

// What a word form may do, as bit flags.
enum WordRole : std::uint8_t {
  kStandalone = 1,      // a word on its own
  kCompoundBegin = 2,   // may be the first part of a compound
  kCompoundMiddle = 4,  // may be a middle part
  kCompoundEnd = 8,     // may be the last part
};

class DutchDictionary {
 public:
  // Reads a hunspell .aff/.dic pair. Takes a few hundred milliseconds for nl (180,000 entries).
  // Fails with ErrorKind::NotFound when a file is missing.
  static Result<std::shared_ptr<const DutchDictionary>> load(const std::string& aff_path,
                                                             const std::string& dic_path);
  // The dictionary of the system (/usr/share/hunspell/nl.aff and nl.dic), loaded once per process
  // on first use, thread-safe. When hunspell-nl is not installed a warning is logged once and an
  // empty dictionary is returned: search then works without compound splitting and base forms.
  static std::shared_ptr<const DutchDictionary> system();
  // A dictionary that knows no words (tests, or when hunspell-nl is missing).
  static std::shared_ptr<const DutchDictionary> empty_dictionary();

  bool empty() const { return forms_.empty(); }
  std::size_t size() const { return forms_.size(); }
  // WordRole bits of a folded word form; 0 when unknown.
  std::uint8_t roles(std::string_view folded) const;
  bool contains(std::string_view folded) const { return roles(folded) != 0; }
  // The base form of a folded word: "cafes" -> "cafe", "klusjes" -> "klus", "fietsen" -> "fiets".
  // The word itself when it is a base form or unknown. Comparatives are not reduced (ouder, jonger).
  std::string_view base_form(std::string_view folded) const;

 private:
  struct Form {
    std::uint32_t offset = 0;  // into chars_
    std::uint8_t length = 0;
    std::uint8_t roles = 0;
    std::int32_t base = -1;  // index into forms_, -1 when the form is its own base
  };
  std::string_view text_of(const Form& form) const { return {chars_.data() + form.offset, form.length}; }
  const Form* find(std::string_view folded) const;

  std::string chars_;
  std::vector<Form> forms_;  // sorted by text
};

}  // namespace omzien::search
