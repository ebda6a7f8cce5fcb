// Mails from templates: a text template and an HTML template per mail, the HTML put in
// one mail layout with the site name and footer.
#pragma once

#include <string>
#include <string_view>

#include "core/view.h"
#include "mail/message.h"

namespace omzien {
struct App;
}

namespace omzien::web {

// Renders "<name>_text" and "<name>_html" (e.g. "accounts/mail_login") with `view` plus
// "site_name" and "base_url", and returns the message for `to`.
mail::Message compose_mail(const App& app, std::string to, std::string subject, std::string_view name, View view);

}  // namespace omzien::web
