// Builds an RFC 5322 / MIME message: UTF-8, RFC 2047 encoded headers, multipart/alternative
// text + HTML, attachments, base64 bodies. curl_mime does not encode headers, so we do it here.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "mail/message.h"

namespace omzien::mail {

struct Envelope {
  std::string from;        // "Omzien <noreply@omzien.example>"
  std::string message_id;  // "<random@omzien.example>", fixed when the mail is queued
  Seconds date = 0;
};

// The whole message, CRLF line endings, ready for SMTP DATA: text/plain, multipart/alternative
// when there is HTML, inside multipart/mixed when there are attachments; bodies in base64.
// No CR or LF from any field can end up in a header; addresses lose every character that could
// end them (controls, spaces, brackets, commas), so validate addresses before queueing.
// List-Unsubscribe carries unsubscribe_post_url when set (RFC 8058: clients POST to that URL,
// with List-Unsubscribe-Post), else unsubscribe_url; neither header appears when both are empty.
std::string build_mime(const Message& message, const Envelope& envelope);

// RFC 2047 "encoded-word" form of a header value when it has non-ASCII (or "=?", or a word too
// long to fold), else the value as is; one line, words separated by single spaces, so the header
// can be folded at any space. Line breaks and tabs become spaces and other control characters are
// removed first.
std::string encode_header_value(std::string_view value);

// A fresh Message-ID for the sender's domain: "<hex@domain>".
std::string make_message_id(std::string_view from_address);

// The bare address in "Name <a@b>" or "a@b".
std::string address_of(std::string_view mailbox);

}  // namespace omzien::mail
