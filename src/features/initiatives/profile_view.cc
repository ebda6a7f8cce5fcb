#include "features/initiatives/profile_view.h"

#include "app/app.h"
#include "core/markdown.h"
#include "features/initiatives/photo.h"
#include "features/initiatives/texts.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

View labels(const std::vector<Term>& terms, const std::vector<std::string>& ids) {
  View list = View::list();
  for (const auto& id : ids) list.push(View().set("id", id).set("label", term_label(terms, id)));
  return list;
}

View text_list(const std::vector<std::string>& items) {
  View list = View::list();
  for (const auto& item : items) list.push(View(item));
  return list;
}

}  // namespace

std::string place_label(const std::string& place, const std::string& municipality_code) {
  if (municipality_code == geo::kProvinceCode) return place.empty() ? texts::kProvinceWide : place;
  const geo::Municipality* m = geo::find_municipality(municipality_code);
  std::string municipality = m ? std::string(m->name) : "";
  if (place.empty() || place == municipality) return municipality;
  return place + ", " + municipality;
}

View public_profile_view(const App& app, const Initiative& i, const std::vector<Term>& themes,
                         const std::vector<Term>& groups) {
  View v;
  v.set("id", i.id).set("slug", i.slug).set("name", i.name).set("sentence", i.sentence);
  v.set("url", app.url("/initiatieven/" + i.slug));
  // "Alleen de gemeente": the woonplaats or neighbourhood is not shown either.
  v.set("place_label", place_label(i.location_precision == LocationPrecision::Municipality ? "" : i.place,
                                   i.municipality_code));
  v.set("municipality_code", i.municipality_code);
  // Rendered by cmark-gfm in safe mode (raw HTML and javascript: links removed).
  v.set("description_html", render_markdown(i.description));
  v.set("has_description", !i.description.empty());
  v.set("themes", labels(themes, i.themes));
  v.set("target_groups", labels(groups, i.target_groups));
  v.set("has_target_groups", !i.target_groups.empty());
  v.set("phase_startend", i.phase == "startend").set("phase_gevestigd", i.phase == "gevestigd");
  v.set("founded", i.founded ? std::to_string(*i.founded) : "");
  v.set("legal_form", i.legal_form);
  v.set("website", i.website);
  v.set("social_links", text_list(i.social_links));
  v.set("email", i.email_public ? i.contact_email : "");
  v.set("phone", i.phone_public ? i.phone : "");
  v.set("phone_digits", i.phone_public ? [&] {
    std::string digits;
    for (char c : i.phone)
      if ((c >= '0' && c <= '9') || c == '+') digits += c;
    return digits;
  }() : "");
  v.set("address", i.location_precision == LocationPrecision::Exact ? i.address : "");
  v.set("opening_times", i.opening_times);
  v.set("offers", text_list(i.offers)).set("has_offers", !i.offers.empty());
  v.set("needs", text_list(i.needs)).set("has_needs", !i.needs.empty());
  v.set("photo", i.photo);
  v.set("has_photo", !i.photo.empty());
  v.set("photo_url", i.photo.empty() ? "" : photo_path(i.photo, PhotoSize::Large));
  v.set("photo_small_url", i.photo.empty() ? "" : photo_path(i.photo, PhotoSize::Small));
  v.set("unclaimed", !i.claimed);
  v.set("affiliated", i.affiliated);
  v.set("hidden", i.status == Status::Hidden);
  return v;
}

View directory_entry_view(const App& app, const DirectoryEntry& e, const std::vector<Term>& themes) {
  View v;
  v.set("slug", e.slug).set("name", e.name).set("sentence", e.sentence);
  v.set("url", app.url("/initiatieven/" + e.slug));
  v.set("place_label", place_label(e.place, e.municipality_code));
  v.set("themes", labels(themes, e.themes));
  v.set("photo", e.photo).set("has_photo", !e.photo.empty());
  v.set("photo_small_url", e.photo.empty() ? "" : photo_path(e.photo, PhotoSize::Small));
  v.set("unclaimed", !e.claimed).set("affiliated", e.affiliated);
  return v;
}

}  // namespace omzien::initiatives
