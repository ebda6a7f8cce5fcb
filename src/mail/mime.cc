#include "mail/mime.h"

#include <algorithm>
#include <vector>

#include "core/crypto.h"
#include "core/text.h"

namespace omzien::mail {
namespace {

// RFC 2045 §6.8: base64 lines of at most 76 characters.
constexpr std::size_t kBase64LineLength = 76;
// RFC 2047 §2: an encoded-word is at most 75 characters and a line holding one at most 76.
// 39 bytes become 52 base64 characters, a 64-character word, which leaves room for
// "Reply-To: " before the first word on its line.
constexpr std::size_t kEncodedWordBytes = 39;
constexpr std::size_t kFoldAt = 76;
// A plain word longer than this cannot be folded onto a short line; such text is encoded.
constexpr std::size_t kLongestPlainWord = 64;
// RFC 5322 §2.1.1 allows 998 characters a line. Unsubscribe URLs stay whole (some clients do not
// rejoin split ones); only a URL too long for any line is split inside its brackets.
constexpr std::size_t kLongestUrlPiece = 900;
constexpr std::size_t kLongestFilenameBytes = 150;
// RFC 5321 allows 254; queue_mail refuses longer ones, this only keeps a header line short.
constexpr std::size_t kLongestAddress = 320;

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// Length of the UTF-8 sequence that starts with `lead` (input is valid UTF-8 here).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  return 4;
}

// Header text from user input: valid UTF-8 in NFC, line breaks and tabs become spaces, other
// control characters (C0, DEL, C1) are removed, runs of spaces become one, no space at the ends.
// This is what keeps "Hallo\r\nBcc: x" from ever starting a header line of its own.
std::string clean_header_text(std::string_view value) {
  std::string valid = normalize_nfc(value);  // also replaces invalid bytes with U+FFFD
  std::string out;
  out.reserve(valid.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < valid.size();) {
    auto lead = static_cast<unsigned char>(valid[i]);
    std::size_t length = std::min(sequence_length(lead), valid.size() - i);
    std::string_view sequence(valid.data() + i, length);
    i += length;
    bool is_space = lead == ' ' || lead == '\t' || lead == '\r' || lead == '\n' ||
                    sequence == "\u2028" || sequence == "\u2029";
    bool is_control = (lead < 0x20 || lead == 0x7F) ||
                      (lead == 0xC2 && length == 2 && static_cast<unsigned char>(sequence[1]) < 0xA0);
    if (is_space) {
      pending_space = !out.empty();
      continue;
    }
    if (is_control) continue;
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(sequence);
  }
  return out;
}

bool needs_encoding(std::string_view text) {
  if (!is_ascii(text) || text.find("=?") != std::string_view::npos) return true;
  std::size_t word = 0;
  for (char c : text) {
    word = c == ' ' ? 0 : word + 1;
    if (word > kLongestPlainWord) return true;
  }
  return false;
}

// The whole text as B encoded-words separated by spaces (which decoders drop between words).
// Words are cut on UTF-8 boundaries so each decodes on its own.
std::string encoded_words(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size()) {
      std::size_t length = sequence_length(static_cast<unsigned char>(text[end]));
      if (end + length - start > kEncodedWordBytes) break;
      end += length;
    }
    if (end == start) end = std::min(text.size(), start + sequence_length(static_cast<unsigned char>(text[start])));
    if (!out.empty()) out += ' ';
    out += "=?UTF-8?B?" + base64_encode(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

// RFC 5322 atext plus space: a display name made of these needs no quotes.
bool is_plain_phrase(std::string_view text) {
  for (unsigned char c : text) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != ' ' && std::string_view("!#$%&'*+-/=?^_`{|}~").find(static_cast<char>(c)) ==
                                   std::string_view::npos)
      return false;
  }
  return true;
}

std::string encode_display_name(std::string_view name) {
  std::string text = clean_header_text(name);
  if (text.empty() || needs_encoding(text)) return encoded_words(text);
  if (is_plain_phrase(text)) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

// An addr-spec with everything removed that could end the address or the header: controls,
// spaces, non-ASCII, brackets and the other specials that separate addresses.
std::string clean_address(std::string_view address) {
  std::string out;
  for (unsigned char c : address) {
    if (c <= ' ' || c >= 0x7F) continue;
    if (std::string_view("<>()[]\\,;:\"").find(static_cast<char>(c)) != std::string_view::npos) continue;
    out += static_cast<char>(c);
  }
  if (out.size() > kLongestAddress) out.resize(kLongestAddress);
  return out;
}

// "Name" <address> from a mailbox such as "Omzien <noreply@omzien.example>".
std::string display_name_of(std::string_view mailbox) {
  auto open = mailbox.rfind('<');
  if (open == std::string_view::npos) return {};
  std::string name = trim(mailbox.substr(0, open));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    std::string unquoted;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
      if (name[i] == '\\' && i + 2 < name.size()) ++i;
      unquoted += name[i];
    }
    return unquoted;
  }
  return name;
}

