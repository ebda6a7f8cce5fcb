#include "features/initiatives/initiative_store.h"

#include <unordered_map>
#include <utility>

#include "core/text.h"

namespace omzien::initiatives {
namespace {

// Columns read into an Initiative, in the order read_initiative expects.
#define INITIATIVE_COLUMNS                                                                                   \
  "id, slug, coalesce(external_id, ''), name, municipality_code, sentence, description, place, address, "   \
  "postcode, lat, lon, location_precision, phase, founded, legal_form, website, social_links, contact_email, " \
  "email_public, phone, phone_public, opening_times, offers, needs, photo, status, claimed, affiliated, "     \
  "created_at, updated_at"

constexpr std::string_view kSelectById = "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE id = :id";
constexpr std::string_view kSelectBySlug = "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE slug = :slug";
constexpr std::string_view kSelectByExternal =
    "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE external_id = :external_id";
constexpr std::string_view kSelectByName =
    "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE name = :name AND municipality_code = :municipality";
constexpr std::string_view kSelectPublished =
    "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE status = 'published' ORDER BY id";
constexpr std::string_view kAnyPublished = "SELECT EXISTS (SELECT 1 FROM initiatives WHERE status = 'published')";
constexpr std::string_view kSelectAll = "SELECT " INITIATIVE_COLUMNS " FROM initiatives ORDER BY id";
constexpr std::string_view kSelectManaged =
    "SELECT " INITIATIVE_COLUMNS " FROM initiatives WHERE id IN "
    "(SELECT initiative_id FROM initiative_managers WHERE account_id = :account_id) ORDER BY sort_key";
#undef INITIATIVE_COLUMNS

constexpr std::string_view kInsert = R"sql(
  INSERT INTO initiatives (slug, external_id, name, sort_key, municipality_code, sentence, description, place,
    address, postcode, lat, lon, location_precision, phase, founded, legal_form, website, social_links,
    contact_email, email_public, phone, phone_public, opening_times, offers, needs, photo, status, claimed,
    affiliated, created_at, updated_at)
  VALUES (:slug, :external_id, :name, :sort_key, :municipality_code, :sentence, :description, :place,
    :address, :postcode, :lat, :lon, :location_precision, :phase, :founded, :legal_form, :website, :social_links,
    :contact_email, :email_public, :phone, :phone_public, :opening_times, :offers, :needs, :photo, :status, :claimed,
    :affiliated, :created_at, :updated_at)
)sql";
constexpr std::string_view kUpdate = R"sql(
  UPDATE initiatives SET slug = :slug, external_id = :external_id, name = :name, sort_key = :sort_key,
    municipality_code = :municipality_code, sentence = :sentence, description = :description, place = :place,
    address = :address, postcode = :postcode, lat = :lat, lon = :lon, location_precision = :location_precision,
    phase = :phase, founded = :founded, legal_form = :legal_form, website = :website, social_links = :social_links,
    contact_email = :contact_email, email_public = :email_public, phone = :phone, phone_public = :phone_public,
    opening_times = :opening_times, offers = :offers, needs = :needs, photo = :photo, status = :status,
    claimed = :claimed, affiliated = :affiliated, created_at = :created_at, updated_at = :updated_at
  WHERE id = :id
)sql";
constexpr std::string_view kDelete = "DELETE FROM initiatives WHERE id = :id";
constexpr std::string_view kSlugTaken = R"sql(
  SELECT (SELECT count(*) FROM initiatives WHERE slug = :slug AND id != :id)
       + (SELECT count(*) FROM initiative_old_slugs WHERE slug = :slug AND initiative_id != :id)
)sql";
constexpr std::string_view kRememberOldSlug = R"sql(
  INSERT INTO initiative_old_slugs (slug, initiative_id) VALUES (:slug, :id)
  ON CONFLICT (slug) DO UPDATE SET initiative_id = excluded.initiative_id
)sql";
constexpr std::string_view kForgetOldSlug = "DELETE FROM initiative_old_slugs WHERE slug = :slug";
constexpr std::string_view kRenamed = R"sql(
  SELECT i.slug FROM initiative_old_slugs o JOIN initiatives i ON i.id = o.initiative_id WHERE o.slug = :slug
)sql";
constexpr std::string_view kThemes = "SELECT theme_id FROM initiative_themes WHERE initiative_id = :id";
constexpr std::string_view kGroups = "SELECT target_group_id FROM initiative_target_groups WHERE initiative_id = :id";
// In the same order as kThemes and kGroups give each profile's (their primary keys).
constexpr std::string_view kAllThemes =
    "SELECT initiative_id, theme_id FROM initiative_themes ORDER BY initiative_id, theme_id";
