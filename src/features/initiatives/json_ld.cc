#include "features/initiatives/json_ld.h"

#include <nlohmann/json.hpp>

#include "features/initiatives/photo.h"
#include "features/initiatives/texts.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

using nlohmann::json;

std::string municipality_name(const std::string& code) {
  const geo::Municipality* m = geo::find_municipality(code);
  return m ? std::string(m->name) : "";
}

json area_served(const Initiative& i) {
  if (i.municipality_code == geo::kProvinceCode)
    return {{"@type", "AdministrativeArea"}, {"name", texts::kProvinceName}, {"identifier", i.municipality_code}};
  return {{"@type", "AdministrativeArea"},
          {"name", municipality_name(i.municipality_code)},
          {"identifier", i.municipality_code}};
}

// A home address must never leak: below Exact, neither the street, nor the postcode (which
// narrows a house down to a few dozen), nor the point is written.
json address(const Initiative& i) {
  json a = {{"@type", "PostalAddress"}, {"addressRegion", "Utrecht"}, {"addressCountry", "NL"}};
  bool province_wide = i.municipality_code == geo::kProvinceCode;
  std::string locality = province_wide ? "" : municipality_name(i.municipality_code);
  if (i.location_precision != LocationPrecision::Municipality && !i.place.empty()) locality = i.place;
  if (!locality.empty()) a["addressLocality"] = locality;
  if (i.location_precision == LocationPrecision::Exact) {
    if (!i.address.empty()) a["streetAddress"] = i.address;
    if (!i.postcode.empty()) a["postalCode"] = i.postcode;
  }
  return a;
}

}  // namespace

std::string profile_json_ld(const Initiative& i, std::string_view base_url) {
  std::string base(base_url);
  json ld = {{"@context", "https://schema.org"},
             {"@type", "NGO"},
             {"name", i.name},
             {"description", i.sentence},
             {"url", base + "/initiatieven/" + i.slug},
             {"areaServed", area_served(i)},
             {"address", address(i)}};
  if (!i.photo.empty()) {
    ld["image"] = base + photo_path(i.photo, PhotoSize::Large);
    ld["logo"] = base + photo_path(i.photo, PhotoSize::Small);
  }
  if (i.location_precision == LocationPrecision::Exact && i.lat && i.lon)
    ld["geo"] = {{"@type", "GeoCoordinates"}, {"latitude", *i.lat}, {"longitude", *i.lon}};
  if (i.email_public && !i.contact_email.empty()) ld["email"] = i.contact_email;
  if (i.phone_public && !i.phone.empty()) ld["telephone"] = i.phone;
  json same_as = json::array();
  if (!i.website.empty()) same_as.push_back(i.website);
  for (const auto& link : i.social_links) same_as.push_back(link);
  if (!same_as.empty()) ld["sameAs"] = same_as;
  if (i.founded) ld["foundingDate"] = std::to_string(*i.founded);
  return escape_json_for_script(ld.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::string escape_json_for_script(std::string_view json_text) {
  std::string out;
  out.reserve(json_text.size());
  for (std::size_t k = 0; k < json_text.size(); ++k) {
    char c = json_text[k];
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else if (c == '\xE2' && k + 2 < json_text.size() && json_text[k + 1] == '\x80' &&
             (json_text[k + 2] == '\xA8' || json_text[k + 2] == '\xA9')) {
      out += json_text[k + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      k += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace omzien::initiatives