std::string format_mailbox(std::string_view name, std::string_view address) {
  std::string phrase = encode_display_name(name);
  std::string addr = clean_address(address);
  if (phrase.empty()) return addr;
  return phrase + " <" + addr + ">";
}

// A URL for List-Unsubscribe: printable ASCII only, other bytes and brackets percent-encoded,
// controls and spaces removed.
std::string clean_url(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string clean;
  for (unsigned char c : url) {
    if (c <= ' ' || c == 0x7F) continue;
    if (c >= 0x80 || c == '<' || c == '>') {
      clean += '%';
      clean += kHex[c >> 4];
      clean += kHex[c & 15];
    } else {
      clean += static_cast<char>(c);
    }
  }
  return clean;
}

// A very long URL is split by spaces, which RFC 2369 §2 says readers ignore inside the brackets.
std::string bracketed(std::string_view url) {
  std::string out = "<";
  for (std::size_t i = 0; i < url.size(); i += kLongestUrlPiece) {
    if (i > 0) out += ' ';
    out += url.substr(i, kLongestUrlPiece);
  }
  return out + ">";
}

// "Name: value" with the value folded at its spaces so lines stay within 76 characters.
// Values never hold CR or LF here: every caller cleaned or encoded them first.
std::string header(std::string_view name, std::string_view value) {
  std::string out(name);
  out += ':';
  std::size_t line_length = out.size();
  std::size_t start = 0;
  while (start <= value.size() && !value.empty()) {
    std::size_t end = value.find(' ', start);
    if (end == std::string_view::npos) end = value.size();
    std::string_view token = value.substr(start, end - start);
    if (line_length + 1 + token.size() > kFoldAt && line_length > name.size() + 1) {
      out += "\r\n";
      line_length = 0;
    }
    out += ' ';
    out += token;
    line_length += 1 + token.size();
    start = end + 1;
  }
  return out + "\r\n";
}

std::string base64_lines(std::string_view data) {
  std::string encoded = base64_encode(data);
  std::string out;
  out.reserve(encoded.size() + encoded.size() / kBase64LineLength * 2 + 2);
  for (std::size_t i = 0; i < encoded.size(); i += kBase64LineLength) {
    out.append(encoded, i, kBase64LineLength);
    out += "\r\n";
  }
  return out;
}

// Text bodies travel in canonical form (RFC 2045 §2.7): CRLF line ends, valid UTF-8.
std::string canonical_text(std::string_view text) {
  std::string valid = is_valid_utf8(text) ? std::string(text) : normalize_nfc(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 32);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    if (valid[i] == '\r') {
      if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
      out += "\r\n";
    } else if (valid[i] == '\n') {
      out += "\r\n";
    } else {
      out += valid[i];
    }
  }
  return out;
}

struct Part {
  std::string headers;  // complete header lines, each ending in CRLF
  std::string body;
};

Part text_part(std::string_view subtype, std::string_view text) {
  return {"Content-Type: text/" + std::string(subtype) + "; charset=utf-8\r\n"
          "Content-Transfer-Encoding: base64\r\n",
          base64_lines(canonical_text(text))};
}

bool is_token_char(unsigned char c) {
  bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return alnum || std::string_view("!#$&^_.+-").find(static_cast<char>(c)) != std::string_view::npos;
}

// The feature's content type when it is a plausible "type/subtype; params" in printable ASCII;
// anything else is sent as opaque bytes rather than risk a broken header.
std::string clean_content_type(std::string_view content_type) {
  std::string text = clean_header_text(content_type);
  std::size_t i = 0;
  while (i < text.size() && is_token_char(text[i])) ++i;
  bool has_type = i > 0 && i < text.size() && text[i] == '/';
  std::size_t j = i + 1;
  while (has_type && j < text.size() && is_token_char(text[j])) ++j;
  bool valid = has_type && j > i + 1 && (j == text.size() || text[j] == ';' || text[j] == ' ') &&
               is_ascii(text) && text.size() <= 200;
  return valid ? text : "application/octet-stream";
}

