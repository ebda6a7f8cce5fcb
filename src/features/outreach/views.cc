#include "features/outreach/views.h"

#include "features/outreach/call_list.h"
#include "features/outreach/contact_fields.h"
#include "features/outreach/linking_pins.h"
#include "features/outreach/texts.h"
#include "geo/geo.h"

namespace omzien::outreach {
namespace {

View option(std::string value, std::string label, bool selected) {
  return View().set("value", std::move(value)).set("label", std::move(label)).set("selected", selected);
}

}  // namespace

PinNames pin_names(const std::vector<accounts::Account>& pins) {
  PinNames names;
  for (const auto& pin : pins) names[pin.id] = person_label(pin);
  return names;
}

View contact_view(const ContactState& state, const PinNames& pins) {
  const Contact& c = state.contact();
  View v;
  v.set("id", c.id).set("name", display_name(c)).set("initiative_name", c.initiative_name);
  v.set("person", c.person_name).set("email", c.email).set("phone", c.phone).set("tel", tel_url(c.phone));
  v.set("municipality", municipality_name(c.municipality_code)).set("notes", c.notes);
  v.set("stage", stage_label(state.pipeline.stage)).set("stage_id", stage_id(state.pipeline.stage));
  if (auto at = state.pipeline.at(state.pipeline.stage)) v.set("stage_date", format_dutch_date(*at));
  v.set("opted_out", state.opted_out).set("no_email", c.email.empty());
  if (c.linking_pin_id) {
    auto it = pins.find(*c.linking_pin_id);
    v.set("linking_pin", it != pins.end() ? it->second : std::string(texts::kFormerLinkingPin));
  }
  v.set("answer", answer_label(c.answer)).set("has_answer", c.answer != Answer::None);
  if (!c.call_back_on.empty()) v.set("call_back", format_date(c.call_back_on));
  if (state.profile) {
    v.set("has_profile", true).set("profile_name", state.profile->name).set("profile_slug", state.profile->slug);
    v.set("profile_claimed", state.profile->claimed).set("profile_percent", state.profile->percent);
  }
  if (state.row.last_outcome) v.set("last_outcome", outcome_label(*state.row.last_outcome));
  if (state.row.last_called_at) v.set("last_called", format_dutch_date(*state.row.last_called_at));
  return v;
}

View pipeline_view(const Pipeline& pipeline) {
  View steps = View::list();
  for (Stage stage : kStages) {
    auto at = pipeline.at(stage);
    View step;
    step.set("label", stage_label(stage)).set("reached", at.has_value()).set("current", stage == pipeline.stage);
    if (at) step.set("date", format_dutch_date(*at));
    steps.push(std::move(step));
  }
  return steps;
}

View call_view(const Call& call) {
  View v;
  v.set("at", format_dutch_datetime(call.at)).set("who", call.caller_label).set("outcome", outcome_label(call.outcome));
  v.set("answer", answer_label(call.answer)).set("has_answer", call.answer != Answer::None).set("note", call.note);
  if (!call.call_back_on.empty()) v.set("call_back", format_date(call.call_back_on));
  return v;
}

View municipality_options(std::string_view chosen, std::string_view first_label) {
  View options = View::list();
  options.push(option("", std::string(first_label), chosen.empty()));
  for (const auto& m : geo::municipalities())
    options.push(option(std::string(m.code), std::string(m.name), chosen == m.code));
  options.push(option(std::string(geo::kProvinceCode), texts::kProvinceWide, chosen == geo::kProvinceCode));
  return options;
}

View linking_pin_options(const std::vector<accounts::Account>& pins, std::string_view chosen,
                         std::string_view first_label, bool with_none) {
  View options = View::list();
  options.push(option("", std::string(first_label), chosen.empty()));
  if (with_none) options.push(option("geen", texts::kNoLinkingPin, chosen == "geen"));
  for (const auto& pin : pins) {
    std::string id = std::to_string(pin.id);
    options.push(option(id, person_label(pin), chosen == id));
  }
  return options;
}

View stage_options(std::string_view chosen) {
  View options = View::list();
  options.push(option("", texts::kAllStages, chosen.empty()));
  for (Stage stage : kStages)
    options.push(option(std::string(stage_id(stage)), std::string(stage_label(stage)), chosen == stage_id(stage)));
  return options;
}

}  // namespace omzien::outreach
