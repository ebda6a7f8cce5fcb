// Fuzzes the MIME builder: whatever a user types into a subject, a name, an address or a file
// name, the message keeps its shape. Checked: every line ends in CRLF (no bare CR or LF from
// input), no line is longer than 998 octets (RFC 5322 §2.1.1), everything is printable ASCII, and
// only the header fields we write exist, each once, so nothing can inject a Bcc or a body.
//
// Input: the fields of a Message as FuzzedDataProvider strings ("\" followed by any other
// character ends a field; "\\" is a backslash). Seeds are in fuzz/corpus/mime_fuzzer/.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mail/mime.h"

namespace {

using omzien::mail::Attachment;
using omzien::mail::Envelope;
using omzien::mail::Message;

void require(bool condition, const char* what, std::string_view mime) {
  if (condition) return;
  std::fprintf(stderr, "mime_fuzzer: %s\n----\n%.*s\n----\n", what, static_cast<int>(mime.size()), mime.data());
  std::abort();
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

void check_shape(std::string_view mime) {
  require(mime.size() >= 2 && mime.substr(mime.size() - 2) == "\r\n", "message does not end in CRLF", mime);
  for (std::size_t i = 0; i < mime.size(); ++i) {
    auto c = static_cast<unsigned char>(mime[i]);
    if (c == '\r') require(i + 1 < mime.size() && mime[i + 1] == '\n', "bare CR", mime);
    else if (c == '\n') require(i > 0 && mime[i - 1] == '\r', "bare LF", mime);
    else require(c >= 0x20 && c < 0x7F, "byte that is not printable ASCII", mime);
  }
  for (std::string_view line : lines_of(mime)) require(line.size() <= 998, "line longer than 998 octets", mime);
}

bool has_visible_text(std::string_view text) {
  for (unsigned char c : text)
    if (c > ' ') return true;
  return false;
}

void check_headers(std::string_view mime, const Message& message) {
  auto end = mime.find("\r\n\r\n");
  require(end != std::string_view::npos, "no empty line after the header", mime);
  static const std::set<std::string_view> kAllowed = {
      "Date", "From", "To", "Reply-To", "Subject", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post",
      "MIME-Version", "Content-Type", "Content-Transfer-Encoding"};
  std::map<std::string_view, int> seen;
  bool first = true;
  for (std::string_view line : lines_of(mime.substr(0, end + 2))) {
    if (line.empty()) continue;
    if (line[0] == ' ') {
      require(!first, "continuation line before any field", mime);
      continue;
    }
    first = false;
    auto colon = line.find(':');
    require(colon != std::string_view::npos, "header line that is neither a field nor a continuation", mime);
    std::string_view name = line.substr(0, colon);
    require(kAllowed.count(name) == 1, "unexpected header field", mime);
    ++seen[name];
  }
  for (std::string_view name : {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"})
    require(seen[name] == 1, "a required field is missing or repeated", mime);
  // Optional fields appear at most once, and never without input (an input of only control
  // characters may leave them out).
  require(seen["Reply-To"] <= (has_visible_text(message.reply_to) ? 1 : 0), "Reply-To count", mime);
  bool any_unsubscribe = has_visible_text(message.unsubscribe_url) || has_visible_text(message.unsubscribe_post_url);
  require(seen["List-Unsubscribe"] <= (any_unsubscribe ? 1 : 0), "List-Unsubscribe count", mime);
  require(seen["List-Unsubscribe-Post"] <= seen["List-Unsubscribe"], "List-Unsubscribe-Post without a URL", mime);
  require(seen["List-Unsubscribe-Post"] <= (has_visible_text(message.unsubscribe_post_url) ? 1 : 0),
          "List-Unsubscribe-Post count", mime);

  // In the body only part headers have a colon (base64 and boundaries have none).
  for (std::string_view line : lines_of(mime.substr(end + 4))) {
    if (line.empty() || line[0] == ' ' || line.find(':') == std::string_view::npos) continue;
    require(line.rfind("Content-Type:", 0) == 0 || line.rfind("Content-Transfer-Encoding:", 0) == 0 ||
                line.rfind("Content-Disposition:", 0) == 0,
            "unexpected field in the body", mime);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider input(data, size);
  Message message;
  message.to = input.ConsumeRandomLengthString(300);
  message.to_name = input.ConsumeRandomLengthString(300);
  message.subject = input.ConsumeRandomLengthString(2000);
  message.text = input.ConsumeRandomLengthString(2000);
  message.html = input.ConsumeRandomLengthString(2000);
  message.reply_to = input.ConsumeRandomLengthString(300);
  message.unsubscribe_url = input.ConsumeRandomLengthString(3000);
  message.unsubscribe_post_url = input.ConsumeRandomLengthString(3000);
  Envelope envelope;
  envelope.from = input.ConsumeRandomLengthString(300);
  envelope.message_id = input.ConsumeRandomLengthString(300);
  envelope.date = input.ConsumeIntegralInRange<int64_t>(0, 253402300799);  // up to the year 9999
  int attachments = input.ConsumeIntegralInRange(0, 3);
  for (int i = 0; i < attachments; ++i) {
    Attachment attachment;
    attachment.filename = input.ConsumeRandomLengthString(500);
    attachment.content_type = input.ConsumeRandomLengthString(500);
    attachment.data = input.ConsumeRandomLengthString(2000);
    message.attachments.push_back(std::move(attachment));
  }

  std::string mime = omzien::mail::build_mime(message, envelope);
  check_shape(mime);
  check_headers(mime, message);

  std::string encoded = omzien::mail::encode_header_value(message.subject);
  require(encoded.find_first_of("\r\n") == std::string::npos, "encode_header_value kept a line break", encoded);
  return 0;
}
