// Internal: "more like this". For a query that only few documents match fully (a name such as
// "lichtpunt", a narrow word), the best of those documents say what the person looks for; other
// documents of the same kind are offered after them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace omzien::search {

// A query for documents like `seeds`: their most telling words and subjects (themes, target
// groups), weighted as Xapian's relevance feedback weighs them, among documents that share a theme
// or target group with a seed. `place_terms` (the terms of place names) are left out, so "like
// this" means "of the same kind", not "in the same town". Empty when there is nothing to go on.
Xapian::Query similar_query(const Xapian::Database& database, const std::vector<Xapian::docid>& seeds,
                            const std::set<std::string>& place_terms);

}  // namespace omzien::search
