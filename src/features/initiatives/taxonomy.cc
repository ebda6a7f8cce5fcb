#include "features/initiatives/taxonomy.h"

namespace omzien::initiatives {
namespace {

constexpr std::string_view kListThemes = "SELECT id, label, position, retired FROM themes ORDER BY position, label";
constexpr std::string_view kListGroups =
    "SELECT id, label, position, retired FROM target_groups ORDER BY position, label";
constexpr std::string_view kSaveTheme = R"sql(
  INSERT INTO themes (id, label, position, retired) VALUES (:id, :label, :position, :retired)
  ON CONFLICT (id) DO UPDATE SET label = excluded.label, position = excluded.position, retired = excluded.retired
)sql";
constexpr std::string_view kSaveGroup = R"sql(
  INSERT INTO target_groups (id, label, position, retired) VALUES (:id, :label, :position, :retired)
  ON CONFLICT (id) DO UPDATE SET label = excluded.label, position = excluded.position, retired = excluded.retired
)sql";

}  // namespace

std::vector<Term> list_terms(db::Connection& c, Taxonomy taxonomy) {
  auto select = c.prepare(taxonomy == Taxonomy::Themes ? kListThemes : kListGroups);
  std::vector<Term> terms;
  while (select.next())
    terms.push_back({select.text(0), select.text(1), static_cast<int>(select.integer(2)), select.integer(3) != 0});
  return terms;
}

std::string term_label(const std::vector<Term>& terms, std::string_view id) {
  for (const auto& term : terms)
    if (term.id == id) return term.label;
  return std::string(id);
}

bool is_choosable(const std::vector<Term>& terms, std::string_view id) {
  for (const auto& term : terms)
    if (term.id == id) return !term.retired;
  return false;
}

Result<void> save_term(db::Connection& c, Taxonomy taxonomy, const Term& term) {
  return c.prepare(taxonomy == Taxonomy::Themes ? kSaveTheme : kSaveGroup)
      .bind(":id", term.id)
      .bind(":label", term.label)
      .bind(":position", term.position)
      .bind(":retired", term.retired)
      .run();
}

}  // namespace omzien::initiatives
