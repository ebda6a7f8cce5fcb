// Internal: a Document as a Xapian document (terms with positions and field weights, boolean
// terms for ids and facets, values for place, location, sorting and facet counts).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "search/analyzer.h"
#include "search/document.h"

namespace omzien::search {

struct XapianDocument {
  Xapian::Document document;
  std::vector<std::string> spelling_words;  // to add to the spelling table (also kept in a value)
};

XapianDocument to_xapian_document(const Document& document, const Analyzer& analyzer);

// The words a stored document added to the spelling table (to take them out on removal).
std::vector<std::string> spelling_words_of(const Xapian::Document& document);

// The kind, id and external id stored in a document's data.
struct StoredIds {
  std::string kind, id, external_id;
};
StoredIds stored_ids(const Xapian::Document& document);

// Separates the "facet=value" items of the facets slot.
inline constexpr char kFacetSeparator = '\x1f';

}  // namespace omzien::search
