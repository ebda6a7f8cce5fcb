#include "features/initiatives/staff_store.h"

namespace omzien::initiatives {
namespace {

// The same filter in both queries; an unset filter is NULL (or '' for the name).
#define STAFF_FILTER                                                                                    \
  " WHERE (:status IS NULL OR status = :status) AND (:claimed IS NULL OR claimed = :claimed)"             \
  " AND (:affiliated IS NULL OR affiliated = :affiliated)"                                                \
  " AND (:name = '' OR instr(lower(name), lower(:name)) > 0)"

constexpr std::string_view kList =
    "SELECT id, slug, name, municipality_code, place, status, claimed, affiliated, updated_at FROM initiatives"
    STAFF_FILTER " ORDER BY sort_key, id LIMIT :limit OFFSET :offset";
constexpr std::string_view kCount = "SELECT count(*) FROM initiatives" STAFF_FILTER;
#undef STAFF_FILTER

constexpr std::string_view kWithTheme = "SELECT initiative_id FROM initiative_themes WHERE theme_id = :term";
constexpr std::string_view kWithGroup =
    "SELECT initiative_id FROM initiative_target_groups WHERE target_group_id = :term";

void bind_filter(db::Statement& s, const StaffListQuery& q) {
  auto flag = [](std::optional<bool> b) {
    return b ? std::optional<std::int64_t>(*b ? 1 : 0) : std::optional<std::int64_t>();
  };
  std::optional<std::string> status;
  if (q.status) status = *q.status == Status::Hidden ? "hidden" : "published";
  s.bind(":status", status).bind(":claimed", flag(q.claimed)).bind(":affiliated", flag(q.affiliated));
  s.bind(":name", q.name_contains);
}

}  // namespace

StaffListPage find_staff_list(db::Connection& c, const StaffListQuery& query) {
  StaffListPage page;
  auto count = c.prepare(kCount);
  bind_filter(count, query);
  page.total = static_cast<int>(count.single_integer().value_or(0));
  auto list = c.prepare(kList);
  bind_filter(list, query);
  list.bind(":limit", query.per_page).bind(":offset", (std::max(query.page, 1) - 1) * query.per_page);
  while (list.next()) {
    page.entries.push_back({list.integer(0), list.text(1), list.text(2), list.text(3), list.text(4),
                            list.text(5) == "hidden" ? Status::Hidden : Status::Published, list.integer(6) != 0,
                            list.integer(7) != 0, list.integer(8)});
  }
  return page;
}

std::vector<std::int64_t> initiatives_with_term(db::Connection& c, Taxonomy taxonomy, std::string_view term_id) {
  auto select = c.prepare(taxonomy == Taxonomy::Themes ? kWithTheme : kWithGroup);
  select.bind(":term", term_id);
  std::vector<std::int64_t> ids;
  while (select.next()) ids.push_back(select.integer(0));
  return ids;
}

}  // namespace omzien::initiatives
