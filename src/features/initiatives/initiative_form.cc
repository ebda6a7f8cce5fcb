#include "features/initiatives/initiative_form.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/text.h"
#include "features/initiatives/texts.h"
#include "geo/geo.h"

namespace omzien::initiatives {
namespace {

constexpr std::size_t kMaxName = 100;
constexpr std::size_t kMaxSentence = 160;
constexpr std::size_t kMaxDescription = 5000;
constexpr std::size_t kMaxShortText = 500;
constexpr std::size_t kMaxListItems = 10;
constexpr std::size_t kMaxListItem = 100;

std::string clean(std::string_view text) { return normalize_nfc(trim(text)); }

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  for (auto& line : split(text, '\n')) {
    std::string item = trim(line);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Text fields must not carry control characters (they would end up in mails and exports).
std::string without_controls(std::string_view text, bool keep_newlines) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == '\r') continue;
    if (u == '\n' && keep_newlines) out += c;
    else if (u < 0x20 && u != '\t') out += ' ';
    else if (u != 0x7F) out += c;
  }
  return out;
}

View choices(const std::vector<Term>& available, const std::vector<std::string>& chosen) {
  View list = View::list();
  for (const auto& term : available) {
    bool is_chosen = contains(chosen, term.id);
    if (term.retired && !is_chosen) continue;
    list.push(View().set("id", term.id).set("label", term.label).set("checked", is_chosen));
  }
  return list;
}

}  // namespace

std::optional<std::string> normalize_phone(std::string_view phone) {
  std::string digits;
  bool plus = false;
  for (char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c == '+' && digits.empty()) plus = true;
    else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') return std::nullopt;
  }
  if (plus || digits.rfind("0031", 0) == 0) {
    if (digits.rfind("0031", 0) == 0) digits = digits.substr(4);
    else if (digits.rfind("31", 0) == 0) digits = digits.substr(2);
    else return digits.size() >= 8 && digits.size() <= 15 ? std::optional<std::string>("+" + digits) : std::nullopt;
    if (!digits.empty() && digits[0] == '0') digits = digits.substr(1);
    digits = "0" + digits;
  }
  if (digits.size() != 10 || digits[0] != '0') return std::nullopt;
  // 06 12345678 for mobile numbers, 030 123 45 67 style otherwise.
  if (digits.rfind("06", 0) == 0) return digits.substr(0, 2) + " " + digits.substr(2);
  return digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6, 2) + " " + digits.substr(8);
}

std::optional<std::string> normalize_postcode(std::string_view postcode) {
  std::string compact;
  for (char c : postcode)
    if (c != ' ') compact += c;
  if (compact.size() != 6) return std::nullopt;
  for (int i = 0; i < 4; ++i)
    if (compact[i] < '0' || compact[i] > '9') return std::nullopt;
  if (compact[0] == '0') return std::nullopt;
  std::string letters = compact.substr(4);
  for (char& c : letters) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return std::nullopt;
  }
  return compact.substr(0, 4) + " " + letters;
}

InitiativeForm InitiativeForm::from_request(const http::Request& request) {
  const auto& f = request.form;
  InitiativeForm form;
  form.name = without_controls(clean(f.get("name")), false);
  form.municipality_code = trim(f.get("municipality_code"));
  form.themes = f.all("themes");
  form.sentence = without_controls(clean(f.get("sentence")), false);
  form.contact_email = trim(f.get("contact_email"));
  form.email_public = f.get("email_public");
  form.description = without_controls(clean(f.get("description")), true);
  form.place = without_controls(clean(f.get("place")), false);
  form.address = without_controls(clean(f.get("address")), false);
  form.postcode = trim(f.get("postcode"));
  form.location_precision = f.has("location_precision") ? f.get("location_precision") : "neighbourhood";
  form.target_groups = f.all("target_groups");
  form.phase = f.get("phase");
  form.founded = trim(f.get("founded"));
  form.legal_form = f.get("legal_form");
  form.website = trim(f.get("website"));
  form.social_links = without_controls(trim(f.get("social_links")), true);
  form.phone = trim(f.get("phone"));
  form.phone_public = f.get("phone_public");
  form.opening_times = without_controls(clean(f.get("opening_times")), true);
  form.offers = without_controls(clean(f.get("offers")), true);
  form.needs = without_controls(clean(f.get("needs")), true);
  return form;
}

InitiativeForm InitiativeForm::from_initiative(const Initiative& i) {
  auto join = [](const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
    return out;
  };
  InitiativeForm form;
  form.name = i.name;
  form.municipality_code = i.municipality_code;
  form.themes = i.themes;
  form.sentence = i.sentence;
  form.contact_email = i.contact_email;
  form.email_public = i.email_public ? "ja" : "";
  form.description = i.description;
  form.place = i.place;
  form.address = i.address;
  form.postcode = i.postcode;
  form.location_precision = std::string(precision_name(i.location_precision));
  form.target_groups = i.target_groups;
  form.phase = i.phase;
  form.founded = i.founded ? std::to_string(*i.founded) : "";
  form.legal_form = i.legal_form;
  form.website = i.website;
  form.social_links = join(i.social_links);
  form.phone = i.phone;
  form.phone_public = i.phone_public ? "ja" : "";
  form.opening_times = i.opening_times;
  form.offers = join(i.offers);
  form.needs = join(i.needs);
  return form;
}