constexpr std::string_view kAllGroups =
    "SELECT initiative_id, target_group_id FROM initiative_target_groups ORDER BY initiative_id, target_group_id";
constexpr std::string_view kClearThemes = "DELETE FROM initiative_themes WHERE initiative_id = :id";
constexpr std::string_view kClearGroups = "DELETE FROM initiative_target_groups WHERE initiative_id = :id";
constexpr std::string_view kAddTheme = "INSERT OR IGNORE INTO initiative_themes (initiative_id, theme_id) VALUES (:id, :term)";
constexpr std::string_view kAddGroup =
    "INSERT OR IGNORE INTO initiative_target_groups (initiative_id, target_group_id) VALUES (:id, :term)";
constexpr std::string_view kSetStatus = "UPDATE initiatives SET status = :status, updated_at = :now WHERE id = :id";
constexpr std::string_view kSetAffiliated =
    "UPDATE initiatives SET affiliated = :affiliated, updated_at = :now WHERE id = :id";
constexpr std::string_view kSetPhoto = "UPDATE initiatives SET photo = :photo, updated_at = :now WHERE id = :id";
constexpr std::string_view kSetClaimed = "UPDATE initiatives SET claimed = :claimed, updated_at = :now WHERE id = :id";
constexpr std::string_view kAddManager = R"sql(
  INSERT OR IGNORE INTO initiative_managers (initiative_id, account_id, added_at) VALUES (:initiative_id, :account_id, :now)
)sql";
constexpr std::string_view kRemoveManager =
    "DELETE FROM initiative_managers WHERE initiative_id = :initiative_id AND account_id = :account_id";
constexpr std::string_view kListManagers = R"sql(
  SELECT a.id, a.name, a.email, m.added_at FROM initiative_managers m JOIN accounts a ON a.id = m.account_id
  WHERE m.initiative_id = :initiative_id ORDER BY m.added_at, a.id
)sql";
constexpr std::string_view kIsManager =
    "SELECT count(*) FROM initiative_managers WHERE initiative_id = :initiative_id AND account_id = :account_id";

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += '\n';
    out += item;
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> items;
  for (auto& line : split(text, '\n'))
    if (!line.empty()) items.push_back(line);
  return items;
}

Initiative read_fields(const db::Statement& row) {
  Initiative i;
  int k = 0;
  i.id = row.integer(k++);
  i.slug = row.text(k++);
  i.external_id = row.text(k++);
  i.name = row.text(k++);
  i.municipality_code = row.text(k++);
  i.sentence = row.text(k++);
  i.description = row.text(k++);
  i.place = row.text(k++);
  i.address = row.text(k++);
  i.postcode = row.text(k++);
  i.lat = row.optional_real(k++);
  i.lon = row.optional_real(k++);
  i.location_precision = parse_precision(row.text(k++)).value_or(LocationPrecision::Neighbourhood);
  i.phase = row.text(k++);
  if (auto founded = row.optional_integer(k++)) i.founded = static_cast<int>(*founded);
  i.legal_form = row.text(k++);
  i.website = row.text(k++);
  i.social_links = split_lines(row.text(k++));
  i.contact_email = row.text(k++);
  i.email_public = row.integer(k++) != 0;
  i.phone = row.text(k++);
  i.phone_public = row.integer(k++) != 0;
  i.opening_times = row.text(k++);
  i.offers = split_lines(row.text(k++));
  i.needs = split_lines(row.text(k++));
  i.photo = row.text(k++);
  i.status = row.text(k++) == "hidden" ? Status::Hidden : Status::Published;
  i.claimed = row.integer(k++) != 0;
  i.affiliated = row.integer(k++) != 0;
  i.created_at = row.integer(k++);
  i.updated_at = row.integer(k++);
  return i;
}

Initiative read_initiative(db::Connection& c, const db::Statement& row) {
  Initiative i = read_fields(row);
  auto themes = c.prepare(kThemes);
  themes.bind(":id", i.id);
  while (themes.next()) i.themes.push_back(themes.text(0));
  auto groups = c.prepare(kGroups);
  groups.bind(":id", i.id);
  while (groups.next()) i.target_groups.push_back(groups.text(0));
  return i;
}

