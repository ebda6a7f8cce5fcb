// An e-mail as features write it, before it becomes MIME.
#pragma once

#include <string>
#include <vector>

namespace omzien::mail {

struct Attachment {
  std::string filename;      // "bijeenkomst.ics"
  std::string content_type;  // "text/calendar; charset=utf-8; method=REQUEST"
  std::string data;
};

struct Message {
  std::string to;          // one address
  std::string to_name;     // optional display name (encoded per RFC 2047 when needed)
  std::string subject;     // UTF-8; CR/LF and other control characters are removed
  std::string text;        // plain-text body (always present)
  std::string html;        // optional HTML alternative
  std::vector<Attachment> attachments;
  std::string reply_to;    // optional
  // Bulk mailings (campaigns, newsletters): an opt-out URL that opens a page with a button, and
  // the one-click POST target of RFC 8058. Both empty for personal mail such as a login code.
  std::string unsubscribe_url;
  std::string unsubscribe_post_url;
  std::string kind = "general";  // for staff's outbox overview: "login", "invitation", ...
};

}  // namespace omzien::mail
