// A change to public content (an initiative saved, hidden or deleted; later events, questions).
// Features that keep derived data (the search index) listen for these.
#pragma once

#include <cstdint>
#include <string>

namespace omzien {

struct ContentChange {
  enum class Action { Saved, Removed };
  std::string kind;  // "initiative", "event", ...
  std::int64_t id = 0;
  Action action = Action::Saved;
};

}  // namespace omzien
