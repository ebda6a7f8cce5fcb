// Reading PDOK Locatieserver JSON. The body is untrusted: nlohmann::json is used without
// exceptions (parse with allow_exceptions=false, type checks before every get), strings are capped,
// and centroide_ll goes through our own WKT reader.
#include "geo/pdok_response.h"

#include <nlohmann/json.hpp>

#include "geo/wkt.h"

namespace omzien::geo {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxFieldBytes = 300;

std::string text_field(const json& doc, const char* name) {
  auto it = doc.find(name);
  if (it == doc.end() || !it->is_string()) return {};
  const auto& value = it->get_ref<const std::string&>();
  return value.size() <= kMaxFieldBytes ? value : std::string();
}

// PDOK sends huisnummer as a number; accept a string of digits too.
std::string number_field(const json& doc, const char* name) {
  auto it = doc.find(name);
  if (it == doc.end()) return {};
  if (it->is_number_unsigned() || it->is_number_integer()) {
    auto value = it->get<long long>();
    return value > 0 && value < 100000 ? std::to_string(value) : std::string();
  }
  if (it->is_string()) {
    const auto& value = it->get_ref<const std::string&>();
    if (value.empty() || value.size() > 5) return {};
    for (char c : value)
      if (c < '0' || c > '9') return {};
    return value;
  }
  return {};
}

std::string house_number_of(const json& doc) {
  std::string combined = text_field(doc, "huis_nlt");
  if (!combined.empty() && combined.size() <= 16) return combined;
  std::string number = number_field(doc, "huisnummer");
  if (number.empty()) return {};
  std::string letter = text_field(doc, "huisletter");
  std::string addition = text_field(doc, "huisnummertoevoeging");
  if (letter.size() > 1) letter.clear();
  if (addition.size() > 4) addition.clear();
  return number + letter + (addition.empty() ? "" : "-" + addition);
}

GeocodeHit hit_of(const json& doc) {
  GeocodeHit hit;
  hit.id = text_field(doc, "id");
  hit.display_name = text_field(doc, "weergavenaam");
  hit.type = text_field(doc, "type");
  hit.point = parse_wkt_point(text_field(doc, "centroide_ll"));
  hit.municipality_code = municipality_code_from_pdok(text_field(doc, "gemeentecode"));
  hit.municipality_name = text_field(doc, "gemeentenaam");
  hit.woonplaats = text_field(doc, "woonplaatsnaam");
  hit.postcode = text_field(doc, "postcode");
  hit.house_number = house_number_of(doc);
  hit.street = text_field(doc, "straatnaam");
  if (!hit.municipality_code.empty()) {
    hit.inside_province = find_municipality(hit.municipality_code) != nullptr;
  } else {
    hit.inside_province = !hit.point || inside_province(*hit.point);
  }
  return hit;
}

}  // namespace

std::string municipality_code_from_pdok(std::string_view gemeentecode) {
  if (gemeentecode.size() == 6 && (gemeentecode.substr(0, 2) == "GM" || gemeentecode.substr(0, 2) == "gm"))
    gemeentecode.remove_prefix(2);
  if (gemeentecode.size() != 4) return {};
  for (char c : gemeentecode)
    if (c < '0' || c > '9') return {};
  return "GM" + std::string(gemeentecode);
}

Result<std::vector<GeocodeHit>> parse_pdok_response(std::string_view body, std::size_t max_hits) {
  json root = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) return Error{ErrorKind::Unavailable, "PDOK answer is no JSON object"};
  auto response = root.find("response");
  if (response == root.end() || !response->is_object())
    return Error{ErrorKind::Unavailable, "PDOK answer has no response object"};
  auto docs = response->find("docs");
  if (docs == response->end() || !docs->is_array()) return Error{ErrorKind::Unavailable, "PDOK answer has no docs"};
  std::vector<GeocodeHit> hits;
  for (const auto& doc : *docs) {
    if (hits.size() >= max_hits) break;
    if (!doc.is_object()) continue;
    GeocodeHit hit = hit_of(doc);
    if (hit.display_name.empty()) continue;
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace omzien::geo
