// Themes and target groups: ids that never change, labels that staff may rename, and a
// retired flag that hides a value from forms while old profiles keep it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/db.h"

namespace omzien::initiatives {

enum class Taxonomy { Themes, TargetGroups };

struct Term {
  std::string id;     // "taal-integratie"
  std::string label;  // "Taal en integratie"
  int position = 0;
  bool retired = false;
};

// Every term, in order; retired ones too (they still label old profiles).
std::vector<Term> list_terms(db::Connection& c, Taxonomy taxonomy);
// The label of `id`, or the id itself when unknown.
std::string term_label(const std::vector<Term>& terms, std::string_view id);
// True when `id` exists and is not retired (what a form may choose).
bool is_choosable(const std::vector<Term>& terms, std::string_view id);
// Staff: rename, add (id made from the label when empty), retire or bring back.
Result<void> save_term(db::Connection& c, Taxonomy taxonomy, const Term& term);

}  // namespace omzien::initiatives
