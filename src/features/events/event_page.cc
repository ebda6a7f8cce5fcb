#include "features/events/event_page.h"

#include <fmt/core.h>

#include "app/app.h"
#include "core/templates.h"
#include "core/text.h"
#include "features/events/event_view.h"
#include "features/events/permissions.h"
#include "features/events/registration_store.h"
#include "features/events/route_event.h"
#include "features/events/texts.h"
#include "features/initiatives/share.h"
#include "web/page.h"

namespace omzien::events {
namespace {

// The viewer's own registration: by their account, or by their address (registered before
// logging in).
std::optional<Registration> own_registration(App& app, const http::Request& request, const Event& event) {
  if (!request.viewer.logged_in()) return std::nullopt;
  return app.db->read([&](db::Connection& c) -> std::optional<Registration> {
    if (auto mine = find_active_registration_of_account(c, event.id, request.viewer.account_id)) return mine;
    auto by_email = find_registration_by_email(c, event.id, normalize_email(request.viewer.email));
    if (by_email && by_email->active()) return by_email;
    return std::nullopt;
  });
}

void add_register_form(View& view, const http::Request& request, const RegisterForm& form,
                       const std::optional<Registration>& mine) {
  view.set("register_name", form.name).set("register_email", form.email);
  web::add_form_errors(view, form.errors);
  auto general = form.errors.find("register");
  view.set("register_message", general == form.errors.end() ? "" : general->second);
  bool logged_in = request.viewer.logged_in();
  view.set("one_click", logged_in && !request.viewer.name.empty());
  view.set("account_name", request.viewer.name).set("account_email", request.viewer.email);
  view.set("has_own_registration", mine.has_value());
  view.set("own_waiting", mine && mine->status == RegistrationStatus::Waiting);
}

void add_map(const App& app, View& view, web::PageOptions& options, bool has_map) {
  if (!has_map || app.config.map_tile_url.empty()) return;
  view.set("show_map", true);
  view.set("tile_url", app.config.map_tile_url).set("tile_attribution", app.config.map_tile_attribution);
  options.styles.push_back("vendor/leaflet/leaflet.css");
  options.scripts.push_back("vendor/leaflet/leaflet.js");
  options.scripts.push_back("js/events-map.js");
}

// Plain links that share the event, like an initiative's profile: no third-party scripts.
void add_share_links(View& view, const std::string& url, const std::string& title, const std::string& when) {
  std::string body = fmt::format(fmt::runtime(texts::kShareMailBody), title + ", " + when, url);
  initiatives::add_share_links(
      view, {.whatsapp = "https://wa.me/?text=" + url_encode(title + " " + url),
             .email = "mailto:?subject=" + url_encode(title) + "&body=" + url_encode(body),
             .facebook = "https://www.facebook.com/sharer/sharer.php?u=" + url_encode(url),
             .linkedin = "https://www.linkedin.com/sharing/share-offsite/?url=" + url_encode(url)});
}

std::string render_head(const App& app, const Event& event, const Organiser& organiser, const View& page) {
  View head;
  head.set("title", event.title).set("site_name", app.config.site_name);
  const View* url = page.find("url");
  head.set("url", url ? url->text() : "");
  head.set("description", utf8_shorten(page.find("date_label")->text() + ", " + page.find("time_label")->text() +
                                           ". " + page.find("where")->text() + ". " + organiser.name,
                                       300));
  head.set("calendar_url", "/bijeenkomsten/" + event.slug + "/agenda.ics");
  head.set("json_ld", event_json_ld(app, event, organiser));
  return render_template("events/event_head", head);
}

}  // namespace

http::Response render_event_page(App& app, const http::Request& request, const Event& event, const RegisterForm& form,
                                 int status) {
  Organiser organiser = app.db->read([&](db::Connection& c) { return find_organiser(c, event); });
  bool organising = can_organise(app, request.viewer, event);
  View view = event_view(app, event, organiser, load_themes(app), Audience::Public, app.clock.now());
  add_register_form(view, request, form, own_registration(app, request, event));
  view.set("can_organise", organising);
  const View* url = view.find("url");
  std::string absolute = url ? url->text() : "";
  add_share_links(view, absolute, event.title, date_label(event) + ", " + time_label(event));
  web::PageOptions options{.title = event.title, .status = status, .styles = {"css/events.css"}};
  add_map(app, view, options, view.find("has_map") && view.find("has_map")->flag());
  options.head = render_head(app, event, organiser, view);
  return web::render_page(app, request, "events/event", std::move(view), std::move(options));
}

}  // namespace omzien::events