bool InitiativeForm::validate(const std::vector<Term>& themes_available, const std::vector<Term>& groups_available,
                              int this_year) {
  errors.clear();
  if (name.empty()) errors["name"] = texts::kNameRequired;
  else if (utf8_length(name) > kMaxName) errors["name"] = texts::kNameTooLong;

  if (municipality_code.empty()) errors["municipality_code"] = texts::kMunicipalityRequired;
  else if (municipality_code != geo::kProvinceCode && !geo::find_municipality(municipality_code))
    errors["municipality_code"] = texts::kMunicipalityRequired;

  if (themes.empty()) errors["themes"] = texts::kThemesRequired;
  for (const auto& theme : themes)
    if (!is_choosable(themes_available, theme)) errors["themes"] = texts::kThemeUnknown;
  for (const auto& group : target_groups)
    if (!is_choosable(groups_available, group)) errors["target_groups"] = texts::kTargetGroupUnknown;

  if (sentence.empty()) errors["sentence"] = texts::kSentenceRequired;
  else if (utf8_length(sentence) > kMaxSentence)
    errors["sentence"] = fmt::format(fmt::runtime(texts::kSentenceTooLong), utf8_length(sentence));

  if (contact_email.empty()) errors["contact_email"] = texts::kEmailRequired;
  else if (!is_valid_email(normalize_email(contact_email))) errors["contact_email"] = texts::kEmailInvalid;

  if (utf8_length(description) > kMaxDescription) errors["description"] = texts::kDescriptionTooLong;
  if (!website.empty() && !is_http_url(website)) errors["website"] = texts::kWebsiteInvalid;
  auto links = lines_of(social_links);
  if (links.size() > 5) errors["social_links"] = texts::kSocialInvalid;
  for (const auto& link : links)
    if (!is_http_url(link)) errors["social_links"] = texts::kSocialInvalid;
  if (!phone.empty() && !normalize_phone(phone)) errors["phone"] = texts::kPhoneInvalid;
  if (!postcode.empty() && !normalize_postcode(postcode)) errors["postcode"] = texts::kPostcodeInvalid;
  if (!founded.empty()) {
    int year = 0;
    bool digits = founded.size() == 4 && std::all_of(founded.begin(), founded.end(), ::isdigit);
    if (digits) year = std::stoi(founded);
    if (!digits || year < 1800 || year > this_year) errors["founded"] = texts::kFoundedInvalid;
  }
  if (!parse_precision(location_precision)) errors["location_precision"] = texts::kChoiceInvalid;
  if (phase != "" && phase != "startend" && phase != "gevestigd") errors["phase"] = texts::kChoiceInvalid;
  if (legal_form != "" && legal_form != "stichting" && legal_form != "vereniging" && legal_form != "informeel")
    errors["legal_form"] = texts::kChoiceInvalid;
  for (const auto& [field, text] : {std::pair{"offers", &offers}, std::pair{"needs", &needs}}) {
    auto items = lines_of(*text);
    bool too_long = items.size() > kMaxListItems;
    for (const auto& item : items) too_long = too_long || utf8_length(item) > kMaxListItem;
    if (too_long) errors[field] = texts::kListTooLong;
  }
  for (const auto& [field, text] : {std::pair{"opening_times", &opening_times}, std::pair{"place", &place},
                                    std::pair{"address", &address}}) {
    if (utf8_length(*text) > kMaxShortText) errors[field] = texts::kTextTooLong;
  }
  return errors.empty();
}

void InitiativeForm::apply_to(Initiative& i) const {
  i.name = name;
  i.municipality_code = municipality_code;
  i.themes = themes;
  i.sentence = sentence;
  i.contact_email = normalize_email(contact_email);
  i.email_public = email_public == "ja";
  i.description = description;
  i.place = place;
  i.address = address;
  i.postcode = postcode.empty() ? "" : normalize_postcode(postcode).value_or(postcode);
  i.location_precision = parse_precision(location_precision).value_or(LocationPrecision::Neighbourhood);
  i.target_groups = target_groups;
  i.phase = phase;
  i.founded = founded.empty() ? std::nullopt : std::optional<int>(std::stoi(founded));
  i.legal_form = legal_form;
  i.website = website;
  i.social_links = lines_of(social_links);
  i.phone = phone.empty() ? "" : normalize_phone(phone).value_or(phone);
  i.phone_public = phone_public == "ja";
  i.opening_times = opening_times;
  i.offers = lines_of(offers);
  i.needs = lines_of(needs);
}

View InitiativeForm::to_view(const std::vector<Term>& themes_available,
                             const std::vector<Term>& groups_available) const {
  View v;
  v.set("name", name).set("sentence", sentence).set("contact_email", contact_email);
  v.set("email_public", email_public == "ja");
  v.set("description", description).set("place", place).set("address", address).set("postcode", postcode);
  v.set("founded", founded).set("website", website).set("social_links", social_links);
  v.set("phone", phone).set("phone_public", phone_public == "ja").set("opening_times", opening_times);
  v.set("offers", offers).set("needs", needs);
  v.set("themes", choices(themes_available, themes));
  v.set("target_groups", choices(groups_available, target_groups));
  View municipalities = View::list();
  municipalities.push(View().set("code", std::string(geo::kProvinceCode)).set("name", texts::kProvinceWide)
                          .set("selected", municipality_code == geo::kProvinceCode));
  for (const auto& m : geo::municipalities())
    municipalities.push(View().set("code", m.code).set("name", m.name).set("selected", municipality_code == m.code));
  v.set("municipalities", municipalities);
  v.set("precision_exact", location_precision == "exact");
  v.set("precision_neighbourhood", location_precision == "neighbourhood");
  v.set("precision_municipality", location_precision == "municipality");
  v.set("phase_startend", phase == "startend").set("phase_gevestigd", phase == "gevestigd");
  v.set("legal_stichting", legal_form == "stichting").set("legal_vereniging", legal_form == "vereniging");
  v.set("legal_informeel", legal_form == "informeel");
  return v;
}

}  // namespace omzien::initiatives
