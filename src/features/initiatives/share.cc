#include "features/initiatives/share.h"

#include <fmt/core.h>

#include "app/app.h"
#include "core/templates.h"
#include "core/text.h"
#include "features/initiatives/json_ld.h"
#include "features/initiatives/photo.h"
#include "features/initiatives/texts.h"

namespace omzien::initiatives {

ShareLinks share_links(std::string_view url, std::string_view title, std::string_view sentence) {
  std::string target(url);
  std::string body = fmt::format(fmt::runtime(texts::kShareMailBody), sentence, url);
  // url_encode writes a space as %20, which every mail program reads (RFC 6068); '+' is not.
  return {.whatsapp = "https://wa.me/?text=" + url_encode(std::string(title) + " " + target),
          .email = "mailto:?subject=" + url_encode(title) + "&body=" + url_encode(body),
          .facebook = "https://www.facebook.com/sharer/sharer.php?u=" + url_encode(target),
          .linkedin = "https://www.linkedin.com/sharing/share-offsite/?url=" + url_encode(target)};
}

void add_share_links(View& view, const ShareLinks& links) {
  view.set("share_whatsapp", links.whatsapp);
  view.set("share_email", links.email);
  view.set("share_facebook", links.facebook);
  view.set("share_linkedin", links.linkedin);
}

std::string render_profile_head(const App& app, const Initiative& i) {
  View head;
  head.set("title", i.name).set("description", i.sentence).set("site_name", app.config.site_name);
  head.set("url", app.url("/initiatieven/" + i.slug));
  if (!i.photo.empty()) head.set("image", app.url(photo_path(i.photo, PhotoSize::Large)));
  head.set("has_image", !i.photo.empty());
  head.set("hidden", i.status == Status::Hidden);
  head.set("json_ld", profile_json_ld(i, app.config.base_url));
  return render_template("initiatives/profile_head", head);
}

}  // namespace omzien::initiatives
