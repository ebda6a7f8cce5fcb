#include "features/pages/handlers.h"

#include "app/app.h"
#include "web/page.h"

namespace omzien::pages {
namespace {

http::Response show_static(App& app, const http::Request& request, std::string_view name, std::string title) {
  View view;
  view.set("site_name", app.config.site_name);
  view.set("contact_email", app.config.contact_email);
  return web::render_page(app, request, name, std::move(view),
                          {.title = std::move(title), .caching = http::PageCaching::PublicPage});
}

}  // namespace

http::Response show_home(App& app, const http::Request& request) {
  return show_static(app, request, "pages/home", "");
}
http::Response show_about(App& app, const http::Request& request) {
  return show_static(app, request, "pages/about", "Over " + app.config.site_name);
}
http::Response show_privacy(App& app, const http::Request& request) {
  return show_static(app, request, "pages/privacy", "Privacyverklaring");
}
http::Response show_accessibility(App& app, const http::Request& request) {
  return show_static(app, request, "pages/accessibility", "Toegankelijkheidsverklaring");
}
http::Response show_contact(App& app, const http::Request& request) {
  return show_static(app, request, "pages/contact", "Contact");
}

}  // namespace omzien::pages
