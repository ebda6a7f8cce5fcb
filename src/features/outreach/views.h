// Pieces of pages the handlers share: a contact in a list, the pipeline as steps, a call, and
// the choices of the municipality, LinkingPin and stage selects.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/view.h"
#include "features/accounts/account.h"
#include "features/outreach/contact.h"
#include "features/outreach/contact_state.h"

namespace omzien::outreach {

using PinNames = std::map<std::int64_t, std::string>;  // LinkingPin account id -> name
PinNames pin_names(const std::vector<accounts::Account>& pins);

// {id, name, person, email, phone, tel, municipality, stage, stage_id, stage_date, opted_out,
//  no_email, linking_pin, has_profile, profile_name, profile_slug, answer, call_back}
View contact_view(const ContactState& state, const PinNames& pins);
// [{label, date, reached, current}] in pipeline order.
View pipeline_view(const Pipeline& pipeline);
// {at, who, outcome, answer, note, call_back}
View call_view(const Call& call);

// [{value, label, selected}]: the municipalities, after `first_label` for the value "".
View municipality_options(std::string_view chosen, std::string_view first_label);
// [{value, label, selected}]: "" (`first_label`), "geen" when `with_none`, then every LinkingPin.
View linking_pin_options(const std::vector<accounts::Account>& pins, std::string_view chosen,
                         std::string_view first_label, bool with_none);
// [{value, label, selected}]: "" (all stages), then each stage.
View stage_options(std::string_view chosen);

}  // namespace omzien::outreach
