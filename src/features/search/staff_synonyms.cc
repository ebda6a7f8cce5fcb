#include "features/search/staff_synonyms.h"

#include "app/app.h"
#include "features/search/synonym_store.h"
#include "search/index.h"

namespace omzien::search_pages {

Result<void> apply_staff_synonyms(App& app) {
  if (!app.search_index) return {};
  std::string text = app.db->read([](db::Connection& c) { return rules_text(list_synonym_groups(c)); });
  return app.search_index->set_extra_synonyms(text);
}

}  // namespace omzien::search_pages
