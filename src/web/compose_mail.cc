#include "web/compose_mail.h"

#include "app/app.h"
#include "core/templates.h"

namespace omzien::web {

mail::Message compose_mail(const App& app, std::string to, std::string subject, std::string_view name, View view) {
  view.set("site_name", app.config.site_name);
  view.set("base_url", app.config.base_url);
  mail::Message message;
  message.to = std::move(to);
  message.subject = std::move(subject);
  message.text = render_template(std::string(name) + "_text", view);
  View layout;
  layout.set("site_name", app.config.site_name);
  layout.set("base_url", app.config.base_url);
  layout.set("subject", message.subject);
  layout.set("body", render_template(std::string(name) + "_html", view));
  message.html = render_template("core/mail_layout", layout);
  return message;
}

}  // namespace omzien::web