// Many profiles: their themes and target groups from one scan of each table, not two queries
// per profile (listing 10,000 profiles for the map or the search index took seconds).
std::vector<Initiative> read_initiatives(db::Connection& c, db::Statement& select) {
  std::vector<Initiative> out;
  std::unordered_map<std::int64_t, std::size_t> at;
  while (select.next()) {
    out.push_back(read_fields(select));
    at.emplace(out.back().id, out.size() - 1);
  }
  if (out.empty()) return out;
  for (auto [sql, member] : {std::pair{kAllThemes, &Initiative::themes}, std::pair{kAllGroups, &Initiative::target_groups}}) {
    auto terms = c.prepare(sql);
    while (terms.next())
      if (auto it = at.find(terms.integer(0)); it != at.end()) (out[it->second].*member).push_back(terms.text(1));
  }
  return out;
}

std::optional<Initiative> read_one(db::Connection& c, db::Statement& select) {
  if (!select.next()) return std::nullopt;
  // Read the row before the nested theme queries reuse the connection's other statements.
  return read_initiative(c, select);
}

void bind_fields(db::Statement& s, const Initiative& i) {
  s.bind(":slug", i.slug)
      .bind(":external_id", i.external_id.empty() ? std::optional<std::string>() : i.external_id)
      .bind(":name", i.name)
      .bind_blob(":sort_key", dutch_sort_key(i.name))
      .bind(":municipality_code", i.municipality_code)
      .bind(":sentence", i.sentence)
      .bind(":description", i.description)
      .bind(":place", i.place)
      .bind(":address", i.address)
      .bind(":postcode", i.postcode)
      .bind(":lat", i.lat)
      .bind(":lon", i.lon)
      .bind(":location_precision", precision_name(i.location_precision))
      .bind(":phase", i.phase)
      .bind(":founded", i.founded ? std::optional<std::int64_t>(*i.founded) : std::nullopt)
      .bind(":legal_form", i.legal_form)
      .bind(":website", i.website)
      .bind(":social_links", join_lines(i.social_links))
      .bind(":contact_email", i.contact_email)
      .bind(":email_public", i.email_public)
      .bind(":phone", i.phone)
      .bind(":phone_public", i.phone_public)
      .bind(":opening_times", i.opening_times)
      .bind(":offers", join_lines(i.offers))
      .bind(":needs", join_lines(i.needs))
      .bind(":photo", i.photo)
      .bind(":status", i.status == Status::Hidden ? "hidden" : "published")
      .bind(":claimed", i.claimed)
      .bind(":affiliated", i.affiliated)
      .bind(":created_at", i.created_at)
      .bind(":updated_at", i.updated_at);
}

bool slug_taken(db::Connection& c, std::string_view slug, std::int64_t own_id) {
  return c.prepare(kSlugTaken).bind(":slug", slug).bind(":id", own_id).single_integer().value_or(0) > 0;
}

// "repair-cafe", then "repair-cafe-zeist", then "repair-cafe-zeist-2" ...
std::string free_slug(db::Connection& c, const Initiative& i, std::string_view place_name) {
  std::string base = slugify(i.name);
  if (base.empty()) base = "initiatief";
  if (!slug_taken(c, base, i.id)) return base;
  std::string with_place = base + "-" + slugify(place_name);
  if (!place_name.empty() && !slug_taken(c, with_place, i.id)) return with_place;
  for (int n = 2;; ++n) {
    std::string numbered = with_place + "-" + std::to_string(n);
    if (!slug_taken(c, numbered, i.id)) return numbered;
  }
}

Result<void> save_terms(db::Connection& c, const Initiative& i) {
  if (auto r = c.prepare(kClearThemes).bind(":id", i.id).run(); !r) return r;
  if (auto r = c.prepare(kClearGroups).bind(":id", i.id).run(); !r) return r;
  for (const auto& theme : i.themes)
    if (auto r = c.prepare(kAddTheme).bind(":id", i.id).bind(":term", theme).run(); !r) return r;
  for (const auto& group : i.target_groups)
    if (auto r = c.prepare(kAddGroup).bind(":id", i.id).bind(":term", group).run(); !r) return r;
  return {};
}

}  // namespace

Result<Initiative> insert_initiative(db::Connection& c, Initiative i, Seconds now) {
  i.id = 0;
  i.slug = free_slug(c, i, i.place.empty() ? i.municipality_code : i.place);
  i.created_at = i.created_at ? i.created_at : now;
  i.updated_at = now;
  auto insert = c.prepare(kInsert);
  bind_fields(insert, i);
  if (auto done = insert.run(); !done) return done.error();
  i.id = c.last_insert_id();
  if (auto done = save_terms(c, i); !done) return done.error();
  return i;
}

