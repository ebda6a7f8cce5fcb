// Handlers of the outreach cockpit. Who may use each is checked at its start (permissions.h).
#pragma once

#include "http/request.h"
#include "http/response.h"

namespace omzien {
struct App;
}

namespace omzien::outreach {

// The address file (staff; a LinkingPin sees their own contacts).
http::Response show_contacts(App& app, const http::Request& request);
http::Response assign_contacts(App& app, const http::Request& request);  // staff: many at once to a LinkingPin
http::Response show_linking_pins(App& app, const http::Request& request);  // staff: each LinkingPin's reach

// One contact.
http::Response show_contact(App& app, const http::Request& request);
http::Response show_new_contact_form(App& app, const http::Request& request);  // staff
http::Response create_contact(App& app, const http::Request& request);         // staff
http::Response show_edit_contact_form(App& app, const http::Request& request);
http::Response update_contact(App& app, const http::Request& request);
http::Response save_answer(App& app, const http::Request& request);
http::Response assign_linking_pin(App& app, const http::Request& request);  // staff
http::Response delete_contact_for_good(App& app, const http::Request& request);  // staff

// One initiative's LinkingPin (staff): the choice under the profile's staff page, and saving it.
http::Response show_initiative_linking_pin(App& app, const http::Request& request);
http::Response assign_initiative_linking_pin(App& app, const http::Request& request);

// The contact's profile (staff): link an existing one, set one up unclaimed, unlink.
http::Response link_profile(App& app, const http::Request& request);
http::Response set_up_profile(App& app, const http::Request& request);
http::Response unlink_profile(App& app, const http::Request& request);

// Importing a list (staff): the form, the preview, the import, cancelling.
http::Response show_import_form(App& app, const http::Request& request);
http::Response preview_import(App& app, const http::Request& request);
http::Response confirm_import(App& app, const http::Request& request);
http::Response cancel_import(App& app, const http::Request& request);

// Calling (staff and LinkingPins).
http::Response show_call_list(App& app, const http::Request& request);
http::Response show_call_card(App& app, const http::Request& request);
http::Response record_call(App& app, const http::Request& request);
http::Response send_invitation(App& app, const http::Request& request);
http::Response send_login_mail(App& app, const http::Request& request);

// Invitation campaigns (staff).
http::Response show_campaigns(App& app, const http::Request& request);
http::Response show_new_campaign_form(App& app, const http::Request& request);
http::Response create_campaign(App& app, const http::Request& request);
http::Response show_campaign(App& app, const http::Request& request);
http::Response show_edit_campaign_form(App& app, const http::Request& request);
http::Response update_campaign_texts(App& app, const http::Request& request);
http::Response send_campaign_test(App& app, const http::Request& request);
http::Response start_sending(App& app, const http::Request& request);
http::Response stop_sending(App& app, const http::Request& request);
http::Response delete_campaign(App& app, const http::Request& request);

// Public: the personal link, opting out, invite links.
http::Response show_personal_link(App& app, const http::Request& request);
http::Response use_personal_link_button(App& app, const http::Request& request);
http::Response show_opt_out(App& app, const http::Request& request);
http::Response opt_out(App& app, const http::Request& request);
http::Response opt_out_one_click(App& app, const http::Request& request);
http::Response show_invite_page(App& app, const http::Request& request);  // members: their own invite link
http::Response show_referral(App& app, const http::Request& request);
http::Response follow_referral(App& app, const http::Request& request);

}  // namespace omzien::outreach
