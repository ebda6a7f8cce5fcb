#include "search/document_terms.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/text.h"
#include "search/index_layout.h"

namespace omzien::search {
namespace {

constexpr std::size_t kMinSpellingWord = 3;
constexpr std::size_t kMaxTermBytes = 200;  // Xapian refuses terms over 245 bytes

bool is_alphabetic(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
}

std::string join_lines(const std::vector<std::string>& lines, char separator) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

std::vector<std::string> split_nonempty(const std::string& text, char separator) {
  std::vector<std::string> out;
  for (auto& part : split(text, separator))
    if (!part.empty()) out.push_back(std::move(part));
  return out;
}

}  // namespace

XapianDocument to_xapian_document(const Document& document, const Analyzer& analyzer) {
  XapianDocument out;
  Xapian::Document& doc = out.document;
  doc.set_data(document.kind + "\n" + document.id + "\n" + document.external_id);
  doc.add_boolean_term(layout::id_term(document.kind, document.id));

  // Main terms count twice a field's weight, compound parts and the like once: an exact word
  // beats a part of a longer word.
  std::set<std::string> spelling;
  Xapian::termpos offset = 1;
  for (const Field& field : document.fields) {
    std::vector<Token> tokens = analyzer.analyze(field.text);
    const auto weight = static_cast<Xapian::termcount>(std::max(field.weight, 1));
    for (const Token& token : tokens) {
      Xapian::termpos position = offset + token.position;
      if (token.stopword) {
        doc.add_posting(token.term, position, 0);  // for phrases such as "alleen zijn"
        continue;
      }
      doc.add_posting(token.term, position, 2 * weight);
      for (const auto& extra : token.extra_terms) doc.add_posting(extra, position, weight);
      if (!token.joined_term.empty()) doc.add_posting(token.joined_term, position, 2 * weight);
      if (token.word.size() >= kMinSpellingWord && is_alphabetic(token.word)) spelling.insert(token.word);
    }
    offset += (tokens.empty() ? 0 : tokens.back().position) + layout::kFieldGap;
  }
  out.spelling_words.assign(spelling.begin(), spelling.end());
  doc.add_value(layout::kSpellingSlot, join_lines(out.spelling_words, '\n'));

  std::vector<Facet> facets = document.facets;
  facets.push_back({std::string(kKindFacet), {document.kind}});
  std::string facet_items;
  for (const Facet& facet : facets) {
    if (!layout::is_facet(facet.name)) continue;
    bool subject = std::find(layout::kSubjectFacets.begin(), layout::kSubjectFacets.end(), facet.name) != layout::kSubjectFacets.end();
    std::set<std::string> seen;
    for (std::string value : facet.values) {
      std::erase(value, kFacetSeparator);
      if (value.empty() || value.size() > kMaxTermBytes || !seen.insert(value).second) continue;
      doc.add_boolean_term(layout::facet_term(facet.name, value));
      if (subject) doc.add_term(std::string(layout::kSubjectPrefix) + facet.name + ":" + value);
      if (!facet_items.empty()) facet_items += kFacetSeparator;
      facet_items += facet.name + "=" + value;
    }
  }
  doc.add_value(layout::kFacetsSlot, facet_items);

  std::string place = fold(document.place);
  std::string where = document.municipality_code + kFacetSeparator + place + kFacetSeparator;
  if (document.location) {
    Xapian::LatLongCoords coords(Xapian::LatLongCoord(document.location->lat, document.location->lon));
    doc.add_value(layout::kLocationSlot, coords.serialise());
    where += fmt::format("{:.5f},{:.5f}", document.location->lat, document.location->lon);
  }
  doc.add_value(layout::kWhereSlot, where);
  if (!place.empty() && place.size() <= kMaxTermBytes) doc.add_boolean_term(std::string(layout::kPlacePrefix) + place);
  if (!document.sort_name.empty()) doc.add_value(layout::kSortNameSlot, document.sort_name);
  doc.add_value(layout::kCreatedSlot, Xapian::sortable_serialise(static_cast<double>(document.created)));
  return out;
}

std::vector<std::string> spelling_words_of(const Xapian::Document& document) {
  return split_nonempty(document.get_value(layout::kSpellingSlot), '\n');
}

StoredIds stored_ids(const Xapian::Document& document) {
  std::vector<std::string> lines = split(document.get_data(), '\n');
  lines.resize(3);
  return {lines[0], lines[1], lines[2]};
}

}  // namespace omzien::search