// The filename parameter: quoted when plain ASCII, else RFC 2231 percent-encoded UTF-8.
std::string filename_parameter(std::string_view filename) {
  std::string name = clean_header_text(filename);
  for (char& c : name)
    if (c == '/' || c == '\\') c = '_';
  if (name.size() > kLongestFilenameBytes) {
    std::size_t cut = kLongestFilenameBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  if (name.empty()) name = "attachment";
  bool plain = is_ascii(name) && name.find_first_of("\"") == std::string::npos &&
               name.find("=?") == std::string::npos;
  if (plain) return "filename=\"" + name + "\"";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "filename*=utf-8''";
  for (unsigned char c : name) {
    if (is_token_char(c) && c != '+') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Part attachment_part(const Attachment& attachment) {
  return {header("Content-Type", clean_content_type(attachment.content_type)) +
              "Content-Transfer-Encoding: base64\r\n" +
              header("Content-Disposition", "attachment; " + filename_parameter(attachment.filename)),
          base64_lines(attachment.data)};
}

// "=_" never occurs in base64 or in our headers' text, so the boundary cannot appear inside a part.
std::string make_boundary() { return "=_" + hex_encode(random_bytes(12)); }

Part multipart(std::string_view subtype, const std::vector<Part>& parts) {
  std::string boundary = make_boundary();
  Part out{"Content-Type: multipart/" + std::string(subtype) + ";\r\n boundary=\"" + boundary + "\"\r\n", ""};
  for (const Part& part : parts) {
    out.body += "--" + boundary + "\r\n" + part.headers + "\r\n" + part.body;
    if (!part.body.empty() && part.body.back() != '\n') out.body += "\r\n";
  }
  out.body += "--" + boundary + "--\r\n";
  return out;
}

Part message_body(const Message& message) {
  Part content = message.html.empty()
                     ? text_part("plain", message.text)
                     : multipart("alternative", {text_part("plain", message.text), text_part("html", message.html)});
  if (message.attachments.empty()) return content;
  std::vector<Part> parts{std::move(content)};
  for (const Attachment& attachment : message.attachments) parts.push_back(attachment_part(attachment));
  return multipart("mixed", parts);
}

std::string clean_message_id(std::string_view message_id) {
  std::string inner = clean_address(message_id);
  return inner.empty() ? std::string() : "<" + inner + ">";
}

}  // namespace

std::string encode_header_value(std::string_view value) {
  std::string text = clean_header_text(value);
  return needs_encoding(text) ? encoded_words(text) : text;
}

std::string address_of(std::string_view mailbox) {
  auto open = mailbox.rfind('<');
  if (open == std::string_view::npos) return trim(mailbox);
  auto close = mailbox.find('>', open);
  if (close == std::string_view::npos) close = mailbox.size();
  return trim(mailbox.substr(open + 1, close - open - 1));
}

std::string make_message_id(std::string_view from_address) {
  std::string address = address_of(from_address);
  auto at = address.rfind('@');
  std::string domain;
  if (at != std::string::npos) {
    for (char c : address.substr(at + 1))
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')
        domain += c;
  }
  if (domain.empty()) domain = "localhost";
  return "<" + hex_encode(random_bytes(16)) + "@" + domain + ">";
}

std::string build_mime(const Message& message, const Envelope& envelope) {
  std::string message_id = clean_message_id(envelope.message_id);
  if (message_id.empty()) message_id = make_message_id(envelope.from);

  std::string out;
  out += header("Date", format_rfc5322(envelope.date));
  out += header("From", format_mailbox(display_name_of(envelope.from), address_of(envelope.from)));
  out += header("To", format_mailbox(message.to_name, message.to));
  if (!clean_address(address_of(message.reply_to)).empty())
    out += header("Reply-To", format_mailbox(display_name_of(message.reply_to), address_of(message.reply_to)));
  out += header("Subject", encode_header_value(message.subject));
  out += header("Message-ID", message_id);
  // RFC 8058: mail clients POST to the List-Unsubscribe URL, so when there is a one-click
  // target that URL goes in the header; the page with a button is only for GET.
  std::string one_click = clean_url(message.unsubscribe_post_url);
  std::string unsubscribe = one_click.empty() ? clean_url(message.unsubscribe_url) : one_click;
  if (!unsubscribe.empty()) out += header("List-Unsubscribe", bracketed(unsubscribe));
  if (!one_click.empty()) out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
  out += "MIME-Version: 1.0\r\n";

  Part body = message_body(message);
  out += body.headers;
  out += "\r\n";
  out += body.body;
  return out;
}

}  // namespace omzien::mail