Result<Initiative> update_initiative(db::Connection& c, Initiative i, Seconds now) {
  auto before = find_initiative(c, i.id);
  if (!before) return not_found("initiative " + std::to_string(i.id));
  if (before->name != i.name) {
    std::string old_slug = before->slug;
    i.slug = free_slug(c, i, i.place.empty() ? i.municipality_code : i.place);
    if (i.slug != old_slug) {
      if (auto r = c.prepare(kRememberOldSlug).bind(":slug", old_slug).bind(":id", i.id).run(); !r) return r.error();
      if (auto r = c.prepare(kForgetOldSlug).bind(":slug", i.slug).run(); !r) return r.error();
    }
  } else {
    i.slug = before->slug;
  }
  i.created_at = before->created_at;
  i.updated_at = now;
  auto update = c.prepare(kUpdate);
  bind_fields(update, i);
  update.bind(":id", i.id);
  if (auto done = update.run(); !done) return done.error();
  if (auto done = save_terms(c, i); !done) return done.error();
  return i;
}

Result<void> delete_initiative(db::Connection& c, std::int64_t id) { return c.prepare(kDelete).bind(":id", id).run(); }

std::optional<Initiative> find_initiative(db::Connection& c, std::int64_t id) {
  auto select = c.prepare(kSelectById);
  select.bind(":id", id);
  return read_one(c, select);
}

std::optional<Initiative> find_initiative_by_slug(db::Connection& c, std::string_view slug) {
  auto select = c.prepare(kSelectBySlug);
  select.bind(":slug", slug);
  return read_one(c, select);
}

std::optional<std::string> find_renamed_slug(db::Connection& c, std::string_view old_slug) {
  auto select = c.prepare(kRenamed);
  select.bind(":slug", old_slug);
  if (!select.next()) return std::nullopt;
  return select.text(0);
}

std::optional<Initiative> find_initiative_by_external_id(db::Connection& c, std::string_view external_id) {
  if (external_id.empty()) return std::nullopt;
  auto select = c.prepare(kSelectByExternal);
  select.bind(":external_id", external_id);
  return read_one(c, select);
}

std::optional<Initiative> find_initiative_by_name(db::Connection& c, std::string_view name,
                                                  std::string_view municipality_code) {
  auto select = c.prepare(kSelectByName);
  select.bind(":name", name).bind(":municipality", municipality_code);
  return read_one(c, select);
}

std::vector<Initiative> list_initiatives(db::Connection& c, Which which) {
  auto select = c.prepare(which == Which::Published ? kSelectPublished : kSelectAll);
  return read_initiatives(c, select);
}

bool has_published_initiatives(db::Connection& c) {
  return c.prepare(kAnyPublished).single_integer().value_or(0) > 0;
}

std::vector<Initiative> initiatives_managed_by(db::Connection& c, std::int64_t account_id) {
  auto select = c.prepare(kSelectManaged);
  select.bind(":account_id", account_id);
  return read_initiatives(c, select);
}

Result<void> set_status(db::Connection& c, std::int64_t id, Status status, Seconds now) {
  return c.prepare(kSetStatus).bind(":status", status == Status::Hidden ? "hidden" : "published").bind(":now", now)
      .bind(":id", id).run();
}

Result<void> set_affiliated(db::Connection& c, std::int64_t id, bool affiliated, Seconds now) {
  return c.prepare(kSetAffiliated).bind(":affiliated", affiliated).bind(":now", now).bind(":id", id).run();
}

Result<void> set_photo(db::Connection& c, std::int64_t id, std::string_view photo, Seconds now) {
  return c.prepare(kSetPhoto).bind(":photo", photo).bind(":now", now).bind(":id", id).run();
}

Result<void> set_claimed(db::Connection& c, std::int64_t id, bool claimed, Seconds now) {
  return c.prepare(kSetClaimed).bind(":claimed", claimed).bind(":now", now).bind(":id", id).run();
}

Result<void> add_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id, Seconds now) {
  return c.prepare(kAddManager).bind(":initiative_id", initiative_id).bind(":account_id", account_id)
      .bind(":now", now).run();
}

Result<void> remove_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id) {
  return c.prepare(kRemoveManager).bind(":initiative_id", initiative_id).bind(":account_id", account_id).run();
}

std::vector<Manager> list_managers(db::Connection& c, std::int64_t initiative_id) {
  auto select = c.prepare(kListManagers);
  select.bind(":initiative_id", initiative_id);
  std::vector<Manager> out;
  while (select.next()) out.push_back({select.integer(0), select.text(1), select.text(2), select.integer(3)});
  return out;
}

bool is_manager(db::Connection& c, std::int64_t initiative_id, std::int64_t account_id) {
  return c.prepare(kIsManager).bind(":initiative_id", initiative_id).bind(":account_id", account_id)
             .single_integer().value_or(0) > 0;
}

}  // namespace omzien::initiatives
