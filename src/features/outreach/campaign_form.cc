#include "features/outreach/campaign_form.h"

#include <fmt/core.h>

#include <algorithm>

#include "core/text.h"
#include "features/outreach/campaign.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/texts.h"
#include "features/outreach/views.h"

namespace omzien::outreach {
namespace {

std::string without_cr(std::string_view text) {
  std::string out;
  for (char c : normalize_nfc(text))
    if (c != '\r') out += c;
  return out;
}

std::optional<int> number_in(const std::string& text, int low, int high) {
  if (text.empty() || text.size() > 3 || !std::all_of(text.begin(), text.end(), ::isdigit)) return std::nullopt;
  int n = std::stoi(text);
  if (n < low || n > high) return std::nullopt;
  return n;
}

void check_mail(std::map<std::string, std::string>& errors, const std::string& subject_field, const std::string& subject,
                const std::string& body_field, const std::string& body) {
  if (subject.empty()) errors[subject_field] = texts::kSubjectRequired;
  else if (utf8_length(subject) > kMaxSubjectLength) errors[subject_field] = texts::kSubjectTooLong;
  if (body.empty()) errors[body_field] = texts::kBodyRequired;
  else if (utf8_length(body) > kMaxBodyLength) errors[body_field] = texts::kBodyTooLong;
  else if (to_lower_ascii(body).find("{link}") == std::string::npos) errors[body_field] = texts::kBodyNeedsLink;
  for (const std::string* text : {&subject, &body}) {
    auto unknown = unknown_placeholders(*text);
    if (unknown.empty()) continue;
    std::string list;
    for (const auto& u : unknown) list += (list.empty() ? "" : ", ") + u;
    errors[text == &subject ? subject_field : body_field] = fmt::format(fmt::runtime(texts::kUnknownPlaceholders), list);
  }
}

}  // namespace

CampaignForm CampaignForm::from_request(const http::Request& request) {
  const auto& f = request.form;
  CampaignForm form;
  form.name = trim(f.get("name"));
  form.subject = trim(f.get("subject"));
  form.body = trim(without_cr(f.get("body")));
  form.reminder_days = trim(f.get("reminder_days"));
  if (form.reminder_days.empty()) form.reminder_days = "0";
  form.reminder_subject = trim(f.get("reminder_subject"));
  form.reminder_body = trim(without_cr(f.get("reminder_body")));
  form.filter_stage = f.get("filter_stage");
  form.filter_municipality = f.get("filter_municipality");
  form.filter_linking_pin = f.get("filter_linking_pin");
  form.per_minute = trim(f.get("per_minute"));
  return form;
}

CampaignForm CampaignForm::from_campaign(const Campaign& c) {
  return {c.name,         c.subject,      c.body, std::to_string(c.reminder_days), c.reminder_subject, c.reminder_body,
          c.filter_stage, c.filter_municipality, c.filter_linking_pin, std::to_string(c.per_minute)};
}

bool CampaignForm::validate(const std::vector<accounts::Account>& linking_pins) {
  errors.clear();
  if (name.empty()) errors["name"] = texts::kCampaignNameRequired;
  else if (utf8_length(name) > 100) errors["name"] = texts::kCampaignNameTooLong;
  check_mail(errors, "subject", subject, "body", body);
  auto days = number_in(reminder_days, 0, 90);
  if (!days) errors["reminder_days"] = texts::kReminderDaysInvalid;
  else if (*days > 0) check_mail(errors, "reminder_subject", reminder_subject, "reminder_body", reminder_body);
  if (!number_in(per_minute, 1, 60)) errors["per_minute"] = texts::kPerMinuteInvalid;
  if (!is_selection(filter_stage)) errors["filter_stage"] = texts::kChoiceInvalid;
  if (!filter_municipality.empty() && municipality_name(filter_municipality).empty())
    errors["filter_municipality"] = texts::kChoiceInvalid;
  bool pin_known = filter_linking_pin.empty() || filter_linking_pin == "geen" ||
                   std::any_of(linking_pins.begin(), linking_pins.end(),
                               [&](const auto& pin) { return std::to_string(pin.id) == filter_linking_pin; });
  if (!pin_known) errors["filter_linking_pin"] = texts::kChoiceInvalid;
  return errors.empty();
}

void CampaignForm::apply_to(Campaign& c) const {
  c.name = name;
  c.subject = subject;
  c.body = body;
  c.reminder_days = number_in(reminder_days, 0, 90).value_or(0);
  c.reminder_subject = reminder_subject;
  c.reminder_body = reminder_body;
  c.filter_stage = filter_stage;
  c.filter_municipality = filter_municipality;
  c.filter_linking_pin = filter_linking_pin;
  c.per_minute = number_in(per_minute, 1, 60).value_or(kDefaultPerMinute);
}

View CampaignForm::to_view(const std::vector<accounts::Account>& linking_pins) const {
  View v;
  v.set("name", name).set("subject", subject).set("body", body).set("reminder_days", reminder_days);
  v.set("reminder_subject", reminder_subject).set("reminder_body", reminder_body).set("per_minute", per_minute);
  View stages = View::list();
  for (std::string_view id : kSelections)
    stages.push(View().set("value", id).set("label", selection_label(id)).set("selected", filter_stage == id));
  v.set("stage_options", stages);
  v.set("municipality_options", municipality_options(filter_municipality, texts::kAllMunicipalities));
  v.set("pin_options", linking_pin_options(linking_pins, filter_linking_pin, texts::kAllLinkingPins, true));
  return v;
}

}  // namespace omzien::outreach
