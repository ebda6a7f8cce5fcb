// How complete a profile is: what its beheerders could still add, and why it helps. Advice only:
// a profile with just the five required answers is a finished profile, never blocked.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/view.h"
#include "features/initiatives/initiative.h"

namespace omzien::initiatives {

struct CompletenessItem {
  std::string field;   // the form field to jump to: "photo", "description", ...
  std::string label;   // Dutch, "Een foto of logo"
  std::string reason;  // Dutch, why it helps
  bool done = false;
};

struct Completeness {
  std::vector<CompletenessItem> items;  // the optional parts, most helpful first
  int percent = 0;                      // the five required answers count as done
};

Completeness assess_completeness(const Initiative& initiative);

// {"percent", "complete", "missing": [{"label", "reason", "link"}]} for the profile template;
// each link goes to its field on the edit form at `edit_path`.
View completeness_view(const Completeness& completeness, std::string_view edit_path);

}  // namespace omzien::initiatives
