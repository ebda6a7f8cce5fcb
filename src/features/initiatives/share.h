// Sharing a profile without third-party scripts or images: plain links to WhatsApp, e-mail,
// Facebook and LinkedIn, and the <head> tags (Open Graph, Twitter card, JSON-LD) that make a
// shared link show the name, the sentence and the photo.
#pragma once

#include <string>
#include <string_view>

#include "core/view.h"
#include "features/initiatives/initiative.h"

namespace omzien {
struct App;
}

namespace omzien::initiatives {

struct ShareLinks {
  std::string whatsapp;  // https://wa.me/?text=
  std::string email;     // mailto:?subject=&body=
  std::string facebook;  // https://www.facebook.com/sharer/sharer.php?u=
  std::string linkedin;  // https://www.linkedin.com/sharing/share-offsite/?url=
};
// Links that share `url` (absolute) under `title`, with `sentence` in the message body.
ShareLinks share_links(std::string_view url, std::string_view title, std::string_view sentence);
// {"share_whatsapp", "share_email", "share_facebook", "share_linkedin"} added to `view`.
void add_share_links(View& view, const ShareLinks& links);

// The extra <head> HTML of a public profile (rendered from templates/profile_head.mustache).
std::string render_profile_head(const App& app, const Initiative& initiative);

}  // namespace omzien::initiatives
